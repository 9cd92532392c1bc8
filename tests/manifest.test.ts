import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkManifest } from "../scripts/manifest-check";

describe("manifest.xml", () => {
  it("is valid against Microsoft's XSDs and declares what the add-in depends on", async () => {
    expect(await checkManifest()).toEqual({ xsdErrors: [], problems: [] });
  });

  it("is rejected when an element is out of the order the schema demands", async () => {
    const xml = readFileSync(join(__dirname, "../manifest.xml"), "utf8");
    const requirements = /\s*<Requirements>[\s\S]*?<\/Requirements>/.exec(xml)![0];
    const broken = xml.replace(requirements, "").replace("<Permissions>", `${requirements}\n  <Permissions>`);
    const path = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.xml");
    writeFileSync(path, broken);
    const report = await checkManifest(path);
    expect(report.xsdErrors.join("\n")).toMatch(/Requirements/);
  });
});
