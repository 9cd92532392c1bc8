import { figureAmount } from "../figures";
import { HEADER_CAPTIONS, type HeaderField, TABLE_CAPTIONS } from "../labels";
import type { Action } from "../model";
import { actionInvestment, actionNumber, activityName, eachAction, round2 } from "./helpers";
import type { FindingDraft, Rule } from "./types";

/** Header fields every action needs, whatever its heading family. */
const REQUIRED_ACTION_FIELDS: HeaderField[] = [
  "secretaria",
  "nombre",
  "numero",
  "meta",
  "inversion",
  "beneficiarios",
  "estrategia",
  "proposito",
];

const REQUIRED_ACTIVITY_TEXT = ["area", "unidad", "indicador"] as const;

/** The state institutional page names its institution and budget program instead. */
const INSTITUTIONAL_FIELDS: Partial<Record<HeaderField, string>> = {
  secretaria: "INSTITUCIÓN",
  nombre: "PROGRAMA PRESUPUESTAL",
};

function captionOf(action: Action, key: HeaderField): string {
  return (action.family === "institucional" ? INSTITUTIONAL_FIELDS[key] : undefined) ?? HEADER_CAPTIONS[key];
}

function actionFindings(action: Action): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const number = actionNumber(action);
  const required = action.family === "institucional" ? (Object.keys(INSTITUTIONAL_FIELDS) as HeaderField[]) : REQUIRED_ACTION_FIELDS;
  for (const key of required) {
    const field = action.fields[key];
    if (!field) {
      findings.push({
        messageId: "required-field/action-label",
        data: { field: captionOf(action, key), action: number },
        sheet: action.sheet,
        cell: action.anchor,
        action: number,
        expected: captionOf(action, key),
        actual: null,
      });
    } else if (field.value.text === "") {
      findings.push({
        messageId: "required-field/action-field",
        data: { field: captionOf(action, key), action: number },
        sheet: action.sheet,
        cell: field.value.cell,
        action: number,
        expected: captionOf(action, key),
        actual: null,
      });
    }
  }
  const investment = actionInvestment(action);
  const partida = action.fields.partida;
  if (investment !== null && investment > 0 && (!partida || partida.value.text === "")) {
    findings.push({
      messageId: "required-field/partida",
      data: { action: number, investment },
      sheet: action.sheet,
      cell: partida?.value.cell ?? action.fields.inversion?.value.cell ?? action.anchor,
      action: number,
      expected: HEADER_CAPTIONS.partida,
      actual: null,
    });
  }
  if (action.tableHeader && action.activities.length === 0) {
    findings.push({
      messageId: "required-field/no-activities",
      data: { action: number },
      sheet: action.sheet,
      cell: action.tableHeader,
      action: number,
    });
  }
  return findings;
}

function activityFindings(action: Action): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const number = actionNumber(action);
  for (const activity of action.activities) {
    if (activity.shifted) continue;
    const missing = (column: keyof typeof TABLE_CAPTIONS, cell: string) => {
      const caption = column === "anual" && action.periodKind === "quarterly" ? "META ANUAL" : TABLE_CAPTIONS[column];
      findings.push({
        messageId: "required-field/activity-field",
        data: { field: caption, row: activity.row + 1 },
        sheet: action.sheet,
        cell,
        action: number,
        expected: caption,
        actual: null,
      });
    };
    if (activity.actividad.text === "") missing("actividad", activity.actividad.cell);
    for (const column of REQUIRED_ACTIVITY_TEXT) {
      const located = activity[column];
      if (located && located.text === "") missing(column, located.cell);
    }
    const anual = activity.anual;
    if (!anual || anual.figure.kind !== "blank") continue;
    const amounts = activity.periods.map((p) => figureAmount(p.figure));
    const scheduled = activity.periods.some((p) => p.figure.kind === "number" || p.figure.kind === "text");
    if (scheduled) {
      const sum = round2(amounts.reduce<number>((total, a) => total + (a ?? 0), 0));
      findings.push({
        messageId: "required-field/activity-annual",
        data: { activity: activityName(activity), expected: sum },
        sheet: action.sheet,
        cell: anual.cell,
        action: number,
        expected: sum,
        actual: null,
      });
    } else {
      missing("anual", anual.cell);
    }
  }
  return findings;
}

/** A field every action or activity needs is empty, or its label is missing altogether. */
export const requiredField: Rule = {
  id: "required-field",
  severity: "error",
  docs: {
    es: "Los campos que toda acción y actividad necesita están llenos (p. ej. una actividad con meses pero sin programación anual).",
    en: "Fields every action and activity needs are filled in (e.g. an activity with months but no annual figure).",
  },
  check({ workbook }) {
    const findings: FindingDraft[] = [];
    for (const action of eachAction(workbook)) findings.push(...actionFindings(action), ...activityFindings(action));
    return findings;
  },
};
