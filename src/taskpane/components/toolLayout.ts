import { makeStyles } from "@fluentui/react-components";

/**
 * The tools' forms in a 350-px pane: fields stacked, and a row's fields and buttons wrapping onto
 * the next line instead of past the pane's edge; a row of fields keeps its buttons level with
 * the inputs (under their labels), a row of text and buttons keeps them centred.
 */
export const useToolLayout = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: "8px" },
  row: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "8px", alignItems: "flex-end" },
  centered: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "8px", alignItems: "center" },
});
