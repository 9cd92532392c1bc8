import { normalizeLabel } from "../text";

/**
 * The syntax each level's resumen narrativo follows in the CONEVAL and SHCP guides, checked on
 * its words (accents and case aside). Each answers null when the text reads as its level asks.
 */
const words = (text: string) => normalizeLabel(text).split(" ").filter(Boolean);

/** Fin: «Contribuir a <objetivo superior> mediante / a través de <cómo>». */
export function finProblem(text: string): "contribuir" | "mediante" | null {
  const key = normalizeLabel(text);
  if (!key.startsWith("CONTRIBUIR")) return "contribuir";
  return /\b(MEDIANTE|A TRAVES DE|POR MEDIO DE)\b/.test(key) ? null : "mediante";
}

/** Propósito: the population and the result it reaches, in the present; not how, not a contribution. */
export function propositoProblem(text: string): "contribuir" | "mediante" | null {
  const key = normalizeLabel(text);
  if (key.startsWith("CONTRIBUIR")) return "contribuir";
  return /\b(MEDIANTE|A TRAVES DE|POR MEDIO DE)\b/.test(key) ? "mediante" : null;
}

/** Past participles: «entregadas», «otorgados», «realizada», and the irregular ones. */
const PARTICIPLE = /^(?:\w{2,}(?:ADO|ADA|ADOS|ADAS|IDO|IDA|IDOS|IDAS)|HECH[OA]S?|DICH[OA]S?|PUEST[OA]S?|ESCRIT[OA]S?|ABIERT[OA]S?|CUBIERT[OA]S?|RESUELT[OA]S?|VUELT[OA]S?|IMPRES[OA]S?|PROVIST[OA]S?|ROT[OA]S?|VIST[OA]S?|ELECT[OA]S?|SATISFECH[OA]S?|INSCRIT[OA]S?|DISPUEST[OA]S?|EXPUEST[OA]S?|COMPUEST[OA]S?|REPUEST[OA]S?|CONSTRUID[OA]S?|INCLUID[OA]S?|DEVUELT[OA]S?)$/;

/** Componente: the good or service delivered, and a past participle («Becas entregadas»). */
export function componenteProblem(text: string): "participle" | null {
  return words(text).some((w) => PARTICIPLE.test(w)) ? null : "participle";
}

/** Nouns made from verbs that name an action without a suffix saying so. */
const ACTION_NOUNS = new Set(["ENTREGA", "COMPRA", "VENTA", "CAPTURA", "CARGA", "FIRMA", "VISITA", "BUSQUEDA", "ATENCION", "ASESORIA", "CONSULTA", "REVISION", "DEPURACION", "DIFUSION", "GESTION", "SUPERVISION", "INSPECCION", "EMISION", "TOMA", "RECOLECCION", "RECEPCION", "AUDITORIA", "PAGO", "REGISTRO", "CONTROL", "DESARROLLO", "DISENO", "APOYO", "ANALISIS", "MONITOREO", "CENSO", "OTORGAMIENTO", "ENVIO", "COBRO", "CIERRE", "AJUSTE", "RESGUARDO", "CAMBIO", "ARRANQUE", "INICIO", "TRASLADO", "ACOPIO", "RESCATE", "MANTENIMIENTO", "PROMOCION", "CAPACITACION", "TALLER", "CURSO", "JORNADA", "CAMPANA", "PLATICA", "FERIA", "EVENTO", "SEMINARIO", "FORO", "OPERATIVO", "RECORRIDO"]);
/** Nouns made from verbs by their ending: «Elaboración», «Seguimiento», «Aprendizaje». */
const DEVERBAL = /(?:CION|SION|MIENTO|AJE|NCIA|DURA|TURA)$/;

/** Actividad: a noun made from a verb, then what it acts on («Elaboración de padrones»). */
export function actividadProblem(text: string): "noun" | "infinitive" | null {
  const first = words(text)[0] ?? "";
  if (/(?:AR|ER|IR)$/.test(first) && !ACTION_NOUNS.has(first)) return "infinitive";
  return DEVERBAL.test(first) || ACTION_NOUNS.has(first) ? null : "noun";
}
