import type { LocatedText, WorkbookModel } from "../model";
import { mostCommon } from "../mostCommon";
import { actionNumber, eachAction } from "../queries";
import { planCode, planWords as words } from "../plan/codes";
import { displayText, normalizeLabel } from "../text";
import { defineRule } from "./rule";

export interface Typed {
  field: string;
  code: string;
  /** The words after the code, as compared: accents, case and punctuation aside. */
  key: string;
  at: LocatedText;
  sheet: string;
  action: number | null;
}

/** Every plan line the workbook's actions type with a code: a state sheet's header once per sheet. */
export function typedAlignment(workbook: WorkbookModel): Typed[] {
  const typed: Typed[] = [];
  const add = (field: string, at: LocatedText | undefined, sheet: string, action: number | null) => {
    if (!at || at.text === "") return;
    const code = planCode(at.text);
    if (!code) return;
    const key = normalizeLabel(words(at.text, code));
    if (key !== "") typed.push({ field, code, key, at, sheet, action });
  };
  const seenPages = new Set<string>();
  for (const action of eachAction(workbook)) {
    const number = actionNumber(action);
    add("linea", action.fields.linea?.value, action.sheet, number);
    add("estrategia", action.fields.estrategia?.value, action.sheet, number);
    add("eje", action.fields.eje?.value, action.sheet, number);
    for (const { label, value } of action.institutional?.ped ?? []) {
      // A state sheet repeats its header on every page: one page speaks for the sheet.
      const page = `${action.sheet}|${label.text}`;
      if (seenPages.has(page)) continue;
      seenPages.add(page);
      add(normalizeLabel(label.text), value, action.sheet, number);
    }
  }
  return typed;
}

/** The item whose key is the most common (the first seen on a tie). */
function usualOf<T>(items: readonly T[], key: (item: T) => string): T {
  const usual = mostCommon(items.map(key));
  return items.find((item) => key(item) === usual)!;
}

/** The same line of the plan typed the same way in every action: one text per code, one code per text. */
export const alignmentConsistency = defineRule({
  id: "alignment-consistency",
  severity: "warning",
  name: { es: "La alineación se escribe distinto", en: "The alignment is typed differently" },
  fix: {
    es: "Escriba la línea del plan como en las demás acciones (o como dice el plan): la misma clave con el mismo texto.",
    en: "Type the plan's line as the other actions do (or as the plan says): the same code with the same text.",
  },
  messages: {
    text: {
      es: "La clave {code} dice «{actual}» aquí, pero «{expected}» en {count} acción(es) más.",
      en: "Code {code} reads “{actual}” here, but “{expected}” in {count} other action(s).",
    },
    code: {
      es: "«{text}» lleva la clave {actual} aquí, pero {expected} en {count} acción(es) más.",
      en: "“{text}” has code {actual} here, but {expected} in {count} other action(s).",
    },
    "text-files": {
      es: "La clave {code} dice «{actual}» en este libro, pero «{expected}» en {count} libro(s) más de los que se revisaron.",
      en: "Code {code} reads “{actual}” in this workbook, but “{expected}” in {count} other workbook(s) of those checked.",
    },
    "code-files": {
      es: "«{text}» lleva la clave {actual} en este libro, pero {expected} en {count} libro(s) más de los que se revisaron.",
      en: "“{text}” has code {actual} in this workbook, but {expected} in {count} other workbook(s) of those checked.",
    },
    principio: {
      es: "Bajo «{principio}» la LÍNEA ESTRATÉGICA es {actual} aquí, pero en {count} acción(es) más sus líneas empiezan con {expected}.",
      en: "Under “{principio}” the LÍNEA ESTRATÉGICA is {actual} here, but in {count} other action(s) its lines start with {expected}.",
    },
  },
  docs: {
    es: "Cada línea del plan de desarrollo se escribe igual en todas las acciones del libro, y en todos los libros que se revisan juntos: una clave, un texto. Un texto acortado o vuelto a escribir, o una clave con un desliz, se señala con el texto que usan las demás.",
    en: "Each line of the development plan is typed the same in every action of the workbook, and in every workbook checked together: one code, one text. A shortened or retyped text, or a code with a slip, is said with the text the others use.",
  },
  check({ workbook, report }) {
    const typed = typedAlignment(workbook);
    // One principio rector (or eje), one first digit for the líneas under it.
    const byPrincipio = new Map<string, Array<{ digit: string; linea: Typed; principio: string }>>();
    for (const action of eachAction(workbook)) {
      const principio = action.fields.eje?.value.text ?? "";
      const linea = typed.find((t) => t.field === "linea" && t.at.cell === action.fields.linea?.value.cell && t.sheet === action.sheet);
      if (!principio || planCode(principio) || !linea || !/^\d/.test(linea.code)) continue;
      const key = normalizeLabel(principio);
      byPrincipio.set(key, [...(byPrincipio.get(key) ?? []), { digit: linea.code.split(".")[0]!, linea, principio }]);
    }
    for (const under of byPrincipio.values()) {
      if (new Set(under.map((u) => u.digit)).size < 2) continue;
      const usual = usualOf(under, (u) => u.digit);
      const count = under.filter((u) => u.digit === usual.digit).length;
      for (const u of under) {
        if (u.digit === usual.digit) continue;
        report({ sheet: u.linea.sheet, cell: u.linea.at.cell, action: u.linea.action }, "principio", { principio: displayText(u.principio), actual: u.linea.code, expected: usual.digit, count }, { expected: usual.digit, actual: u.linea.code });
      }
    }
    const byField = new Map<string, Typed[]>();
    for (const t of typed) byField.set(t.field, [...(byField.get(t.field) ?? []), t]);
    for (const entries of byField.values()) {
      // One code, several texts.
      const byCode = new Map<string, Typed[]>();
      for (const t of entries) byCode.set(t.code, [...(byCode.get(t.code) ?? []), t]);
      for (const [code, same] of byCode) {
        if (new Set(same.map((t) => t.key)).size < 2) continue;
        const usual = usualOf(same, (t) => t.key);
        for (const t of same) {
          if (t.key === usual.key) continue;
          const count = same.filter((o) => o.key === usual.key).length;
          report({ sheet: t.sheet, cell: t.at.cell, action: t.action }, "text", { code, actual: displayText(words(t.at.text, code)), expected: displayText(words(usual.at.text, code)), count }, { expected: words(usual.at.text, code), actual: words(t.at.text, code) });
        }
      }
      // One text, several codes.
      const byText = new Map<string, Typed[]>();
      for (const t of entries) byText.set(t.key, [...(byText.get(t.key) ?? []), t]);
      for (const same of byText.values()) {
        if (new Set(same.map((t) => t.code)).size < 2) continue;
        const usual = usualOf(same, (t) => t.code);
        for (const t of same) {
          if (t.code === usual.code) continue;
          const count = same.filter((o) => o.code === usual.code).length;
          report({ sheet: t.sheet, cell: t.at.cell, action: t.action }, "code", { text: displayText(words(t.at.text, t.code)), actual: t.code, expected: usual.code, count }, { expected: usual.code, actual: t.code });
        }
      }
    }
  },
});
