import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import webpack from "webpack";

// The same webpack config `npm run build` uses, built into a scratch folder and run with node.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadConfigs = require("../../webpack.config.js") as (env: object, argv: object) => Promise<webpack.Configuration[]>;

async function buildCli(outDir: string): Promise<string> {
  const config = (await loadConfigs({}, { mode: "production" })).find((c) => c.name === "cli")!;
  const compiler = webpack({ ...config, mode: "production", output: { ...config.output, path: outDir } });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  return join(outDir, "poa.js");
}

describe("the built poa command", () => {
  jest.setTimeout(60_000);

  it("runs as `node <bin> validate` and exits 1 on the 2021 fixture", async () => {
    // Inside the project, so the bundle resolves its npm dependencies as dist/cli/poa.js does.
    const cache = join(__dirname, "../../node_modules/.cache");
    mkdirSync(cache, { recursive: true });
    const bin = await buildCli(mkdtempSync(join(cache, "poa-bin-")));
    const fixture = join(__dirname, "../fixtures/secretaria-particular-2021.xlsx");
    const failure = await promisify(execFile)(process.execPath, [bin, "validate", "--format", "json", fixture]).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect("code" in failure && failure.code).toBe(1);
    const [file] = JSON.parse(failure.stdout);
    expect(file.errorCount).toBe(4);
  });
});
