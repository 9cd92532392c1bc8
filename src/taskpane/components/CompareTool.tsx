import { Button, Caption1, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { compareVersions, type VersionComparison, writeChanges } from "../../app/compare";
import type { Grid } from "../../domain/grid";
import type { Locale } from "../../domain/i18n/format";
import type { PreviousObservation } from "../../domain/observations";
import type { PaneWorkbook } from "../../workbook/pane";
import { describeError } from "../errors";
import type { Strings } from "../strings";
import { XlsxPicker } from "./XlsxPicker";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  change: {
    width: "100%",
    textAlign: "left",
    backgroundColor: "transparent",
    border: "none",
    padding: "4px 6px",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  group: { fontWeight: tokens.fontWeightSemibold, marginTop: "6px" },
});

const money = (locale: Locale) => new Intl.NumberFormat(locale === "en" ? "en-US" : "es-MX", { style: "currency", currency: "MXN", currencyDisplay: "narrowSymbol" });
const shown = (locale: Locale, value: number | string | null) =>
  value === null ? "—" : typeof value === "number" ? new Intl.NumberFormat(locale === "en" ? "en-US" : "es-MX", { maximumFractionDigits: 2 }).format(value) : value;

type State =
  | { status: "idle" }
  | { status: "loading" }
  | ({ status: "done"; file: string; earlier: Grid[] } & VersionComparison)
  | { status: "error"; message: string };

/**
 * «Comparar con versión anterior…»: the earlier .xlsx, picked with the pane's file picker, against
 * the open workbook; the changes by action, each a link to its cell, and the «Cambios» sheet.
 */
export function CompareTool(props: {
  workbook: PaneWorkbook;
  strings: Strings;
  locale: Locale;
  /** How the «Cambios» sheet names the open workbook, when the host tells. */
  fileName: string | null;
  open: (bytes: Uint8Array) => Promise<Grid[]>;
  run: (task: () => Promise<string>) => Promise<void>;
  onEarlierObservations: (observations: PreviousObservation[]) => void;
}) {
  const { workbook, strings, locale } = props;
  const styles = useStyles();
  const input = useRef<HTMLInputElement | null>(null);
  const [state, setState] = useState<State>({ status: "idle" });

  const compare = async (file: File) => {
    setState({ status: "loading" });
    try {
      const earlier = await props.open(new Uint8Array(await file.arrayBuffer()));
      const compared = compareVersions(earlier, await workbook.readSheets(), locale);
      props.onEarlierObservations(compared.previous);
      setState({ status: "done", file: file.name, earlier, ...compared });
    } catch (error) {
      setState({ status: "error", message: describeError(error, strings) });
    }
  };

  const groups = state.status === "done" ? state.comparison.totals.filter((t) => state.comparison.changes.some((c) => c.action === t.action && c.actionName === t.name)) : [];
  return (
    <section aria-label={strings.compare}>
      <Button onClick={() => input.current?.click()}>{strings.compare}</Button>
      <XlsxPicker ref={input} label={strings.compare} onFile={(file) => void compare(file)} />
      {state.status === "loading" && <Spinner size="tiny" label={strings.comparing} />}
      {state.status === "error" && <Caption1 role="alert">{state.message}</Caption1>}
      {state.status === "done" && (
        <div>
          <Caption1 aria-live="polite">
            {strings.compared(
              state.file,
              state.comparison.changes.length,
              state.comparison.findings.filter((f) => f.fate === "fixed").length,
              state.comparison.findings.filter((f) => f.fate === "open").length,
              state.comparison.findings.filter((f) => f.fate === "new").length,
            )}
            {state.previous.length > 0 &&
              ` ${strings.earlierObservations(state.previous.filter((o) => o.state === "Atendida").length, state.previous.filter((o) => o.state === "Pendiente").length)}`}
          </Caption1>
          {state.comparison.changes.length === 0 && <Caption1>{` ${strings.noChanges}`}</Caption1>}
          {groups.map((total) => (
            <div key={`${total.action}-${total.name}`}>
              <div className={styles.group}>
                {strings.actionChanges(total.action, total.name, total.before === null ? "—" : money(locale).format(total.before), total.after === null ? "—" : money(locale).format(total.after))}
              </div>
              <ul className={styles.list}>
                {state.comparison.changes
                  .filter((c) => c.action === total.action && c.actionName === total.name)
                  .map((c, i) => (
                    <li key={i}>
                      <button
                        type="button"
                        className={styles.change}
                        disabled={!c.cell || !c.sheet}
                        onClick={() => c.sheet && c.cell && void workbook.selectCell(c.sheet, c.cell)}
                      >
                        {strings.change(c.cell ?? "—", [c.field, c.activity ? `«${c.activity}»` : null].filter(Boolean).join(" ") || c.kind, shown(locale, c.before), shown(locale, c.after))}
                      </button>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
          <Button
            size="small"
            onClick={() =>
              void props.run(async () => {
                const names = { before: state.file, after: props.fileName ?? "este libro", link: "#" };
                const placement = await writeChanges(workbook, state.earlier, await workbook.readSheets(), names);
                return strings.changesWritten(placement.name);
              })
            }
          >
            {strings.writeChanges}
          </Button>
        </div>
      )}
    </section>
  );
}
