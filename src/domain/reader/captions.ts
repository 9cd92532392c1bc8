import { captionKey, withoutFootnotes } from "../text";

/**
 * A caption as state forms print it, split from a value typed in the same cell:
 * "Programa Presupuestal (2): DESARROLLO…" → key "PROGRAMA PRESUPUESTAL", inline "DESARROLLO…";
 * "UR (específica) (13)" → key "UR ESPECIFICA", inline "".
 */
export interface Caption {
  key: string;
  inline: string;
}

/** A caption found on a page, with where it is. */
export interface Hit extends Caption {
  row: number;
  col: number;
}

/** Captions are short; a long cell is a caption only when a colon closes it early. */
const MAX_CAPTION = 80;

export function readCaption(text: string): Caption {
  const colon = text.indexOf(":");
  if (colon > 0 && colon <= MAX_CAPTION) {
    return { key: captionKey(text.slice(0, colon)), inline: text.slice(colon + 1).trim() };
  }
  return { key: text.length <= MAX_CAPTION ? captionKey(text) : "", inline: "" };
}

/** The caption as a reader would name it in a message: "UR PRINCIPAL (3): 06 UNIDAD…" → "UR PRINCIPAL". */
export function captionText(text: string): string {
  const colon = text.indexOf(":");
  const head = colon > 0 && colon <= MAX_CAPTION ? text.slice(0, colon) : text;
  return withoutFootnotes(head.replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** "1er. TRIM (20)", "2o. TRIM", "Primer trimestre", "3ER TRIMESTRE": which quarter, 0-based. */
const QUARTER = /^(?:([1-4])\s*(?:ER|O|DO|RO|TO)?|(PRIMER|SEGUNDO|TERCER|CUARTO))\s*TRIM(?:ESTRE)?$/;
const QUARTER_WORDS = ["PRIMER", "SEGUNDO", "TERCER", "CUARTO"];

export function quarterOf(key: string): number | null {
  const match = QUARTER.exec(key);
  if (!match) return null;
  return match[1] ? Number(match[1]) - 1 : QUARTER_WORDS.indexOf(match[2]!);
}
