import { followUpMismatches } from "../followup/mismatch";
import type { LayoutNote } from "../model";
import { actionNumber } from "./helpers";
import type { FindingDraft, Rule } from "./types";

function fromNote(note: LayoutNote, sheet: string, action: number | null): FindingDraft {
  const draft: FindingDraft = { messageId: `layout/${note.kind}`, data: note.data, sheet, cell: note.cell, action };
  // A template not filled in yet is work to do, not a mistake.
  if (note.kind === "unfilled-template") draft.severity = "info";
  return draft;
}

/**
 * What the reader noticed about the sheet's shape: rows outside any action, shifted rows,
 * a table without its month row, merged cells over figures, labels that went missing.
 */
export const layout: Rule = {
  id: "layout",
  severity: "warning",
  docs: {
    es: "La hoja tiene la forma de un POA: filas de actividades dentro de un bloque de acción, sin filas desplazadas, con la fila de meses y sin celdas combinadas sobre cifras; la hoja de seguimiento sigue las actividades actuales del POA.",
    en: "The sheet has the shape of a POA: activity rows inside an action block, no shifted rows, a month row, no merged cells over figures; a follow-up sheet follows the POA's current activities.",
  },
  check({ workbook, scope }) {
    const findings: FindingDraft[] = [];
    let anything = false;
    for (const sheet of workbook.sheets) {
      if (sheet.actions.length > 0 || sheet.summaries.length > 0 || sheet.notes.some((n) => n.kind === "unrecognized" || n.kind === "unfilled-template")) anything = true;
      for (const note of sheet.notes) findings.push(fromNote(note, sheet.name, null));
      for (const action of sheet.actions) {
        for (const note of action.notes) findings.push(fromNote(note, sheet.name, actionNumber(action)));
      }
    }
    // The follow-up is checked against the POA only when both were read.
    if (scope === "workbook") findings.push(...followUpMismatches(workbook));
    const first = workbook.sheets[0];
    if (!anything && !workbook.sheets.some((s) => s.followUp)) {
      findings.push({ messageId: "layout/no-poa", data: {}, sheet: first?.name ?? "", cell: "A1", action: null });
    }
    return findings;
  },
};
