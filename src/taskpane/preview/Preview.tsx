import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Tab, TabList, Title3, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { XlsxWorkbook } from "../../adapters/xlsx/XlsxWorkbook";
import type { Grid } from "../../domain/grid";
import type { Locale } from "../../domain/i18n/format";
import { WorkbookReadError } from "../../workbook/errors";
import { App } from "../components/App";
import { PreviewWorkbook, type PreviewView } from "./PreviewWorkbook";
import { SheetGrid } from "./SheetGrid";

export const SAMPLE_URL = "sample/poa-muestra-2021.xlsx";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 400px", gridTemplateRows: "auto minmax(0, 1fr)", height: "100vh" },
  bar: { gridColumn: "1 / span 2", display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "12px", rowGap: "4px", padding: "8px 12px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  sheet: { display: "flex", flexDirection: "column", minHeight: 0, borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  pane: { overflow: "auto" },
  grow: { flexGrow: 1 },
});

const TEXT = {
  es: {
    title: "POA Excel · vista previa sin Excel",
    hint: "El mismo panel, sobre un archivo .xlsx en su navegador. Nada sale de su equipo.",
    open: "Abrir un POA (.xlsx)",
    sample: "Muestra",
    download: "Descargar libro",
    loading: "Abriendo el libro…",
  },
  en: {
    title: "POA Excel · preview without Excel",
    hint: "The same pane, over an .xlsx file in your browser. Nothing leaves your computer.",
    open: "Open a POA (.xlsx)",
    sample: "Sample",
    download: "Download workbook",
    loading: "Opening the workbook…",
  },
};

async function open(data: Uint8Array, name: string): Promise<PreviewWorkbook> {
  return new PreviewWorkbook(await XlsxWorkbook.open(data), name);
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

  const load = (task: Promise<PreviewWorkbook>) =>
    task.then(
      (opened) => {
        setError(null);
        setWorkbook(opened);
      },
      (problem: unknown) => setError(problem instanceof WorkbookReadError ? problem.message : String(problem)),
    );

  useEffect(() => {
    void load(
      fetch(SAMPLE_URL)
        .then((response) => {
          if (!response.ok) throw new Error(`${SAMPLE_URL}: ${response.status}`);
          return response.arrayBuffer();
        })
        .then((buffer) => open(new Uint8Array(buffer), "poa-muestra-2021.xlsx")),
    );
  }, []);

  useEffect(() => {
    if (!workbook) return;
    setView(workbook.current);
    return workbook.subscribe(setView);
  }, [workbook]);

  useEffect(() => {
    if (!workbook || !view) return;
    void workbook.listSheets().then((list) => setSheets(list.map((s) => s.name)));
    void workbook.readSheets([view.sheet]).then((grids) => setGrid(grids[0]));
  }, [workbook, view]);

  const download = async () => {
    if (!workbook) return;
    const url = URL.createObjectURL(await workbook.download());
    const link = document.createElement("a");
    link.href = url;
    link.download = workbook.fileName.replace(/\.xlsx$/i, "") + "-revisado.xlsx";
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className={styles.root}>
      <header className={styles.bar}>
        <Title3 as="h1">{text.title}</Title3>
        <Caption1 className={styles.grow}>{text.hint}</Caption1>
        <label>
          {text.open}{" "}
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void load(file.arrayBuffer().then((buffer) => open(new Uint8Array(buffer), file.name)));
            }}
          />
        </label>
        <Button onClick={() => void download()} disabled={!workbook}>
          {text.download}
        </Button>
      </header>
      <section className={styles.sheet} aria-label={view?.sheet ?? text.sample}>
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {!workbook && !error && <Spinner label={text.loading} />}
        {workbook && view && (
          <>
            <TabList selectedValue={view.sheet} onTabSelect={(_, data) => workbook.showSheet(String(data.value))} size="small">
              {sheets.map((name) => (
                <Tab key={name} value={name}>
                  {name}
                </Tab>
              ))}
            </TabList>
            <SheetGrid grid={grid} view={view} />
          </>
        )}
      </section>
      <aside className={styles.pane}>{workbook && <App key={workbook.fileName} workbook={workbook} locale={locale} />}</aside>
    </div>
  );
}
