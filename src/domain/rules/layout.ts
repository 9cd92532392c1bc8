import { followUpMismatches } from "../followup/mismatch";
import type { LayoutNote } from "../model";
import { checkedWithoutPoa } from "../queries";
import { defineRule } from "./rule";

/** A template not filled in yet is work to do, not a mistake. */
const severityOf = (kind: LayoutNote["kind"]) => (kind === "unfilled-template" ? { severity: "info" as const } : {});

/**
 * What the reader noticed about the sheet's shape: rows outside any action, shifted rows,
 * a table without its month row, merged cells over figures, labels that went missing.
 */
export const layout = defineRule({
  id: "layout",
  severity: "warning",
  name: { es: "Forma de la hoja", en: "Shape of the sheet" },
  fix: {
    es: "Acomode la fila o la etiqueta señalada como en el formato.",
    en: "Put the row or caption shown where the form has it.",
  },
  messages: {
    "inferred-label": {
      es: "Falta la etiqueta {label}: se tomó el valor de esta celda como {label}. Escriba la etiqueta para que el documento sea claro.",
      en: "The {label} label is missing: this cell's value was taken as {label}. Type the label so the document is clear.",
    },
    "orphan-rows": {
      es: "{count|num} fila(s) con cifras no pertenecen a ningún bloque de acción: no hay encabezado de POA arriba de ellas.",
      en: "{count|num} row(s) with figures belong to no action block: there is no POA header above them.",
    },
    "no-month-header": {
      es: "La tabla de actividades no tiene la fila de meses (ENE … DIC); no se puede revisar la programación mensual.",
      en: "The activity table has no month row (ENE … DIC); the monthly program cannot be checked.",
    },
    "shifted-row": {
      es: "La fila {row} parece desplazada: hay valores bajo encabezados que no les corresponden.",
      en: "Row {row} looks shifted: values sit under headings that are not theirs.",
    },
    "extra-figures": {
      es: "La fila {row} trae una cifra más que las columnas del encabezado: no se sabe qué cifra es REALIZADO, TOTAL ACUMULADO o % DE AVANCE. Se revisó solo el calendario; acomode la fila bajo sus encabezados.",
      en: "Row {row} carries one more figure than the header has columns: it cannot be told which is REALIZADO, TOTAL ACUMULADO or % DE AVANCE. Only the calendar was checked; line the row up under its headings.",
    },
    "unit-figures-shifted": {
      es: "Las cifras por trimestre de las UR (fila {row}) están una fila fuera de su renglón: cada UR muestra las del renglón de arriba. No se usaron; acomódelas junto a su UR.",
      en: "The quarterly figures of the URs (row {row}) sit one row off: each UR shows those of the row above. They were not used; line them up with their UR.",
    },
    "merged-figure": {
      es: "Esta celda de la fila {row} quedó dentro de una celda combinada con su vecina y su cifra no se puede leer; separe las celdas.",
      en: "This cell on row {row} is merged with its neighbour and its figure cannot be read; unmerge the cells.",
    },
    "no-table": {
      es: "La acción no tiene tabla de actividades (ACTIVIDAD | … | PROGRAMACIÓN ANUAL).",
      en: "The action has no activity table (ACTIVIDAD | … | PROGRAMACIÓN ANUAL).",
    },
    unrecognized: {
      es: "Esta hoja parece un POA, pero no coincide con ningún formato conocido. El más parecido es el {family}; le faltan: {missing}. Revise que esas etiquetas estén escritas.",
      en: "This sheet looks like a POA but matches no known layout. The closest is the {family} one; it lacks: {missing}. Check that those captions are written.",
    },
    "unfilled-template": {
      es: "Plantilla sin llenar: esta acción aún no tiene datos. Llénela, o borre la hoja si no se usará.",
      en: "Template not filled in: this action has no data yet. Fill it in, or delete the sheet if it will not be used.",
    },
    "followup-unmatched": {
      es: "Esta fila de seguimiento («{activity}», acción {action}) ya no corresponde a ninguna actividad del POA: se quitó o se cambió de nombre. Sus cifras se conservan; páselas a la actividad que corresponda y borre la fila.",
      en: "This follow-up row (“{activity}”, action {action}) no longer matches any activity of the POA: it was removed or renamed. Its figures are kept; move them to the matching activity and delete the row.",
    },
    "followup-missing": {
      es: "La actividad «{activity}» (acción {action}) no está en la hoja de seguimiento. Vuelva a insertar el seguimiento: se conservan las cifras ya escritas.",
      en: "The activity “{activity}” (action {action}) is not on the follow-up sheet. Insert the follow-up again: the figures already typed are kept.",
    },
    "no-poa": {
      es: "No se encontró ningún POA en el libro: faltan el título «PROGRAMA OPERATIVO ANUAL» y las etiquetas de una acción (SECRETARÍA, NOMBRE DE LA ACCIÓN…).",
      en: "No POA was found in the workbook: neither the “PROGRAMA OPERATIVO ANUAL” title nor the labels of an action (SECRETARÍA, NOMBRE DE LA ACCIÓN…).",
    },
  },
  docs: {
    es: "La hoja tiene la forma de un POA: filas de actividades dentro de un bloque de acción, sin filas desplazadas, con la fila de meses y sin celdas combinadas sobre cifras; la hoja de seguimiento sigue las actividades actuales del POA.",
    en: "The sheet has the shape of a POA: activity rows inside an action block, no shifted rows, a month row, no merged cells over figures; a follow-up sheet follows the POA's current activities.",
  },
  check({ workbook, scope, report }) {
    let anything = false;
    for (const sheet of workbook.sheets) {
      if (sheet.actions.length > 0 || sheet.summaries.length > 0 || sheet.notes.some((n) => n.kind === "unrecognized" || n.kind === "unfilled-template")) anything = true;
      for (const note of sheet.notes) report({ sheet: sheet.name, cell: note.cell, action: null }, note.kind, note.data, severityOf(note.kind));
      for (const action of sheet.actions) {
        for (const note of action.notes) report({ action, at: note }, note.kind, note.data, severityOf(note.kind));
      }
    }
    // The follow-up is checked against the POA only when both were read.
    if (scope === "workbook") {
      for (const { kind, data, ...place } of followUpMismatches(workbook)) report(place, kind, data);
    }
    const first = workbook.sheets[0];
    // A follow-up or a budget calendar is something to check: only a workbook with neither is «no POA».
    if (!anything && !workbook.sheets.some(checkedWithoutPoa)) report({ sheet: first?.name ?? "", cell: "A1", action: null }, "no-poa");
  },
});
