import { figureAmount } from "../figures";
import { HEADER_CAPTIONS, type HeaderField, TABLE_CAPTIONS } from "../labels";
import type { Action } from "../model";
import { actionInvestment, actionNumber, activityName, eachAction } from "../queries";
import { round2 } from "../amounts";
import { defineRule, type RuleContext } from "./rule";

type Report = RuleContext<"action-field" | "action-label" | "partida" | "activity-annual" | "activity-field" | "no-activities">["report"];

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

function checkAction(action: Action, report: Report): void {
  const number = actionNumber(action);
  const required = action.family === "institucional" ? (Object.keys(INSTITUTIONAL_FIELDS) as HeaderField[]) : REQUIRED_ACTION_FIELDS;
  for (const key of required) {
    const field = action.fields[key];
    if (!field) {
      report({ action, at: action.anchor }, "action-label", { field: captionOf(action, key), action: number }, { expected: captionOf(action, key) });
    } else if (field.value.text === "") {
      report({ action, at: field.value }, "action-field", { field: captionOf(action, key), action: number }, { expected: captionOf(action, key) });
    }
  }
  const investment = actionInvestment(action);
  const partida = action.fields.partida;
  if (investment !== null && investment > 0 && (!partida || partida.value.text === "")) {
    const at = partida?.value.cell ?? action.fields.inversion?.value.cell ?? action.anchor;
    report({ action, at }, "partida", { action: number, investment }, { expected: HEADER_CAPTIONS.partida });
  }
  if (action.tableHeader && action.activities.length === 0) {
    report({ action, at: action.tableHeader }, "no-activities", { action: number });
  }
}

function checkActivities(action: Action, report: Report): void {
  for (const activity of action.activities) {
    if (activity.shifted) continue;
    const missing = (column: keyof typeof TABLE_CAPTIONS, cell: string) => {
      const caption = column === "anual" && action.periodKind === "quarterly" ? "META ANUAL" : TABLE_CAPTIONS[column];
      report({ action, at: cell }, "activity-field", { field: caption, row: activity.row + 1 }, { expected: caption });
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
      report({ action, at: anual }, "activity-annual", { activity: activityName(activity), expected: sum }, { expected: sum });
    } else {
      missing("anual", anual.cell);
    }
  }
}

/** A field every action or activity needs is empty, or its label is missing altogether. */
export const requiredField = defineRule({
  id: "required-field",
  severity: "error",
  name: { es: "Falta un dato obligatorio", en: "A required field is missing" },
  fix: {
    es: "Escriba el dato en la celda señalada.",
    en: "Type the value in the cell shown.",
  },
  messages: {
    "action-field": {
      es: "Falta {field} en la acción {action|action}: la celda está vacía.",
      en: "{field} is missing in action {action|action}: the cell is empty.",
    },
    "action-label": {
      es: "No se encontró {field} en el bloque de la acción {action|action}.",
      en: "{field} was not found in the block of action {action|action}.",
    },
    partida: {
      es: "La acción {action|action} tiene inversión de {investment|money} pero no indica PARTIDA PRESUPUESTAL.",
      en: "Action {action|action} invests {investment|money} but gives no PARTIDA PRESUPUESTAL.",
    },
    "activity-annual": {
      es: "La actividad «{activity}» tiene programación mensual (suma {expected|num}) pero le falta la PROGRAMACIÓN ANUAL.",
      en: "Activity “{activity}” has a monthly program (total {expected|num}) but no PROGRAMACIÓN ANUAL.",
    },
    "activity-field": {
      es: "Falta {field} en la actividad de la fila {row}.",
      en: "{field} is missing in the activity on row {row}.",
    },
    "no-activities": {
      es: "La acción {action|action} no tiene actividades en su tabla.",
      en: "Action {action|action} has no activities in its table.",
    },
  },
  docs: {
    es: "Los campos que toda acción y actividad necesita están llenos (p. ej. una actividad con meses pero sin programación anual).",
    en: "Fields every action and activity needs are filled in (e.g. an activity with months but no annual figure).",
  },
  check({ workbook, report }) {
    for (const action of eachAction(workbook)) {
      checkAction(action, report);
      checkActivities(action, report);
    }
  },
});
