import { useCallback, useEffect, useRef, useState } from "react";
import type { Locale } from "../domain/i18n/format";
import { validateWorkbook } from "../app/validate";
import type { PlanCatalog } from "../domain/plan/catalog";
import type { ValidationReport } from "../domain/validate";
import type { PaneWorkbook } from "../workbook/pane";
import { describeError } from "./errors";
import { mergeSheetReport } from "./results";
import type { Strings } from "./strings";

export type Scope = { kind: "sheet"; sheet: string } | { kind: "workbook" };

export type ValidationState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "done"; report: ValidationReport; scope: Scope }
  | { status: "error"; message: string };

const LIVE_DELAY_MS = 600;

/** Runs checks against the workbook, and re-checks an edited sheet while live checking is on. */
export function useValidation(workbook: PaneWorkbook, locale: Locale, strings: Strings, plan: PlanCatalog | null = null) {
  const [state, setState] = useState<ValidationState>({ status: "idle" });
  const [live, setLive] = useState(false);
  const [liveError, setLiveError] = useState<string | null>(null);
  const latest = useRef(state);
  latest.current = state;

  const validate = useCallback(
    /** `sheet` names the sheet to check again; without it, «Validar hoja» checks the active one. */
    async (kind: Scope["kind"], sheet?: string) => {
      setState({ status: "loading" });
      try {
        const scope: Scope = kind === "sheet" ? { kind, sheet: sheet ?? (await workbook.activeSheetName()) } : { kind };
        const report = await validateWorkbook(workbook, scope.kind === "sheet" ? { locale, sheet: scope.sheet, plan } : { locale, plan });
        setState({ status: "done", report, scope });
      } catch (error) {
        setState({ status: "error", message: describeError(error, strings) });
      }
    },
    [workbook, locale, strings, plan],
  );

  const recheckSheet = useCallback(
    async (sheet: string) => {
      try {
        const fresh = await validateWorkbook(workbook, { locale, sheet, plan });
        const current = latest.current;
        if (current.status === "done" && current.scope.kind === "workbook") {
          setState({ ...current, report: mergeSheetReport(current.report, sheet, fresh) });
        } else {
          setState({ status: "done", report: fresh, scope: { kind: "sheet", sheet } });
        }
      } catch (error) {
        setState({ status: "error", message: describeError(error, strings) });
      }
    },
    [workbook, locale, strings, plan],
  );

  useEffect(() => {
    if (!live) return;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    workbook
      .onSheetChanged((sheet) => {
        // Typing fires an event per cell: wait for a pause, then re-check that sheet once.
        clearTimeout(timers.get(sheet));
        timers.set(sheet, setTimeout(() => void recheckSheet(sheet), LIVE_DELAY_MS));
      })
      .then(
        (unsubscribe) => {
          if (cancelled) void unsubscribe();
          else stop = unsubscribe;
        },
        (error: unknown) => {
          setLiveError(strings.liveFailed(describeError(error, strings)));
          setLive(false);
        },
      );
    return () => {
      cancelled = true;
      for (const timer of timers.values()) clearTimeout(timer);
      if (stop) void stop();
    };
  }, [live, workbook, recheckSheet, strings]);

  return { state, validate, live, setLive, liveError };
}
