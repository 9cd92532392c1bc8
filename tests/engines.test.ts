import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";

/**
 * The Node.js versions package.json promises are ones every installed dependency accepts: a
 * user on the oldest of them gets no engine warning from `npm ci`, and nothing breaks at run time.
 */
const ROOT = join(__dirname, "..");
const promised = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).engines.node as string;

function* installed(folder: string): Generator<{ name: string; node: string }> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.name.startsWith("@")) {
      yield* installed(path);
      continue;
    }
    const manifest = join(path, "package.json");
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string; engines?: { node?: unknown } };
      if (typeof pkg.engines?.node === "string") yield { name: `${pkg.name}@${pkg.version}`, node: pkg.engines.node };
    }
    if (existsSync(join(path, "node_modules"))) yield* installed(join(path, "node_modules"));
  }
}

describe("the Node.js versions the project states", () => {
  it("are accepted by every dependency installed, from the oldest one promised", () => {
    const oldest = semver.minVersion(promised)!.version;
    const refused = [...installed(join(ROOT, "node_modules"))].filter(({ node }) => semver.validRange(node) && !semver.satisfies(oldest, node));
    expect(refused).toEqual([]);
    expect(readFileSync(join(ROOT, ".nvmrc"), "utf8").trim()).toBe(String(semver.major(oldest)));
  });

  it("are said in the README", () => {
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain(`Requiere Node.js ${semver.minVersion(promised)!.version.replace(/\.0$/, "")}`);
  });
});
