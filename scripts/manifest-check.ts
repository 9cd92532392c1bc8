import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { validateXML } from "xmllint-wasm";

const ROOT = join(__dirname, "..");
const XSD_DIR = join(__dirname, "office-manifest-xsd");
const DEV_ORIGIN = "https://localhost:3000";
/** The API level the add-in is written against: declared in the manifest, feature-checked above it. */
export const REQUIRED_EXCEL_API = "1.7";

export interface ManifestReport {
  xsdErrors: string[];
  problems: string[];
}

/**
 * The offline manifest check (Microsoft's validation service is out of reach here): the XSD
 * set from Microsoft's documentation, then what the add-in itself depends on.
 */
export async function checkManifest(path = join(ROOT, "manifest.xml")): Promise<ManifestReport> {
  const xml = readFileSync(path, "utf8");
  const schemas = readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd"));
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [{ fileName: "OfficeAppManifestV1_1.xsd", contents: readFileSync(join(XSD_DIR, "OfficeAppManifestV1_1.xsd"), "utf8") }],
    preload: schemas.map((f) => ({ fileName: f, contents: readFileSync(join(XSD_DIR, f), "utf8") })),
  });
  const xsdErrors = result.errors.map((e) => e.rawMessage);

  const problems: string[] = [];
  const info = await OfficeAddinManifest.readManifestFile(path);
  if (!info.id || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(info.id)) problems.push(`Id is not a GUID: ${info.id}`);
  if (info.defaultLocale !== "es-MX") problems.push(`DefaultLocale is ${info.defaultLocale}, not es-MX`);
  if (info.permissions !== "ReadWriteDocument") problems.push(`Permissions are ${info.permissions}, not ReadWriteDocument`);
  if (JSON.stringify(info.hosts) !== JSON.stringify(["Workbook"])) problems.push(`Hosts are ${JSON.stringify(info.hosts)}`);
  if (info.defaultSettings?.sourceLocation !== `${DEV_ORIGIN}/taskpane.html`) {
    problems.push(`SourceLocation is ${info.defaultSettings?.sourceLocation}`);
  }
  const requirement = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(xml)?.[1];
  if (requirement !== REQUIRED_EXCEL_API) problems.push(`ExcelApi requirement is ${requirement}, expected ${REQUIRED_EXCEL_API}`);
  if (!/<Override Locale="en-US"/.test(xml)) problems.push("No en-US overrides");
  for (const url of xml.match(/https:\/\/localhost:3000\/assets\/[\w.-]+/g) ?? []) {
    const file = join(ROOT, url.slice(DEV_ORIGIN.length + 1));
    if (!existsSync(file)) problems.push(`Missing asset ${url}`);
  }
  for (const size of [16, 32, 64, 80]) {
    if (!xml.includes(`/assets/icon-${size}.png`)) problems.push(`Icon ${size}px is not referenced`);
  }
  return { xsdErrors, problems };
}
