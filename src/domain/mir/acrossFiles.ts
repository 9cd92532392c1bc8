import type { Locale } from "../i18n/format";
import type { Activity, WorkbookModel } from "../model";
import type { FileFinding } from "../plan/acrossFiles";
import { eachMir } from "../queries";
import { fileNameOf } from "../text";
import { mirPoaLink, reportLinks, reportOutside } from "../rules/mir-poa-link";
import { placeOf, type Rule } from "../rules/rule";
import { findingOf } from "../validate";
import { linkMirToPoa, poaActivities, poaPool } from "./link";

/**
 * `mir-poa-link` across the workbooks of one run, where MIRs and POAs come in files of their
 * own (an office keeps its 42 MIRs apart from its 67 POAs): each MIR workbook without a POA is
 * tied to the POA activities of the others. What a tie says goes to the MIR's file; the POA
 * activities no MIR took are noted only in the POA files some MIR took from.
 */
export function mirLinksAcrossFiles(models: ReadonlyArray<{ file: string; model: WorkbookModel }>, locale: Locale): FileFinding[] {
  const mirFiles = models.filter(({ model }) => [...eachMir(model)].length > 0 && poaActivities(model).length === 0);
  const poaFiles = models.filter(({ model }) => poaActivities(model).length > 0);
  if (mirFiles.length === 0 || poaFiles.length === 0) return [];
  const pool = poaFiles.flatMap(({ file, model }) => poaActivities(model, fileNameOf(file)));
  const folded = poaPool(pool);
  const rule = mirPoaLink as unknown as Rule;
  const found: FileFinding[] = [];
  const reporter = (file: string) => (where: Parameters<typeof placeOf>[0], messageId: string, data = {}, extra = {}) => found.push({ file, finding: findingOf(rule, placeOf(where), messageId, data, extra, locale) });
  const used = new Set<Activity>();
  for (const { file, model } of mirFiles) {
    const { linked, used: took } = linkMirToPoa(eachMir(model), folded);
    for (const activity of took) used.add(activity);
    reportLinks(linked, model, reporter(file), true);
  }
  for (const { file } of poaFiles) {
    const own = pool.filter((p) => p.file === fileNameOf(file));
    if (!own.some((p) => used.has(p.activity))) continue;
    reportOutside(own.filter((p) => !used.has(p.activity)), reporter(file), true);
  }
  return found;
}
