import type { Locale } from "../i18n/format";
import { mostCommon } from "../mostCommon";
import type { WorkbookModel } from "../model";
import { alignmentConsistency, type Typed, typedAlignment } from "../rules/alignment-consistency";
import type { Rule } from "../rules/rule";
import { displayText } from "../text";
import { type Finding, findingOf } from "../validate";
import { planWords } from "./codes";

/** A finding of one file among those checked together. */
export interface FileFinding {
  file: string;
  finding: Finding;
}

interface Usage {
  file: string;
  /** The file's usual way of typing the line, and where it first types it so. */
  value: string;
  at: Typed;
}

/** Per file, the value it most often gives for each group (the first place it gives it). */
function usages(files: ReadonlyArray<{ file: string; typed: Typed[] }>, group: (t: Typed) => string, value: (t: Typed) => string): Map<string, Usage[]> {
  const out = new Map<string, Usage[]>();
  for (const { file, typed } of files) {
    const byGroup = new Map<string, Typed[]>();
    for (const t of typed) byGroup.set(group(t), [...(byGroup.get(group(t)) ?? []), t]);
    for (const [key, list] of byGroup) {
      const usual = mostCommon(list.map(value))!;
      out.set(key, [...(out.get(key) ?? []), { file, value: usual, at: list.find((t) => value(t) === usual)! }]);
    }
  }
  return out;
}

/**
 * `alignment-consistency` across the workbooks of one run (a reviewer's folder of POAs): a code
 * one file types with another text than most files, or a text it gives another code. Said in
 * the odd file, at its first cell, with what most files say.
 */
export function alignmentAcrossFiles(models: ReadonlyArray<{ file: string; model: WorkbookModel }>, locale: Locale): FileFinding[] {
  if (models.length < 2) return [];
  const files = models.map(({ file, model }) => ({ file, typed: typedAlignment(model) }));
  const rule = alignmentConsistency as unknown as Rule;
  const found: FileFinding[] = [];
  const odd = (groups: Map<string, Usage[]>, say: (odd: Usage, usual: Usage, count: number) => Finding) => {
    for (const uses of groups.values()) {
      if (uses.length < 2 || new Set(uses.map((u) => u.value)).size < 2) continue;
      const usualValue = mostCommon(uses.map((u) => u.value))!;
      const usual = uses.find((u) => u.value === usualValue)!;
      const count = uses.filter((u) => u.value === usualValue).length;
      for (const u of uses) if (u.value !== usualValue) found.push({ file: u.file, finding: say(u, usual, count) });
    }
  };
  const place = (t: Typed) => ({ sheet: t.sheet, cell: t.at.cell, action: t.action });
  odd(
    usages(files, (t) => `${t.field}\u0000${t.code}`, (t) => t.key),
    (u, usual, count) => {
      const actual = planWords(u.at.at.text, u.at.code);
      const expected = planWords(usual.at.at.text, usual.at.code);
      return findingOf(rule, place(u.at), "text-files", { code: u.at.code, actual: displayText(actual), expected: displayText(expected), count }, { expected, actual }, locale);
    },
  );
  odd(
    usages(files, (t) => `${t.field}\u0000${t.key}`, (t) => t.code),
    (u, usual, count) => findingOf(rule, place(u.at), "code-files", { text: displayText(planWords(u.at.at.text, u.at.code)), actual: u.at.code, expected: usual.at.code, count }, { expected: usual.at.code, actual: u.at.code }, locale),
  );
  return found;
}
