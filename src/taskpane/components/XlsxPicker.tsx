import { forwardRef } from "react";

/**
 * The pane's hidden file picker for a workbook (.xlsx or .xlsm): a button elsewhere opens it,
 * and the file chosen is handed on once; choosing the same file again works too.
 */
export const XlsxPicker = forwardRef<HTMLInputElement, { label: string; onFile: (file: File) => void }>(function XlsxPicker({ label, onFile }, ref) {
  return (
    <input
      ref={ref}
      type="file"
      hidden
      accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
      aria-label={label}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = "";
        if (file) onFile(file);
      }}
    />
  );
});
