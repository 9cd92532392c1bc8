import { Button, Caption1, Spinner } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { writeCoverage } from "../../app/alignment";
import { planFrom } from "../../app/plan";
import { openWorkbook } from "../../app/sources";
import type { Grid } from "../../domain/grid";
import type { PlanCatalog } from "../../domain/plan/catalog";
import type { PaneWorkbook } from "../../workbook/pane";
import { describeError } from "../errors";
import type { Strings } from "../strings";
import { useToolLayout } from "./toolLayout";
import { XlsxPicker } from "./XlsxPicker";

/**
 * «Cargar plan…»: the Plan Municipal (o Estatal) de Desarrollo from an .xlsx the user picks; the
 * validation then checks the alignment against it. «Alineación con el plan» writes which lines
 * of the plan this workbook serves.
 */
export function PlanTool(props: {
  workbook: PaneWorkbook;
  strings: Strings;
  fileName: string | null;
  plan: PlanCatalog | null;
  onPlan: (plan: PlanCatalog | null) => void;
  open: (bytes: Uint8Array) => Promise<Grid[]>;
  run: (task: () => Promise<string>) => Promise<void>;
}) {
  const { workbook, strings, plan, run } = props;
  const styles = useToolLayout();
  const input = useRef<HTMLInputElement | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const load = async (file: File) => {
    setLoading(true);
    setProblem(null);
    try {
      props.onPlan(planFrom(await props.open(new Uint8Array(await file.arrayBuffer())), file.name));
    } catch (error) {
      setProblem(describeError(error, strings));
    } finally {
      setLoading(false);
    }
  };
  const cover = () =>
    run(async () => {
      const done = await writeCoverage(workbook, openWorkbook(workbook, props.fileName), plan);
      return strings.coverageWritten(done.placement.name, done.placement.replaced, plan ? done.coverage.unserved.length : null);
    });

  return (
    <section aria-label={strings.plan} className={styles.form}>
      <div className={styles.centered}>
        <Button onClick={() => input.current?.click()}>{strings.loadPlan}</Button>
        <Button onClick={() => void cover()}>{strings.coverage}</Button>
      </div>
      <XlsxPicker ref={input} label={strings.loadPlan} onFile={(file) => void load(file)} />
      {loading && <Spinner size="tiny" label={strings.loadingPlan} />}
      {problem && <Caption1 role="alert">{problem}</Caption1>}
      {plan && (
        <div className={styles.centered}>
          <Caption1 aria-live="polite">{strings.planLoaded(plan.source, plan.lines.length)}</Caption1>
          <Button size="small" appearance="subtle" onClick={() => props.onPlan(null)}>
            {strings.unloadPlan}
          </Button>
        </div>
      )}
    </section>
  );
}
