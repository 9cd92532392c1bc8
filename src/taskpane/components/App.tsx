import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  Title3,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular, Eye16Regular, EyeOff16Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Locale } from "../../domain/i18n/format";
import type { Finding } from "../../domain/validate";
import type { Severity } from "../../domain/rules/rule";
import type { PaneWorkbook } from "../../workbook/pane";
import { describeError } from "../errors";
import { countBySeverity, groupFindings } from "../results";
import { stringsFor } from "../strings";
import { CommandWorkbook } from "../commandWorkbook";
import { useValidation } from "../useValidation";
import type { PreviousObservation } from "../../domain/observations";
import { clearMarks, markFindings } from "../../app/marks";
import type { Grid } from "../../domain/grid";
import type { PlanCatalog } from "../../domain/plan/catalog";
import { workbookSemaforo } from "../../domain/followup";
import { checkedWithoutPoa } from "../../domain/queries";
import { CompareTool } from "./CompareTool";
import { FindingsView } from "./FindingsView";
import { FollowUpTool } from "./FollowUpTool";
import { PlanTool } from "./PlanTool";
import { Tools } from "./Tools";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: "12px", padding: "12px", minHeight: "100vh", boxSizing: "border-box" },
  row: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "8px", alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export function App({
  workbook,
  locale,
  openEarlier,
  fileName,
}: {
  workbook: PaneWorkbook;
  locale: Locale;
  /** How the quarterly report names this workbook; Excel does not tell the pane. */
  fileName?: string;
  /** Reads an earlier version's .xlsx (on a worker); without it there is no comparison. */
  openEarlier?: (bytes: Uint8Array) => Promise<Grid[]>;
}) {
  const styles = useStyles();
  const strings = stringsFor(locale);
  // The commands' view of the workbook: the check after a command reads only what it wrote.
  const commands = useMemo(() => new CommandWorkbook(workbook), [workbook]);
  const [plan, setPlan] = useState<PlanCatalog | null>(null);
  const { state, validate, live, setLive, liveError } = useValidation(commands, locale, strings, plan);
  const [hidden, setHidden] = useState<Set<Severity>>(new Set());
  const [notice, setNotice] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  // A confirmation or an error shows where the user is: scrolled into view from the tool below.
  const noticeRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    void noticeRef.current?.scrollIntoView({ block: "nearest" });
  }, [notice]);
  const [earlierObservations, setEarlierObservations] = useState<PreviousObservation[]>([]);
  const busy = state.status === "loading";
  const semaforo = useMemo(() => (state.status === "done" ? workbookSemaforo(state.report.model) : null), [state]);

  const findings = state.status === "done" ? state.report.findings : [];
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const visible = useMemo(() => findings.filter((f) => !hidden.has(f.severity)), [findings, hidden]);
  // The order the list shows them in: what "Anterior / Siguiente" walk through.
  const ordered = useMemo(() => groupFindings(visible).flatMap((g) => g.rules.flatMap((r) => r.findings)), [visible]);
  const [position, setPosition] = useState<number | null>(null);
  useEffect(() => setPosition(null), [ordered]);

  const run = async (task: () => Promise<string>, options: { recheck?: boolean } = {}) => {
    try {
      commands.beginCommand();
      setNotice({ intent: "success", text: await task() });
      // A sheet the pane wrote can change what the workbook says: the list must not go stale.
      // The same sheet as before: the pane's own write made its new sheet the active one.
      if (options.recheck && state.status === "done") {
        commands.recheckNext();
        void validate(state.scope.kind, state.scope.kind === "sheet" ? state.scope.sheet : undefined);
      }
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error, strings) });
    }
  };
  const select = async (finding: Finding) => {
    try {
      await workbook.selectCell(finding.sheet, finding.cell, finding.message);
    } catch (error) {
      setNotice({ intent: "error", text: describeError(error, strings) });
    }
  };
  const go = (step: 1 | -1) => {
    const count = ordered.length;
    if (count === 0) return;
    const next = position === null ? (step > 0 ? 0 : count - 1) : (position + step + count) % count;
    setPosition(next);
    void select(ordered[next]!);
  };
  const toggle = (severity: Severity) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });

  return (
    <main
      className={styles.root}
      lang={locale === "en" ? "en" : "es-MX"}
      onKeyDown={(event) => {
        if (!event.altKey || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
        event.preventDefault();
        go(event.key === "ArrowDown" ? 1 : -1);
      }}
    >
      <Title3 as="h1">{strings.title}</Title3>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void validate("sheet")}>
          {strings.validateSheet}
        </Button>
        <Button appearance="primary" disabled={busy} onClick={() => void validate("workbook")}>
          {strings.validateWorkbook}
        </Button>
      </div>
      <Switch checked={live} onChange={(_, data) => setLive(data.checked)} label={strings.liveCheck} title={strings.liveCheckHint} />
      {liveError && (
        <MessageBar intent="warning">
          <MessageBarBody>{liveError}</MessageBarBody>
        </MessageBar>
      )}

      {notice && (
        <MessageBar ref={noticeRef} intent={notice.intent} aria-live="polite">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}

      {state.status === "idle" && <Body1 className={styles.muted}>{strings.empty}</Body1>}
      {state.status === "loading" && <Spinner size="small" label={strings.loading} />}
      {state.status === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}

      {state.status === "done" && (
        <>
          <Caption1 className={styles.muted}>
            {state.scope.kind === "sheet" ? strings.scopeSheet(state.scope.sheet) : strings.scopeWorkbook} ·{" "}
            {strings.stats(state.report.stats.actions, state.report.stats.activities, state.report.stats.sheets)}
          </Caption1>
          <div className={styles.row} role="group" aria-label={strings.filterLabel}>
            {SEVERITIES.map((severity) => (
              <ToggleButton
                key={severity}
                size="small"
                checked={!hidden.has(severity)}
                appearance={hidden.has(severity) ? "outline" : "primary"}
                icon={hidden.has(severity) ? <EyeOff16Regular /> : <Eye16Regular />}
                onClick={() => toggle(severity)}
                aria-label={`${strings.severity[severity]}: ${counts[severity]}`}
              >
                {strings.severity[severity]}: {counts[severity]}
              </ToggleButton>
            ))}
          </div>
          {/* A budget calendar is checked too: only a workbook with neither is «no POA». */}
          {state.report.stats.actions === 0 && !state.report.model.sheets.some(checkedWithoutPoa) && (
            <MessageBar intent="warning">
              <MessageBarBody>{strings.noPoa}</MessageBarBody>
            </MessageBar>
          )}
          {findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{strings.clean}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <div className={styles.row} role="group" aria-label={strings.navigateHint}>
                <Button size="small" icon={<ArrowUp16Regular />} disabled={ordered.length === 0} onClick={() => go(-1)} title={strings.navigateHint}>
                  {strings.previous}
                </Button>
                <Button size="small" icon={<ArrowDown16Regular />} disabled={ordered.length === 0} onClick={() => go(1)} title={strings.navigateHint}>
                  {strings.next}
                </Button>
                <Caption1 aria-live="polite">{strings.position(position === null ? 0 : position + 1, ordered.length)}</Caption1>
              </div>
              {visible.length === 0 && (
                <MessageBar intent="info">
                  <MessageBarBody>{strings.allHidden(findings.length)}</MessageBarBody>
                </MessageBar>
              )}
            </>
          )}
        </>
      )}
      {/* Results and confirmations above, where the user is looking; the tools that write, then the list. */}
      <Tools workbook={commands} strings={strings} locale={locale} fileName={fileName ?? null} plan={plan} earlierObservations={earlierObservations} run={(task) => run(task, { recheck: true })} />
      <FollowUpTool
        workbook={commands}
        strings={strings}
        fileName={fileName ?? null}
        semaforo={semaforo}
        run={(task) => run(task, { recheck: true })}
      />
      {openEarlier && (
        <PlanTool workbook={commands} strings={strings} fileName={fileName ?? null} plan={plan} onPlan={setPlan} open={openEarlier} run={(task) => run(task, { recheck: true })} />
      )}
      {openEarlier && (
        <CompareTool
          workbook={commands}
          strings={strings}
          locale={locale}
          fileName={fileName ?? null}
          open={openEarlier}
          run={(task) => run(task, { recheck: true })}
          onEarlierObservations={setEarlierObservations}
        />
      )}
      {state.status === "done" && findings.length > 0 && (
        <>
          <div className={styles.row}>
            <Button
              size="small"
              onClick={() =>
                void run(async () => strings.marked(await markFindings(workbook, visible)))
              }
            >
              {strings.mark}
            </Button>
            <Button size="small" onClick={() => void run(async () => strings.cleared(await clearMarks(workbook)))}>
              {strings.clearMarks}
            </Button>
          </div>
          <FindingsView
            findings={visible}
            current={position === null ? null : (ordered[position] ?? null)}
            strings={strings}
            locale={locale}
            onSelect={(f) => {
              setPosition(ordered.indexOf(f));
              void select(f);
            }}
          />
        </>
      )}
    </main>
  );
}
