import { functionalName, modalityName, normalizeFunctionalCode } from "../catalogs/classification";
import { normalizeLabel } from "../text";
import { eachAction } from "../queries";
import { defineRule } from "./rule";

const LEVELS: Record<string, { depth: number; parent: string | null }> = {
  FINALIDAD: { depth: 1, parent: null },
  FUNCION: { depth: 2, parent: "FINALIDAD" },
  SUBFUNCION: { depth: 3, parent: "FUNCION" },
};

/** Functional classification codes and names, and the modality, as CONAC defines them. */
export const classification = defineRule({
  id: "classification",
  severity: "warning",
  name: { es: "Clasificación que no es la del CONAC", en: "Classification not CONAC's" },
  fix: {
    es: "Use la clave y el nombre de la clasificación funcional y programática del CONAC.",
    en: "Use the code and name of CONAC's functional and programmatic classification.",
  },
  messages: {
    "unknown-code": {
      es: "{level} {code} no existe en la clasificación del CONAC.",
      en: "{level} {code} does not exist in CONAC's classification.",
    },
    "wrong-parent": {
      es: "{level} {code} no pertenece a la {parentLevel} {parent} indicada.",
      en: "{level} {code} does not belong to the {parentLevel} {parent} given.",
    },
    "wrong-name": {
      es: "{level} {code} se llama «{expected}» en la clasificación del CONAC, no «{actual}».",
      en: "{level} {code} is called “{expected}” in CONAC's classification, not “{actual}”.",
    },
  },
  docs: {
    es: "Finalidad, función, subfunción y modalidad existen en las clasificaciones funcional y programática del CONAC, cada una dentro de la anterior y con su nombre.",
    en: "Finalidad, función, subfunción and modalidad exist in CONAC's functional and programmatic classifications, each within the one above and with its name.",
  },
  check({ workbook, report }) {
    const seen = new Set<string>();
    for (const action of eachAction(workbook)) {
      const entries = action.institutional?.classification ?? [];
      const codes = qualifiedCodes(entries.map((e) => ({ level: normalizeLabel(e.label.text), code: e.code.text })));
      for (const entry of entries) {
        const label = normalizeLabel(entry.label.text);
        const code = codes.get(label) ?? entry.code.text.trim();
        const key = `${label}|${code}|${entry.name.text}`;
        if (code === "" || seen.has(key)) continue;
        seen.add(key);
        // A state page's classification belongs to its program, not to a numbered action.
        const at = (cell: string) => ({ sheet: action.sheet, cell, action: null });
        const level = entry.label.text;
        if (label === "MODALIDAD") {
          const name = modalityName(code);
          if (!name) report(at(entry.code.cell), "unknown-code", { level, code }, { actual: code });
          else if (entry.name.text && normalizeLabel(entry.name.text) !== normalizeLabel(name)) {
            report(at(entry.name.cell), "wrong-name", { level, code, expected: name, actual: entry.name.text }, { expected: name, actual: entry.name.text });
          }
          continue;
        }
        const rule = LEVELS[label];
        if (!rule) continue;
        const normalized = codes.get(label) ?? normalizeFunctionalCode(code);
        const name = normalized.split(".").length === rule.depth ? functionalName(normalized) : null;
        if (!name) {
          report(at(entry.code.cell), "unknown-code", { level, code }, { actual: code });
          continue;
        }
        const parent = rule.parent ? codes.get(rule.parent) : undefined;
        if (rule.parent && parent && !normalized.startsWith(`${parent}.`)) {
          const parentLevel = entries.find((e) => normalizeLabel(e.label.text) === rule.parent)?.label.text ?? rule.parent;
          report(at(entry.code.cell), "wrong-parent", { level, code, parentLevel, parent }, { actual: code });
        }
        if (entry.name.text && normalizeLabel(entry.name.text) !== normalizeLabel(name)) {
          report(at(entry.name.cell), "wrong-name", { level, code, expected: name, actual: entry.name.text }, { expected: name, actual: entry.name.text });
        }
      }
    }
  },
});

/**
 * Full codes by level. The filed state form gives each level only its own digit (Finalidad 1,
 * Función 5, Subfunción 2 for 1.5.2); others write the full code (1.5.2) or run it together (152).
 */
function qualifiedCodes(entries: Array<{ level: string; code: string }>): Map<string, string> {
  const codes = new Map<string, string>();
  for (const level of ["FINALIDAD", "FUNCION", "SUBFUNCION"]) {
    const entry = entries.find((e) => e.level === level);
    if (!entry || entry.code.trim() === "") continue;
    const own = entry.code.trim().replace(/\.$/, "");
    const parent = LEVELS[level]!.parent;
    const parentCode = parent ? codes.get(parent) : undefined;
    const depth = LEVELS[level]!.depth;
    codes.set(level, /^\d$/.test(own) && parentCode && parentCode.split(".").length === depth - 1 ? `${parentCode}.${own}` : normalizeFunctionalCode(own));
  }
  return codes;
}
