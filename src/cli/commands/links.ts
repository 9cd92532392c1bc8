import { dirname, relative, resolve } from "node:path";

/** The path by which a link in the workbook written at `output` reaches `file`, beside it or not. */
export function linkFrom(output: string): (file: string) => string {
  return (file) => relative(dirname(resolve(output)), resolve(file)).replace(/\\/g, "/");
}
