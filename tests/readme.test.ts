import { readFileSync } from "node:fs";
import { join } from "node:path";
import { usage } from "../src/cli/args";
import { RULE_IDS } from "../src/domain/rules";

/** The README is the user's first page: it must keep saying what the code does. */
const readme = readFileSync(join(__dirname, "../README.md"), "utf8");
const section = (title: string) => {
  const start = readme.indexOf(`## ${title}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = readme.indexOf("\n## ", start + 3);
  return readme.slice(start, next < 0 ? undefined : next);
};

describe("the README", () => {
  it("gives the two commands a fresh clone needs, and how to sideload the add-in", () => {
    const quickStart = section("Inicio rápido");
    expect(quickStart).toContain("npm install && npm test");
    expect(quickStart).toContain("npm install && npm start");
    expect(section("El complemento en Excel")).toMatch(/Excel en la web[\s\S]*Excel de escritorio/);
  });

  it("lists every rule id in its rules table", () => {
    const rules = section("Reglas");
    for (const id of RULE_IDS) expect([id, rules.includes(`| \`${id}\` |`)]).toEqual([id, true]);
  });

  it("shows every command of `poa --help` in its command-line section", () => {
    const cli = section("Línea de comandos");
    const commands = [...usage("es").matchAll(/^ {2}poa (\w+)/gm)].map((m) => m[1]!);
    expect(commands).toEqual(["validar", "plantilla", "resumen", "observaciones", "comparar", "seguimiento", "informe", "alineacion", "indicadores"]);
    for (const alias of ["validate", "template", "summary"]) expect([alias, cli.includes(alias)]).toEqual([alias, true]);
    for (const command of commands) expect([command, cli.includes(`poa ${command} `)]).toEqual([command, true]);
  });

  it("states the semáforo thresholds the code uses", async () => {
    const { SEMAFORO } = await import("../src/domain/followup/semaforo");
    const followUp = section("Seguimiento del POA");
    expect(followUp).toContain(`≥ ${Math.round(SEMAFORO.verde * 100)} %`);
    expect(followUp).toContain(`< ${Math.round(SEMAFORO.amarillo * 100)} %`);
  });
});
