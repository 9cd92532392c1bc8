import { Badge, Button, Caption1, Field, makeStyles, Select } from "@fluentui/react-components";
import { useState } from "react";
import { monthName, type Semaforo } from "../../domain/followup";
import { insertFollowUp, writeReport } from "../../app/followup";
import { insertIndicatorFollowUp } from "../../app/indicators";
import { openWorkbook } from "../../app/sources";
import type { PaneWorkbook } from "../../workbook/pane";
import type { Strings } from "../strings";
import { useToolLayout } from "./toolLayout";

const useStyles = makeStyles({
  // The month list fits the pane's width instead of running past its edge.
  fits: { minWidth: 0, maxWidth: "100%" },
});

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * «Insertar seguimiento», «Escribir informe trimestral» and «Seguimiento de indicadores» (its
 * quarter the chosen month's) at a chosen cut-off month, and the workbook's semáforo once it has
 * been checked.
 */
export function FollowUpTool(props: {
  workbook: PaneWorkbook;
  strings: Strings;
  /** How the report names this workbook, when the host tells. */
  fileName: string | null;
  semaforo: Semaforo | null;
  run: (task: () => Promise<string>) => Promise<void>;
}) {
  const { workbook, strings, run, semaforo } = props;
  const styles = { ...useToolLayout(), ...useStyles() };
  // Null until the user picks a month: then the follow-up keeps its own cut-off (or takes the
  // last month closed), and opening the pane reads nothing.
  const [cutoff, setCutoff] = useState<number | null>(null);

  const insert = () =>
    run(async () => {
      const done = await insertFollowUp(workbook, cutoff === null ? {} : { cutoff });
      const { placement } = done;
      const written = strings.followUpWritten(placement.name, placement.replaced, done.activities, monthName(done.cutoff), done.kept, done.orphans);
      return placement.renamed ? `${written} ${strings.followUpRenamed(placement.name)}` : written;
    });
  const indicators = () =>
    run(async () => {
      const done = await insertIndicatorFollowUp(workbook, cutoff === null ? {} : { quarter: Math.ceil(cutoff / 3) });
      return strings.indicatorsWritten(done.placement.name, done.placement.replaced, done.indicators, done.quarter, done.kept);
    });
  const report = () =>
    run(async () => {
      const { placement } = await writeReport(workbook, openWorkbook(workbook, props.fileName), cutoff === null ? {} : { cutoff });
      return strings.reportWritten(placement.name, placement.replaced);
    });

  return (
    <section aria-label={strings.followUp} className={styles.form}>
      <div className={styles.row}>
        <Field label={strings.cutoff} className={styles.fits}>
          <Select className={styles.fits} value={cutoff === null ? "" : String(cutoff)} onChange={(_, data) => setCutoff(data.value === "" ? null : Number(data.value))}>
            <option value="">{semaforo ? strings.followUpCutoff(monthName(semaforo.cutoff)) : strings.automaticCutoff}</option>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {monthName(m)}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => void insert()}>
          {strings.insertFollowUp}
        </Button>
        <Button onClick={() => void report()}>
          {strings.quarterlyReport}
        </Button>
        <Button onClick={() => void indicators()}>{strings.indicatorFollowUp}</Button>
      </div>
      {semaforo && (
        <div className={styles.row} role="status" aria-label={strings.semaforo(monthName(semaforo.cutoff))}>
          <Caption1>{strings.semaforo(monthName(semaforo.cutoff))}:</Caption1>
          <Badge color="success" appearance="filled">{`${semaforo.verde} ${strings.lights.verde}`}</Badge>
          <Badge color="warning" appearance="filled">{`${semaforo.amarillo} ${strings.lights.amarillo}`}</Badge>
          <Badge color="danger" appearance="filled">{`${semaforo.rojo} ${strings.lights.rojo}`}</Badge>
          <Badge color="informative" appearance="outline">{`${semaforo.unreported} ${strings.lights.sinReporte}`}</Badge>
        </div>
      )}
    </section>
  );
}
