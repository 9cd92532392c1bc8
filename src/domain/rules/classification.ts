import { functionalName, modalityName, normalizeFunctionalCode } from "../catalogs/classification";
import { normalizeLabel } from "../text";
import { eachAction } from "./helpers";
import type { FindingDraft, Rule } from "./types";

const LEVELS: Record<string, { depth: number; parent: string | null }> = {
  FINALIDAD: { depth: 1, parent: null },
  FUNCION: { depth: 2, parent: "FINALIDAD" },
  SUBFUNCION: { depth: 3, parent: "FUNCION" },
};

/** Functional classification codes and names, and the modality, as CONAC defines them. */
export const classification: Rule = {
  id: "classification",
  severity: "warning",
  docs: {
    es: "Finalidad, función, subfunción y modalidad existen en las clasificaciones funcional y programática del CONAC, cada una dentro de la anterior y con su nombre.",
    en: "Finalidad, función, subfunción and modalidad exist in CONAC's functional and programmatic classifications, each within the one above and with its name.",
  },
  check({ workbook }) {
    const findings: FindingDraft[] = [];
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
        const base = { sheet: action.sheet, cell: entry.code.cell, action: null };
        const level = entry.label.text;
        if (label === "MODALIDAD") {
          const name = modalityName(code);
          if (!name) findings.push({ ...base, messageId: "classification/unknown-code", data: { level, code }, actual: code });
          else if (entry.name.text && normalizeLabel(entry.name.text) !== normalizeLabel(name)) {
            findings.push({ ...base, cell: entry.name.cell, messageId: "classification/wrong-name", data: { level, code, expected: name, actual: entry.name.text }, expected: name, actual: entry.name.text });
          }
          continue;
        }
        const rule = LEVELS[label];
        if (!rule) continue;
        const normalized = codes.get(label) ?? normalizeFunctionalCode(code);
        const name = normalized.split(".").length === rule.depth ? functionalName(normalized) : null;
        if (!name) {
          findings.push({ ...base, messageId: "classification/unknown-code", data: { level, code }, actual: code });
          continue;
        }
        const parent = rule.parent ? codes.get(rule.parent) : undefined;
        if (rule.parent && parent && !normalized.startsWith(`${parent}.`)) {
          const parentLevel = entries.find((e) => normalizeLabel(e.label.text) === rule.parent)?.label.text ?? rule.parent;
          findings.push({ ...base, messageId: "classification/wrong-parent", data: { level, code, parentLevel, parent }, actual: code });
        }
        if (entry.name.text && normalizeLabel(entry.name.text) !== normalizeLabel(name)) {
          findings.push({ ...base, cell: entry.name.cell, messageId: "classification/wrong-name", data: { level, code, expected: name, actual: entry.name.text }, expected: name, actual: entry.name.text });
        }
      }
    }
    return findings;
  },
};

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
