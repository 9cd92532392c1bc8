import { readFileSync } from "node:fs";
import { join } from "node:path";

// The manifest an organization serves from its own server: no address of the development server left.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { publicManifest } = require("../scripts/public-manifest.cjs") as { publicManifest: (xml: string, url: string) => string };

describe("the production manifest", () => {
  const manifest = readFileSync(join(__dirname, "../manifest.xml"), "utf8");

  it.each(["https://planeacion.fresnillo.gob.mx/poa/", "https://planeacion.fresnillo.gob.mx/poa"])("points everything at %s, AppDomain included", (url) => {
    const xml = publicManifest(manifest, url);
    expect(xml).not.toContain("localhost");
    expect(xml).toContain("<AppDomain>https://planeacion.fresnillo.gob.mx</AppDomain>");
    expect(xml).toContain('<SourceLocation DefaultValue="https://planeacion.fresnillo.gob.mx/poa/taskpane.html"/>');
  });
});
