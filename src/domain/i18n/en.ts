import type { MessageId } from "./es";

/** The English catalog: every message of `es.ts`, for users whose Office speaks English. */
export const en: Record<MessageId, string> = {
  "monthly-sum/mismatch-monthly":
    "The 12 months add up to {actual|num}, but the annual program is {expected|num}: the months add up to {diff|gap} {diff|side} than the annual program, in activity “{activity}”.",
  "monthly-sum/mismatch-quarterly":
    "The 4 quarters add up to {actual|num}, but the annual target is {expected|num}: the quarters add up to {diff|gap} {diff|side} than the annual target, in activity “{activity}”.",
  "required-field/action-field": "{field} is missing in action {action|action}: the cell is empty.",
  "required-field/action-label": "{field} was not found in the block of action {action|action}.",
  "required-field/partida": "Action {action|action} invests {investment|money} but gives no PARTIDA PRESUPUESTAL.",
  "required-field/activity-annual":
    "Activity “{activity}” has a monthly program (total {expected|num}) but no PROGRAMACIÓN ANUAL.",
  "required-field/activity-field": "{field} is missing in the activity on row {row}.",
  "required-field/no-activities": "Action {action|action} has no activities in its table.",
  "number-format/not-a-number": "{column} must be a number, but the cell holds “{value}”.",
  "number-format/excel-error": "{column} holds the Excel error {value}; fix the formula or the reference.",
  "number-format/number-as-text":
    "{column} holds the number {actual|num} typed as text (“{value}”); Excel will not add it up. Enter it as a number.",
  "investment-sum/mismatch":
    "Action {action|action} has an INVERSIÓN APROXIMADA of {expected|money}, but its activities add up to {actual|money}: {diff|gapMoney} {diff|side} than the investment.",
  "investment-sum/rounding":
    "Action {action|action} has an INVERSIÓN APROXIMADA of {expected|money} and its activities add up to {actual|money}: they differ by rounding only.",
  "partida-format/bad-code":
    "“{token}” is not a valid partida: expected 4-digit codes of the Clasificador por Objeto del Gasto (chapter 1 to 9), e.g. 2111 or 2111-1, separated by commas.",
  "partida-unknown/unknown-generic":
    "Partida {code} is not in CONAC's Clasificador por Objeto del Gasto: there is no partida genérica {generic} in concept {concept} “{conceptName}”.",
  "partida-unknown/unknown-concept":
    "Partida {code} is not in CONAC's Clasificador por Objeto del Gasto: there is no concept {concept} in chapter {chapter}000 “{chapterName}”.",
  "beneficiarios/unreadable":
    "Beneficiaries “{value}” cannot be read: give men (H) and women (M), e.g. “H 1950 / M 2250”.",
  "beneficiarios/not-whole": "Beneficiaries “{value}” must be whole numbers of people; “{token}” is not.",
  "beneficiarios/one-sex":
    "Beneficiaries “{value}” only give {count|num} {sexName}; if there are no {otherName}, say so: “{other} 0”.",
  "beneficiarios/implausible-size":
    "Beneficiaries “{value}” add up to {actual|num} people, more than any municipality's population ({expected|num}); check the figure.",
  "beneficiarios/implausible-ratio":
    "Beneficiaries “{value}” are hard to believe: one sex is {ratio|num} times the other; check the H and M figures.",
  "summary-mismatch/amount":
    "The summary says {actual|money} for action {action|action}, but its INVERSIÓN APROXIMADA is {expected|money}.",
  "summary-mismatch/absent-from-workbook": "The summary lists action {action|action} “{name}”, which is not in the workbook.",
  "summary-mismatch/missing-from-summary": "Action {action|action} “{name}” (sheet “{where}”) is missing from the summary.",
  "summary-mismatch/total": "The summary total is {actual|money}, but its rows add up to {expected|money}.",
  "action-number/duplicate": "Action number {action|action} is repeated: it is also at {other}.",
  "action-number/not-whole": "Action number “{value}” is not a whole number.",
  "year-mismatch/mismatch": "This block says PROGRAMA OPERATIVO ANUAL {actual}, but the rest of the workbook is for {expected}.",
  "avance/total":
    "TOTAL ACUMULADO says {actual|num}, but what was REALIZADO in the quarters adds up to {expected|num} in activity “{activity}”.",
  "avance/progress":
    "% DE AVANCE says {actual|num}, but the accumulated total ({total|num}) over the annual target ({meta|num}) gives {expected|num} % in activity “{activity}”.",
  "avance/ahead":
    "What was realized up to the {quarter} ({actual|num}) exceeds what was scheduled by then ({expected|num}) in activity “{activity}”; confirm the figure or adjust the calendar.",
  "header-consistency/differs": "{field} says “{actual}” on this page, but “{expected}” on the POA's other pages.",
  "classification/unknown-code": "{level} {code} does not exist in CONAC's classification.",
  "classification/wrong-parent": "{level} {code} does not belong to the {parentLevel} {parent} given.",
  "classification/wrong-name": "{level} {code} is called “{expected}” in CONAC's classification, not “{actual}”.",
  "ur-investment/mismatch":
    "The {unit} ({code}) is assigned {expected|money}, but its activities add up to {actual|money}: {diff|gapMoney} {diff|side} than assigned.",
  "ur-investment/rounding":
    "The {unit} ({code}) is assigned {expected|money} and its {count|num} activities add up to {actual|money}: the difference is rounding from splitting the amount.",
  "layout/inferred-label":
    "The {label} label is missing: this cell's value was taken as {label}. Type the label so the document is clear.",
  "layout/orphan-rows": "{count|num} row(s) with figures belong to no action block: there is no POA header above them.",
  "layout/no-month-header": "The activity table has no month row (ENE … DIC); the monthly program cannot be checked.",
  "layout/extra-figures":
    "Row {row} carries one more figure than the header has columns: it cannot be told which is REALIZADO, TOTAL ACUMULADO or % DE AVANCE. Only the calendar was checked; line the row up under its headings.",
  "layout/unit-figures-shifted":
    "The quarterly figures of the URs (row {row}) sit one row off: each UR shows those of the row above. They were not used; line them up with their UR.",
  "layout/shifted-row": "Row {row} looks shifted: values sit under headings that are not theirs.",
  "layout/merged-figure":
    "This cell on row {row} is merged with its neighbour and its figure cannot be read; unmerge the cells.",
  "layout/no-table": "The action has no activity table (ACTIVIDAD | … | PROGRAMACIÓN ANUAL).",
  "layout/unrecognized":
    "This sheet looks like a POA but matches no known layout. The closest is the {family} one; it lacks: {missing}. Check that those captions are written.",
  "layout/unfilled-template": "Template not filled in: this action has no data yet. Fill it in, or delete the sheet if it will not be used.",
  "layout/followup-unmatched":
    "This follow-up row (“{activity}”, action {action}) no longer matches any activity of the POA: it was removed or renamed. Its figures are kept; move them to the matching activity and delete the row.",
  "layout/followup-missing":
    "The activity “{activity}” (action {action}) is not on the follow-up sheet. Insert the follow-up again: the figures already typed are kept.",
  "realized-text/not-a-number":
    "REALIZADO for {period} in the activity “{activity}” is “{value}”, which is not a number: Excel does not add it and the progress comes out lower.",
  "realized-text/number-as-text":
    "REALIZADO for {period} in the activity “{activity}” has the number {actual|num} typed as text (“{value}”): Excel does not add it. Type it as a number.",
  "realized-after-cutoff/after":
    "There is REALIZADO in {period}, after the cut-off month ({cutoff}), in the activity “{activity}”: it does not count toward progress. Change the cut-off month or check the figure.",
  "realized-above-programmed/far-above":
    "The activity “{activity}” has realized {actual|num} up to {period}, {ratio|times} what was programmed by then ({expected|num}). Check the figure or update the program.",
  "realized-above-programmed/nothing-programmed":
    "The activity “{activity}” has realized {actual|num} up to {period}, but nothing was programmed by then. Check the figure or update the program.",
  "red-justification/missing":
    "The activity “{activity}” is red: {avance|pct} of what was programmed up to {period} ({actual|num} of {expected|num}), and it has no JUSTIFICACIÓN. Say why.",
  "layout/no-poa":
    "No POA was found in the workbook: neither the “PROGRAMA OPERATIVO ANUAL” title nor the labels of an action (SECRETARÍA, NOMBRE DE LA ACCIÓN…).",
};

export const enWords = {
  noNumber: "without number",
  men: "men",
  women: "women",
  more: "more",
  less: "less",
} as const;
