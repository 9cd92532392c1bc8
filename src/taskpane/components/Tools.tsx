import { Button, Field, Input, Select } from "@fluentui/react-components";
import { useState } from "react";
import { writeObservations } from "../../app/observations";
import { openWorkbook } from "../../app/sources";
import { writeSummary } from "../../app/summary";
import { insertTemplate, templateYear } from "../../app/template";
import type { Locale } from "../../domain/i18n/format";
import type { PreviousObservation } from "../../domain/observations";
import type { PlanCatalog } from "../../domain/plan/catalog";
import { TEMPLATE_FAMILIES, type TemplateFamily, templateOptionsSchema } from "../../domain/templates";
import type { PaneWorkbook } from "../../workbook/pane";
import type { Strings } from "../strings";
import { useToolLayout } from "./toolLayout";

/** «Insertar plantilla», «Generar resumen» and «Escribir observaciones»: commands that write, each only when asked. */
export function Tools(props: {
  workbook: PaneWorkbook;
  strings: Strings;
  locale: Locale;
  /** How the sheets name this workbook, when the host tells; else by its year. */
  fileName: string | null;
  /** The development plan, once loaded: a new template offers its lines as drop-downs. */
  plan: PlanCatalog | null;
  /** What an earlier version's observations came to, once compared: the new sheet says so. */
  earlierObservations: readonly PreviousObservation[];
  run: (task: () => Promise<string>) => Promise<void>;
}) {
  const { workbook, strings, run } = props;
  const styles = useToolLayout();
  const [open, setOpen] = useState(false);
  const [family, setFamily] = useState<TemplateFamily>("municipal-2022");
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [yearTouched, setYearTouched] = useState(false);
  const [secretaria, setSecretaria] = useState("");
  const [activities, setActivities] = useState("10");
  const parsed = templateOptionsSchema(props.locale).safeParse({ family, year: Number(year), secretaria, activities: Number(activities) });
  const problem = (path: string) => (parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === path)?.message);

  const insert = () =>
    run(async () => {
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join(" "));
      return strings.inserted((await insertTemplate(workbook, parsed.data, props.plan)).sheet);
    });
  // A new sheet takes the workbook's year, so it does not disagree with the rest (year-mismatch).
  const toggle = async () => {
    if (!open && !yearTouched) {
      const found = await templateYear(workbook);
      if (found) setYear(String(found));
    }
    setOpen(!open);
  };
  const summarizeWorkbook = () =>
    run(async () => {
      const { placement } = await writeSummary(workbook, openWorkbook(workbook, props.fileName));
      return placement.renamed ? strings.summaryRenamed(placement.name) : strings.summaryWritten(placement.name, placement.replaced);
    });

  const observe = () =>
    run(async () => {
      const done = await writeObservations(workbook, openWorkbook(workbook, props.fileName), { earlier: props.earlierObservations });
      const sheet = done.sheets[0]!;
      return done.renamed ? strings.observationsRenamed(sheet, done.findings) : strings.observationsWritten(sheet, done.replaced, done.findings);
    });

  return (
    <section aria-label={strings.tools} className={styles.form}>
      <div className={styles.row}>
        <Button onClick={() => void toggle()} aria-expanded={open}>
          {strings.insertTemplate}
        </Button>
        <Button onClick={() => void summarizeWorkbook()}>{strings.summarize}</Button>
        <Button onClick={() => void observe()}>{strings.observations}</Button>
      </div>
      {open && (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            void insert();
          }}
        >
          <Field label={strings.family}>
            <Select value={family} onChange={(_, data) => setFamily(data.value as TemplateFamily)}>
              {TEMPLATE_FAMILIES.map((f) => (
                <option key={f} value={f}>
                  {strings.families[f]}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.row}>
            <Field label={strings.year} validationMessage={problem("year")}>
              <Input
                type="number"
                value={year}
                onChange={(_, data) => {
                  setYearTouched(true);
                  setYear(data.value);
                }}
              />
            </Field>
            <Field label={strings.activityRows} validationMessage={problem("activities")}>
              <Input type="number" value={activities} onChange={(_, data) => setActivities(data.value)} />
            </Field>
          </div>
          <Field label={strings.secretaria} validationMessage={problem("secretaria")}>
            <Input value={secretaria} onChange={(_, data) => setSecretaria(data.value)} />
          </Field>
          <Button type="submit" appearance="primary" disabled={!parsed.success}>
            {strings.insert}
          </Button>
        </form>
      )}
    </section>
  );
}
