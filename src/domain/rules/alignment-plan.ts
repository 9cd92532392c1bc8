import type { LocatedText } from "../model";
import { planLine } from "../plan/catalog";
import { planCode, planWords } from "../plan/codes";
import { actionNumber, eachAction } from "../queries";
import { displayText, normalizeLabel, withoutFootnotes } from "../text";
import { defineRule } from "./rule";

/** Each plan line an action names, against the plan the office loaded: its code exists, its text is the plan's. */
export const alignmentPlan = defineRule({
  id: "alignment-plan",
  severity: "error",
  name: { es: "La alineación no está en el plan", en: "The alignment is not in the plan" },
  fix: {
    es: "Escriba la clave y el texto como vienen en el plan de desarrollo.",
    en: "Type the code and the text as the development plan has them.",
  },
  messages: {
    unknown: {
      es: "{field} «{typed}»: la clave {code} no está en el plan ({plan}). Revise la clave o escriba una del plan.",
      en: "{field} “{typed}”: code {code} is not in the plan ({plan}). Check the code or type one from the plan.",
    },
    text: {
      es: "{field} {code} dice «{actual}», pero el plan ({plan}) dice «{expected}».",
      en: "{field} {code} reads “{actual}”, but the plan ({plan}) says “{expected}”.",
    },
  },
  docs: {
    es: "Con el plan de desarrollo cargado (`--plan plan.xlsx`, o «Cargar plan» en el panel), cada clave de alineación de las acciones y actividades existe en el plan (si no, error) y lleva su texto (si no, advertencia con el texto del plan).",
    en: "With the development plan loaded (`--plan plan.xlsx`, or «Cargar plan» in the pane), every alignment code of the actions and activities exists in the plan (else an error) and carries its text (else a warning with the plan's text).",
  },
  check({ workbook, plan, report }) {
    if (!plan || plan.lines.length === 0) return;
    const said = new Set<string>();
    const check = (field: string, at: LocatedText | null | undefined, sheet: string, action: number | null, withText: boolean) => {
      if (!at || at.text.trim() === "") return;
      const code = planCode(at.text);
      if (!code) return;
      // A state sheet repeats its header on every page, and a UR's activities share a clave: once each.
      const key = `${sheet}\u0000${field}\u0000${normalizeLabel(at.text)}`;
      if (said.has(key)) return;
      said.add(key);
      const line = planLine(plan, code);
      if (!line) {
        report({ sheet, cell: at.cell, action }, "unknown", { field, typed: displayText(at.text), code, plan: plan.source }, { expected: null, actual: code });
        return;
      }
      const typed = planWords(at.text, code);
      if (!withText || typed === "" || normalizeLabel(typed) === normalizeLabel(line.text)) return;
      report({ sheet, cell: at.cell, action }, "text", { field, code, actual: displayText(typed), expected: displayText(line.text), plan: plan.source }, { severity: "warning", expected: line.text, actual: typed });
    };
    for (const action of eachAction(workbook)) {
      const number = actionNumber(action);
      check("EJE", action.fields.eje?.value, action.sheet, number, true);
      check("LÍNEA ESTRATÉGICA", action.fields.linea?.value, action.sheet, number, true);
      check("ESTRATEGIA", action.fields.estrategia?.value, action.sheet, number, true);
      for (const { label, value } of action.institutional?.ped ?? []) check(displayText(withoutFootnotes(label.text).replace(/[\s:]+$/, "")), value, action.sheet, number, true);
      for (const activity of action.activities) check("Estrategia Vinculante", activity.estrategia, action.sheet, number, false);
    }
  },
});
