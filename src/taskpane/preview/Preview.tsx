import { Button, Caption1, makeStyles, mergeClasses, MessageBar, MessageBarBody, Spinner, Title3, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Grid } from "../../domain/grid";
import type { Locale } from "../../domain/i18n/format";
import { UserError } from "../../workbook/errors";
import { App } from "../components/App";
import { openWorkbook } from "../openWorkbook";
import { PreviewWorkbook, type PreviewView, requestedApiLevel } from "./PreviewWorkbook";
import { SheetGrid } from "./SheetGrid";

export const SAMPLE_URL = "sample/poa-muestra-2021.xlsx";

/** Below this width (Excel's task pane is 350 px) the pane and the sheet take turns. */
const NARROW = "(max-width: 760px)";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 400px",
    gridTemplateRows: "auto minmax(0, 1fr)",
    height: "100vh",
    [`@media ${NARROW}`]: { gridTemplateColumns: "minmax(0, 1fr)", gridTemplateRows: "auto minmax(0, 1fr)" },
  },
  // Narrow, after going to a finding: its cell above, the pane below, the focus left in the pane.
  peeking: { [`@media ${NARROW}`]: { gridTemplateRows: "auto 40vh minmax(0, 1fr)" } },
  bar: {
    gridColumn: "1 / -1",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: "12px",
    rowGap: "4px",
    padding: "8px 12px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  sheet: { display: "flex", flexDirection: "column", minHeight: 0, minWidth: 0, borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  pane: { overflow: "auto", minWidth: 0 },
  grow: { flexGrow: 1 },
  // At the pane's width the bar stays short: the results below it are what the user looks at.
  title: { [`@media ${NARROW}`]: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 } },
  // Many sheets scroll inside the sheet area: the tabs never run under the pane or widen the page.
  tabs: { display: "flex", flexShrink: 0, overflowX: "auto", overflowY: "hidden", minWidth: 0, maxWidth: "100%", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    flexShrink: 0,
    padding: "6px 12px",
    border: "none",
    borderBottom: "2px solid transparent",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    whiteSpace: "nowrap",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  selectedTab: { borderBottomColor: tokens.colorBrandStroke1, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  // In a narrow window one of the two is shown, and a button switches.
  onlyNarrow: { display: "none", [`@media ${NARROW}`]: { display: "inline-flex" } },
  hiddenNarrow: { [`@media ${NARROW}`]: { display: "none" } },
});

const TEXT = {
  es: {
    title: "POA Excel · vista previa sin Excel",
    hint: "El mismo panel, sobre un archivo .xlsx en su navegador. Nada sale de su equipo.",
    open: "Abrir un POA (.xlsx o .xlsm)…",
    workbookArea: "Libro abierto",
    download: "Descargar libro",
    loading: "Abriendo el libro…",
    progress: (done: number, total: number) => `Leyendo la hoja ${Math.min(done + 1, total)} de ${total}…`,
    openFile: (name: string) => `Abierto: ${name}`,
    failed: (name: string) => `No se pudo abrir «${name}».`,
    showSheet: "Ver la hoja",
    showPane: "Ver el panel",
    editFailed: (cell: string) => `No se pudo escribir en ${cell}.`,
    simulated: (level: string) => `Excel simulado: ExcelApi ${level}`,
  },
  en: {
    title: "POA Excel · preview without Excel",
    hint: "The same pane, over an .xlsx file in your browser. Nothing leaves your computer.",
    open: "Open a POA (.xlsx or .xlsm)…",
    workbookArea: "Open workbook",
    download: "Download workbook",
    loading: "Opening the workbook…",
    progress: (done: number, total: number) => `Reading sheet ${Math.min(done + 1, total)} of ${total}…`,
    openFile: (name: string) => `Open: ${name}`,
    failed: (name: string) => `Could not open “${name}”.`,
    showSheet: "Show the sheet",
    showPane: "Show the pane",
    editFailed: (cell: string) => `Could not write to ${cell}.`,
    simulated: (level: string) => `Simulated Excel: ExcelApi ${level}`,
  },
};

async function open(data: Uint8Array, name: string, onProgress: (done: number, total: number) => void): Promise<PreviewWorkbook> {
  return new PreviewWorkbook(data, await openWorkbook(data, onProgress), name, requestedApiLevel(location.search));
}

