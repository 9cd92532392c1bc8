import { parseBeneficiarios } from "../beneficiarios";
import { displayText } from "../text";
import { eachAction } from "../queries";
import { defineRule } from "./rule";

/** More people than Mexico's most populous municipality has: a typo, not a plan. */
export const MAX_PLAUSIBLE_BENEFICIARIES = 2_000_000;
/** One sex outnumbering the other this many times over (with at least 100 of each). */
const MAX_PLAUSIBLE_RATIO = 10;

/** BENEFICIARIOS gives men (H) and women (M) as whole numbers. */
export const beneficiarios = defineRule({
  id: "beneficiarios",
  severity: "error",
  name: { es: "Beneficiarios sin hombres y mujeres", en: "Beneficiaries without men and women" },
  fix: {
    es: "Escriba hombres y mujeres con números enteros, por ejemplo «H 1950 / M 2250».",
    en: "Give men and women as whole numbers, for example “H 1950 / M 2250”.",
  },
  messages: {
    unreadable: {
      es: "No se pueden leer los beneficiarios «{value}»: indique hombres (H) y mujeres (M), por ejemplo «H 1950 / M 2250».",
      en: "Beneficiaries “{value}” cannot be read: give men (H) and women (M), e.g. “H 1950 / M 2250”.",
    },
    "not-whole": {
      es: "Los beneficiarios «{value}» deben ser números enteros de personas; «{token}» no lo es.",
      en: "Beneficiaries “{value}” must be whole numbers of people; “{token}” is not.",
    },
    "one-sex": {
      es: "Los beneficiarios «{value}» solo indican {count|num} {sexName}; si no hay {otherName}, escríbalo explícitamente: «{other} 0».",
      en: "Beneficiaries “{value}” only give {count|num} {sexName}; if there are no {otherName}, say so: “{other} 0”.",
    },
    "implausible-size": {
      es: "Los beneficiarios «{value}» suman {actual|num} personas, más que la población de cualquier municipio ({expected|num}); revise la cifra.",
      en: "Beneficiaries “{value}” add up to {actual|num} people, more than any municipality's population ({expected|num}); check the figure.",
    },
    "implausible-ratio": {
      es: "Los beneficiarios «{value}» son poco creíbles: un sexo es {ratio|num} veces el otro; revise las cifras de H y M.",
      en: "Beneficiaries “{value}” are hard to believe: one sex is {ratio|num} times the other; check the H and M figures.",
    },
  },
  docs: {
    es: "BENEFICIARIOS indica hombres (H) y mujeres (M) como números enteros; un solo sexo es advertencia (pida «M 0»), y cifras inverosímiles también.",
    en: "BENEFICIARIOS gives men (H) and women (M) as whole numbers; a single sex is a warning (ask for “M 0”), and so are implausible figures.",
  },
  check({ workbook, report }) {
    for (const action of eachAction(workbook)) {
      const field = action.fields.beneficiarios;
      if (!field || field.value.text === "") continue;
      const value = displayText(field.value.text, 50);
      const at = { action, at: field.value };
      const reading = parseBeneficiarios(field.value.text);
      switch (reading.kind) {
        case "unreadable":
          report(at, "unreadable", { value }, { expected: "H n / M n", actual: value });
          break;
        case "not-whole":
          report(at, "not-whole", { value, token: reading.token }, { actual: value });
          break;
        case "one": {
          const other = reading.sex === "H" ? "M" : "H";
          report(
            at,
            "one-sex",
            { value, count: reading.count, sexName: reading.sex === "H" ? "H" : "M", otherName: other, other },
            { severity: "warning", expected: `${other} 0`, actual: value },
          );
          break;
        }
        case "both": {
          const total = reading.h + reading.m;
          const low = Math.min(reading.h, reading.m);
          const high = Math.max(reading.h, reading.m);
          if (total > MAX_PLAUSIBLE_BENEFICIARIES) {
            report(
              at,
              "implausible-size",
              { value, actual: total, expected: MAX_PLAUSIBLE_BENEFICIARIES },
              { severity: "warning", expected: MAX_PLAUSIBLE_BENEFICIARIES, actual: total },
            );
          } else if (low >= 100 && high / low > MAX_PLAUSIBLE_RATIO) {
            report(at, "implausible-ratio", { value, ratio: Math.round(high / low) }, { severity: "warning", actual: value });
          }
          break;
        }
      }
    }
  },
});
