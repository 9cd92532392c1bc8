import type { Activity, Field, LocatedText } from "../model";
import { actionNumber, eachAction, pedValue } from "../queries";
import { isUnderCode, planCode } from "../plan/codes";
import { displayText } from "../text";
import { defineRule } from "./rule";

/** An estrategia under its línea, a state page's EJE GENERAL under its EJE RECTOR: where the numbering says so. */
export const alignmentNesting = defineRule({
  id: "alignment-nesting",
  severity: "error",
  name: { es: "La alineación no está anidada como el plan", en: "The alignment is not nested as in the plan" },
  fix: {
    es: "Corrija la clave: la estrategia va bajo su línea estratégica (3.2.1 bajo 3.2), el eje general bajo su eje rector (ER1-2.1 bajo ER1).",
    en: "Fix the code: the estrategia goes under its línea estratégica (3.2.1 under 3.2), the eje general under its eje rector (ER1-2.1 under ER1).",
  },
  messages: {
    estrategia: {
      es: "La ESTRATEGIA «{child}» no pertenece a la LÍNEA ESTRATÉGICA «{parent}»: su clave {childCode} no empieza con {parentCode}.",
      en: "The ESTRATEGIA “{child}” does not belong to the LÍNEA ESTRATÉGICA “{parent}”: its code {childCode} does not start with {parentCode}.",
    },
    "eje-general": {
      es: "El EJE GENERAL «{child}» no pertenece al EJE RECTOR «{parent}»: su clave {childCode} no empieza con {parentCode}.",
      en: "The EJE GENERAL “{child}” does not belong to the EJE RECTOR “{parent}”: its code {childCode} does not start with {parentCode}.",
    },
    claves: {
      es: "La Estrategia Vinculante {childCode} de la actividad «{activity}» y de {count} más en esta página no pertenece al EJE GENERAL de la página, «{parent}»: no empieza con {parentCode}.",
      en: "The Estrategia Vinculante {childCode} of activity “{activity}” and {count} more on this page does not belong to the page's EJE GENERAL, “{parent}”: it does not start with {parentCode}.",
    },
    clave: {
      es: "La Estrategia Vinculante {childCode} de la actividad «{activity}» no pertenece al EJE GENERAL de la página, «{parent}»: no empieza con {parentCode}.",
      en: "The Estrategia Vinculante {childCode} of activity “{activity}” does not belong to the page's EJE GENERAL, “{parent}”: it does not start with {parentCode}.",
    },
  },
  docs: {
    es: "Las claves del plan de desarrollo se anidan: una estrategia (3.2.1) está bajo su línea estratégica (3.2); en el formato estatal, el eje general (ER1-2.1) bajo su eje rector (ER1) y la Estrategia Vinculante de cada actividad (ER1-2.1.1) bajo el eje general de su página. Sin claves, no se revisa.",
    en: "The development plan's codes nest: an estrategia (3.2.1) sits under its línea estratégica (3.2); in the state form, the eje general (ER1-2.1) under its eje rector (ER1), and each activity's Estrategia Vinculante (ER1-2.1.1) under its page's eje general. Without codes, nothing is checked.",
  },
  check({ workbook, report }) {
    const nested = (child: LocatedText | undefined, parent: LocatedText | undefined, messageId: "estrategia" | "eje-general", action: ReturnType<typeof actionNumber>, sheet: string) => {
      if (!child || !parent) return;
      const childCode = planCode(child.text);
      const parentCode = planCode(parent.text);
      if (!childCode || !parentCode || isUnderCode(childCode, parentCode)) return;
      report({ sheet, cell: child.cell, action }, messageId, { child: displayText(child.text), parent: displayText(parent.text), childCode, parentCode }, { expected: parentCode, actual: childCode });
    };
    const text = (field: Field | undefined) => (field && field.value.text !== "" ? field.value : undefined);
    for (const action of eachAction(workbook)) {
      const number = actionNumber(action);
      nested(text(action.fields.estrategia), text(action.fields.linea), "estrategia", number, action.sheet);
      const ped = (caption: string) => pedValue(action, caption);
      nested(ped("EJE GENERAL"), ped("EJE RECTOR"), "eje-general", number, action.sheet);
      const general = ped("EJE GENERAL");
      const generalCode = general ? planCode(general.text) : null;
      if (!general || !generalCode) continue;
      // One finding per clave on the page, at its first activity: a UR's activities share theirs.
      const outside = new Map<string, Activity[]>();
      for (const activity of action.activities) {
        const clave = activity.estrategia ? planCode(activity.estrategia.text) : null;
        if (!clave || clave === generalCode || isUnderCode(clave, generalCode)) continue;
        outside.set(clave, [...(outside.get(clave) ?? []), activity]);
      }
      for (const [clave, activities] of outside) {
        const first = activities[0]!;
        report(
          { sheet: action.sheet, cell: first.estrategia!.cell, action: number },
          activities.length === 1 ? "clave" : "claves",
          { childCode: clave, activity: displayText(first.actividad.text), count: activities.length - 1, parent: displayText(general.text), parentCode: generalCode },
          { expected: generalCode, actual: clave },
        );
      }
    }
  },
});
