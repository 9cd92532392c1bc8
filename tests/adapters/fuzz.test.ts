import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPoa } from "../support/cli";
import { replacePart, unzipParts, zipParts } from "../support/xlsxParts";

/**
 * The real fixtures damaged the ways files get damaged: bits flipped anywhere, cut short, and
 * their XML broken inside a zip that is itself sound. Every fixture has errors, so «clean» (exit
 * 0) is never a right answer: a damaged copy is refused (exit 2) or, when the damage fell where
 * nothing is read, gives exactly the original's findings. Never a stack, never a long echo.
 * The seed is fixed: a failure here is the same failure on every machine.
 */
jest.setTimeout(120_000);

const FIXTURES = ["secretaria-particular-2021.xlsx", "secretaria-planeacion-2022.xlsx", "estatal-sspc-2024.xlsx"];
const SEED = 20_261_130;
const FLIPS = 60;
const CUTS = 10;
const XML_BREAKS = 40;

/** mulberry32: small, fast, and the same numbers everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const dir = mkdtempSync(join(tmpdir(), "poa-fuzz-"));

async function check(name: string, bytes: Uint8Array) {
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, bytes);
  return runPoa("validate", "--format", "json", path);
}

/** What a run says of a file, without the file's own path. */
const findingsOf = (stdout: string) => JSON.stringify((JSON.parse(stdout) as Array<{ findings: unknown[] }>)[0]!.findings);

/** Ways to break well-formed XML: the zip around it stays sound, so only the XML can tell. */
const BREAKS: Array<(xml: string, at: number) => string> = [
  // a closing tag dropped
  (xml, at) => {
    const close = xml.indexOf("</", Math.floor(at * xml.length));
    const from = close < 0 ? xml.lastIndexOf("</") : close;
    return xml.slice(0, from) + xml.slice(xml.indexOf(">", from) + 1);
  },
  // the part cut short
  (xml, at) => xml.slice(0, Math.max(1, Math.floor(at * (xml.length - 1)))),
  // a stray «<» in the middle of what follows
  (xml, at) => {
    const i = Math.floor(at * xml.length);
    return `${xml.slice(0, i)}<${xml.slice(i)}`;
  },
];

describe.each(FIXTURES)("%s, damaged", (fixture) => {
  const original = new Uint8Array(readFileSync(join(__dirname, "../fixtures", fixture)));
  const next = random(SEED + fixture.length);
  let findings: string;

  beforeAll(async () => {
    const run = await check(`${fixture}-original`, original);
    expect(run.code).toBe(1);
    findings = findingsOf(run.stdout);
  });

  function expectHonest(label: string, run: { code: number; stdout: string; stderr: string }, sameWhenRead: boolean) {
    expect([label, run.code === 1 || run.code === 2]).toEqual([label, true]);
    if (run.code === 1 && sameWhenRead) expect([label, findingsOf(run.stdout)]).toEqual([label, findings]);
    if (run.code === 2) expect([label, run.stderr]).toEqual([label, expect.stringMatching(/dañado|límite de lectura|no es un libro/)]);
    expect([label, run.stderr]).toEqual([label, expect.not.stringMatching(/ at |Error:|inesperado|undefined/)]);
    expect([label, run.stderr.length < 1_000]).toEqual([label, true]);
  }

  it(`${FLIPS} bytes flipped, one at a time: refused, or read as the original`, async () => {
    for (let i = 0; i < FLIPS; i++) {
      const at = Math.floor(next() * original.length);
      const bytes = original.slice();
      bytes[at] = bytes[at]! ^ (1 << Math.floor(next() * 8));
      expectHonest(`flip at ${at}`, await check(`${fixture}-flip-${i}`, bytes), true);
    }
  });

  it(`${CUTS} truncations: refused`, async () => {
    for (let i = 0; i < CUTS; i++) {
      const length = Math.floor(next() * original.length);
      const run = await check(`${fixture}-cut-${i}`, original.subarray(0, length));
      expect([length, run.code]).toEqual([length, 2]);
      expectHonest(`cut at ${length}`, run, true);
    }
  });

  it(`${XML_BREAKS} parts with broken XML in a sound zip: refused`, async () => {
    const parts = unzipParts(original);
    const xmlParts = parts.filter(([name]) => /^xl\/(workbook|sharedStrings|styles|worksheets\/sheet\d+)\.xml$/.test(name)).map(([name]) => name);
    for (let i = 0; i < XML_BREAKS; i++) {
      const part = xmlParts[Math.floor(next() * xmlParts.length)]!;
      const kind = Math.floor(next() * BREAKS.length);
      const at = next();
      const run = await check(`${fixture}-xml-${i}`, zipParts(replacePart(parts, part, (xml) => BREAKS[kind]!(xml, at))));
      const label = `${part} broken (${kind}) at ${at.toFixed(3)}`;
      expect([label, run.code]).toEqual([label, 2]);
      expectHonest(label, run, false);
    }
  });
});
