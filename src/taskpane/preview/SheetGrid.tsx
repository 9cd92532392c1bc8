import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { columnName, parseA1, toA1 } from "../../domain/a1";
import type { Area, Cell, Grid } from "../../domain/grid";
import { LIGHT_COLORS } from "../../domain/followup/semaforo";
import { SEVERITY_FILL } from "../../workbook/pane";
import type { PreviewView } from "./PreviewWorkbook";

/** Rows drawn at once: a window around the selected cell, so a big sheet opens fast and any cell can be shown. */
const WINDOW_ROWS = 400;

const useStyles = makeStyles({
  frame: { display: "flex", flexDirection: "column", height: "100%", minHeight: 0 },
  wrap: { overflow: "auto", flexGrow: 1, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: "collapse", fontSize: "11px", fontFamily: tokens.fontFamilyBase },
  // Column letters and row numbers stay in view however the sheet scrolls, as in Excel.
  head: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: 400, padding: "2px 4px", border: `1px solid ${tokens.colorNeutralStroke2}` },
  corner: { left: 0, zIndex: 2 },
  rowHead: { position: "sticky", left: 0, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, padding: "2px 4px", textAlign: "right", border: `1px solid ${tokens.colorNeutralStroke2}` },
  // The finding gone to, in words, right above the grid: beside its cell whatever the width.
  note: { flexShrink: 0, padding: "4px 8px", backgroundColor: tokens.colorNeutralBackground2, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", maxWidth: "260px", minWidth: "36px", verticalAlign: "top", whiteSpace: "pre-wrap" },
  short: { whiteSpace: "nowrap" },
  selected: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  editor: { width: "100%", minWidth: "60px", boxSizing: "border-box", font: "inherit" },
});

/**
 * The follow-up's semáforo, coloured as its conditional format colours it in Excel: the preview
 * draws values, not formats, and this is the one format a reader of the sheet must see.
 */
const LIGHT_FILL = new Map(Object.entries(LIGHT_COLORS).map(([light, { fill, color }]) => [light, { backgroundColor: fill, color }]));

const money = new Intl.NumberFormat("es-MX", { style: "currency", currency: "MXN", currencyDisplay: "narrowSymbol" });
const count = new Intl.NumberFormat("es-MX", { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat("es-MX", { style: "percent", maximumFractionDigits: 0 });

function display(value: Cell, format: string): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (format.includes("$")) return money.format(value);
    return format.includes("%") ? percent.format(value) : count.format(value);
  }
  if (typeof value === "object") return value.error;
  return String(value);
}

/** The sheet as a table, as Excel would show it: merged cells spanned; a double click types into a cell. */
export function SheetGrid({
  grid,
  view,
  revealed,
  onEdit,
}: {
  grid: Grid | undefined;
  view: PreviewView;
  /** Changes when a hidden grid is shown again: scroll then. */
  revealed: boolean;
  onEdit: (cell: string, text: string) => void;
}) {
  const styles = useStyles();
  const [editing, setEditing] = useState<{ cell: string; draft: string } | null>(null);
  useEffect(() => setEditing(null), [grid]);
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  useEffect(() => {
    // A statement, not a return value: newer Chromium's scrollIntoView returns a Promise, which
    // React would take for a clean-up function.
    void selectedRef.current?.scrollIntoView({ block: "center", inline: "center" });
  }, [view.selected, view.version, grid, revealed]);
  if (!grid) return null;
  const sheetRows = grid.origin.row + grid.values.length;
  const at = view.selected ? parseA1(view.selected) : null;
  // A finding inside a merged area (F28 in E28:F28) shows on the whole area, as Excel selects it.
  const area = at ? grid.merges.find((m) => at.row >= m.top && at.row <= m.bottom && at.col >= m.left && at.col <= m.right) : undefined;
  const selectedRow = at?.row ?? 0;
  const first = Math.max(0, Math.min(selectedRow - WINDOW_ROWS / 2, sheetRows - WINDOW_ROWS));
  const rows = Math.min(sheetRows, first + WINDOW_ROWS);
  let cols = 0;
  for (const row of grid.values) cols = Math.max(cols, (row?.length ?? 0) + grid.origin.col);
  const spans = new Map<string, Area>();
  const covered = new Set<string>();
  for (const merge of grid.merges) {
    if (merge.top >= rows || merge.left >= cols || merge.bottom < first) continue;
    // Clipped to what is drawn: a merge over the whole sheet must not become billions of cells.
    const clipped = { top: Math.max(merge.top, first), left: merge.left, bottom: Math.min(merge.bottom, rows - 1), right: Math.min(merge.right, cols - 1) };
    spans.set(`${clipped.top}:${clipped.left}`, clipped);
    for (let r = clipped.top; r <= clipped.bottom; r++) for (let c = clipped.left; c <= clipped.right; c++) if (r !== clipped.top || c !== clipped.left) covered.add(`${r}:${c}`);
  }
  const body = [];
  for (let r = first; r < rows; r++) {
    const values = grid.values[r - grid.origin.row];
    const formats = grid.numberFormats?.[r - grid.origin.row];
    const cells = [];
    for (let c = 0; c < cols; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const address = toA1(r, c);
      const value = values?.[c - grid.origin.col] ?? null;
      const span = spans.get(`${r}:${c}`);
      const selected = view.selected === address || (area !== undefined && span !== undefined && span.left === area.left && r === Math.max(area.top, first));
      const mark = view.marks.get(`${grid.sheet}!${address}`);
      const text = display(value, formats?.[c - grid.origin.col] ?? "General");
      const light = typeof value === "string" ? LIGHT_FILL.get(value) : undefined;
      const commit = (draft: string) => {
        setEditing(null);
        if (draft !== (value === null || typeof value === "object" ? "" : String(value))) onEdit(address, draft);
      };
      cells.push(
        <td
          key={c}
          data-cell={address}
          ref={selected ? selectedRef : undefined}
          aria-selected={selected || undefined}
          className={[styles.cell, selected ? styles.selected : "", text.length <= 40 ? styles.short : ""].join(" ")}
          style={mark ? { backgroundColor: SEVERITY_FILL[mark] } : light}
          rowSpan={span ? span.bottom - span.top + 1 : undefined}
          colSpan={span ? span.right - span.left + 1 : undefined}
          onDoubleClick={() => setEditing({ cell: address, draft: value === null || typeof value === "object" ? "" : String(value) })}
        >
          {editing?.cell === address ? (
            <input
              className={styles.editor}
              aria-label={address}
              autoFocus
              value={editing.draft}
              onChange={(event) => setEditing({ cell: address, draft: event.target.value })}
              onBlur={() => commit(editing.draft)}
              onKeyDown={(event) => {
                if (event.key === "Enter") commit(editing.draft);
                if (event.key === "Escape") setEditing(null);
              }}
            />
          ) : (
            text
          )}
        </td>,
      );
    }
    body.push(
      <tr key={r}>
        <th scope="row" className={styles.rowHead}>
          {r + 1}
        </th>
        {cells}
      </tr>,
    );
  }
  return (
    // A region that scrolls is reachable from the keyboard (Tab, then the arrow keys scroll it).
    <div className={styles.frame}>
      {view.selected && view.message && (
        <div className={styles.note} role="status">
          <strong>{view.selected}</strong> · {view.message}
        </div>
      )}
      <div className={styles.wrap} tabIndex={0} role="region" aria-label={grid.sheet}>
        <table className={styles.table} aria-label={grid.sheet}>
          <thead>
            <tr>
              <td className={mergeClasses(styles.head, styles.corner)} aria-hidden="true" />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className={styles.head}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
    </div>
  );
}
