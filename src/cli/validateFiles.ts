import { type FileResult, validateSources } from "../app/validate";
import type { Locale } from "../domain/i18n/format";
import type { PlanCatalog } from "../domain/plan/catalog";
import { readInputs } from "./batch";
import { collectInputs } from "./files";

type Out = (text: string) => void;

/**
 * `poa validar`: every file (folders walked) checked on its own, each result handed to `onResult`
 * as soon as it is done; a workbook POA Excel wrote is a result of its own, `skipped`.
 */
export async function validateFiles(
  paths: readonly string[],
  locale: Locale,
  options: { err?: Out; debug?: boolean; onResult?: (result: FileResult) => void; plan?: PlanCatalog | null } = {},
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const take = (result: FileResult) => {
    results.push(result);
    options.onResult?.(result);
  };
  const inputs = await collectInputs(paths);
  const sources = readInputs(inputs, locale, options.err ?? (() => undefined), { debug: options.debug, skipped: (filePath, why) => take({ filePath, skipped: why }) });
  for await (const result of validateSources(sources, locale, options.plan ?? null)) take(result);
  return results;
}