/** How someone without Excel tries the add-in: a sample POA, or their own file, beside the pane. */
export function Preview({ locale }: { locale: Locale }) {
  const styles = useStyles();
  const text = TEXT[locale];
  const [workbook, setWorkbook] = useState<PreviewWorkbook | null>(null);
  const [view, setView] = useState<PreviewView | null>(null);
  const [grid, setGrid] = useState<Grid | undefined>();
  const [sheets, setSheets] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  // Narrow window: the pane first; going to a finding's cell shows the sheet.
  const [sheetFirst, setSheetFirst] = useState(false);
  // Narrow window, a finding gone to: the sheet shows above the pane, which keeps the focus.
  const [peek, setPeek] = useState(false);
  const picker = useRef<HTMLInputElement | null>(null);

  // A file that fails to open closes the one before: "Validar" and "Descargar" never act on a
  // workbook other than the one named in the bar.
  const load = (name: string, bytes: Promise<ArrayBuffer>) => {
    setWorkbook(null);
    setError(null);
    setProgress(text.loading);
    return bytes
      .then((buffer) => open(new Uint8Array(buffer), name, (done, total) => setProgress(text.progress(done, total))))
      .then(
        (opened) => setWorkbook(opened),
        (problem: unknown) => setError(`${text.failed(name)} ${problem instanceof UserError ? problem.text(locale) : ""}`.trim()),
      )
      .finally(() => setProgress(null));
  };

  useEffect(() => {
    void load(
      "poa-muestra-2021.xlsx",
      fetch(SAMPLE_URL).then((response) => {
        if (!response.ok) throw new Error(`${SAMPLE_URL}: ${response.status}`);
        return response.arrayBuffer();
      }),
    );
  }, []);

  useEffect(() => {
    if (!workbook) return;
    setView(workbook.current);
    return workbook.subscribe(setView);
  }, [workbook]);

  useEffect(() => {
    if (view?.selected && window.matchMedia(NARROW).matches) setPeek(true);
  }, [view?.selected, view?.version]);

  useEffect(() => {
    if (!workbook || !view) return;
    void workbook.listSheets().then((list) => setSheets(list.map((s) => s.name)));
    void workbook.readSheets([view.sheet]).then((grids) => setGrid(grids[0]));
  }, [workbook, view]);

  const edit = async (sheet: string, cell: string, typed: string) => {
    if (!workbook) return;
    try {
      await workbook.editCell(sheet, cell, typed);
    } catch (problem) {
      setError(`${text.editFailed(cell)} ${problem instanceof UserError ? problem.text(locale) : ""}`.trim());
    }
  };

  const download = async () => {
    if (!workbook) return;
    const url = URL.createObjectURL(await workbook.download());
    const link = document.createElement("a");
    link.href = url;
    // A workbook with macros stays one: «POA.xlsm» comes back as «POA-revisado.xlsm».
    const extension = /\.xlsm$/i.test(workbook.fileName) ? ".xlsm" : ".xlsx";
    link.download = `${workbook.fileName.replace(/\.xls[xm]$/i, "")}-revisado${extension}`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className={mergeClasses(styles.root, peek && !sheetFirst ? styles.peeking : undefined)}>
      <header className={styles.bar}>
        <Title3 as="h1" className={styles.title}>
          {text.title}
        </Title3>
        {/* At the pane's width the bar keeps only what is used: the pane's results stay in view. */}
        <Caption1 className={mergeClasses(styles.grow, styles.hiddenNarrow)}>{text.hint}</Caption1>
        <Button size="small" className={styles.onlyNarrow} onClick={() => setSheetFirst(!sheetFirst)} disabled={!workbook}>
          {sheetFirst ? text.showPane : text.showSheet}
        </Button>
        {/* The browser's own file button speaks the browser's language («Choose File»): ours speaks the pane's. */}
        <Button size="small" onClick={() => picker.current?.click()}>
          {text.open}
        </Button>
        <input
          ref={picker}
          hidden
          aria-label={text.open}
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void load(file.name, file.arrayBuffer());
          }}
        />
        <Button size="small" onClick={() => void download()} disabled={!workbook}>
          {text.download}
        </Button>
        {workbook && <Caption1 aria-live="polite">{text.openFile(workbook.fileName)}</Caption1>}
        {/* Which Excel the pane talks to: `?api=1.7` plays Excel 2019. */}
        <Caption1 className={styles.hiddenNarrow}>{text.simulated(requestedApiLevel(location.search))}</Caption1>
      </header>
      {/* The workbook's side, a landmark of its own; the grid inside is named by its sheet. */}
      <section className={mergeClasses(styles.sheet, sheetFirst || peek ? undefined : styles.hiddenNarrow)} aria-label={text.workbookArea}>
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {!workbook && !error && <Spinner label={progress ?? text.loading} />}
        {workbook && view && (
          <>
            {/* A plain tab strip: one tab stop, the arrow keys move along it (WAI-ARIA tabs). */}
            <div
              role="tablist"
              aria-label={text.workbookArea}
              className={styles.tabs}
              onKeyDown={(event) => {
                if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
                event.preventDefault();
                const at = sheets.indexOf(view.sheet);
                const next = sheets[(at + (event.key === "ArrowRight" ? 1 : -1) + sheets.length) % sheets.length]!;
                workbook.showSheet(next);
                event.currentTarget.querySelector<HTMLElement>(`[data-sheet="${CSS.escape(next)}"]`)?.focus();
              }}
            >
              {sheets.map((name) => (
                <button
                  key={name}
                  type="button"
                  role="tab"
                  data-sheet={name}
                  aria-selected={name === view.sheet}
                  tabIndex={name === view.sheet ? 0 : -1}
                  className={mergeClasses(styles.tab, name === view.sheet ? styles.selectedTab : undefined)}
                  onClick={() => workbook.showSheet(name)}
                >
                  {name}
                </button>
              ))}
            </div>
            <SheetGrid grid={grid} view={view} revealed={sheetFirst || peek} onEdit={(cell, text) => void edit(view.sheet, cell, text)} />
          </>
        )}
      </section>
      {/* Not a landmark of its own: the pane inside is the page's main landmark. */}
      <div className={mergeClasses(styles.pane, sheetFirst ? styles.hiddenNarrow : undefined)}>{workbook && <App key={workbook.fileName} workbook={workbook} locale={locale} fileName={workbook.fileName} openEarlier={(bytes) => openWorkbook(bytes, () => undefined).then((w) => w.grids)} />}</div>
    </div>
  );
}
