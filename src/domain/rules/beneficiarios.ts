import { parseBeneficiarios } from "../beneficiarios";
import { displayText } from "../text";
import { actionNumber, eachAction } from "./helpers";
import type { FindingDraft, Rule } from "./types";

/** More people than Mexico's most populous municipality has: a typo, not a plan. */
export const MAX_PLAUSIBLE_BENEFICIARIES = 2_000_000;
/** One sex outnumbering the other this many times over (with at least 100 of each). */
const MAX_PLAUSIBLE_RATIO = 10;

/** BENEFICIARIOS gives men (H) and women (M) as whole numbers. */
export const beneficiarios: Rule = {
  id: "beneficiarios",
  severity: "error",
  docs: {
    es: "BENEFICIARIOS indica hombres (H) y mujeres (M) como números enteros; un solo sexo es advertencia (pida «M 0»), y cifras inverosímiles también.",
    en: "BENEFICIARIOS gives men (H) and women (M) as whole numbers; a single sex is a warning (ask for “M 0”), and so are implausible figures.",
  },
  check({ workbook }) {
    const findings: FindingDraft[] = [];
    for (const action of eachAction(workbook)) {
      const field = action.fields.beneficiarios;
      if (!field || field.value.text === "") continue;
      const value = displayText(field.value.text, 50);
      const base = { sheet: action.sheet, cell: field.value.cell, action: actionNumber(action), actual: value };
      const reading = parseBeneficiarios(field.value.text);
      switch (reading.kind) {
        case "unreadable":
          findings.push({ ...base, messageId: "beneficiarios/unreadable", data: { value }, expected: "H n / M n" });
          break;
        case "not-whole":
          findings.push({ ...base, messageId: "beneficiarios/not-whole", data: { value, token: reading.token } });
          break;
        case "one": {
          const other = reading.sex === "H" ? "M" : "H";
          findings.push({
            ...base,
            severity: "warning",
            messageId: "beneficiarios/one-sex",
            data: {
              value,
              count: reading.count,
              sexName: reading.sex === "H" ? "H" : "M",
              otherName: other,
              other,
            },
            expected: `${other} 0`,
          });
          break;
        }
        case "both": {
          const total = reading.h + reading.m;
          const low = Math.min(reading.h, reading.m);
          const high = Math.max(reading.h, reading.m);
          if (total > MAX_PLAUSIBLE_BENEFICIARIES) {
            findings.push({
              ...base,
              severity: "warning",
              messageId: "beneficiarios/implausible-size",
              data: { value, actual: total, expected: MAX_PLAUSIBLE_BENEFICIARIES },
              expected: MAX_PLAUSIBLE_BENEFICIARIES,
              actual: total,
            });
          } else if (low >= 100 && high / low > MAX_PLAUSIBLE_RATIO) {
            findings.push({
              ...base,
              severity: "warning",
              messageId: "beneficiarios/implausible-ratio",
              data: { value, ratio: Math.round(high / low) },
            });
          }
          break;
        }
      }
    }
    return findings;
  },
};
