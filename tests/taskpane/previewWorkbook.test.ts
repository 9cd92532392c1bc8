/**
 * @jest-environment jsdom
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWhole } from "../../src/adapters/xlsx/read/worker";
import { XlsxReader } from "../../src/adapters/xlsx/read/XlsxReader";
import { buildTemplate } from "../../src/domain/templates";
import { PreviewWorkbook, requestedApiLevel } from "../../src/taskpane/preview/PreviewWorkbook";

const FIXTURE = join(__dirname, "../fixtures/secretaria-particular-2021.xlsx");

async function preview(change?: (opened: Awaited<ReturnType<typeof readWhole>>) => void) {
  const bytes = new Uint8Array(readFileSync(FIXTURE));
  const opened = await readWhole(bytes, () => undefined);
  change?.(opened);
  return new PreviewWorkbook(bytes, opened, "poa.xlsx");
}

describe("the preview's workbook: the Office adapter on a simulated Excel, the file kept for the download", () => {
  it("types into Excel: the value lands, «Revisar al editar» hears it, and the download carries it", async () => {
    const workbook = await preview();
    const heard: string[] = [];
    const stop = await workbook.onSheetChanged((sheet) => heard.push(sheet));
    await workbook.editCell("POA 2021", "G47", "1,234");
    await new Promise((resolve) => setTimeout(resolve, 10));
    await stop();
    expect(heard).toEqual(["POA 2021"]);
    expect(workbook.current.selected).toBe("G47");
    const [grid] = await workbook.readSheets(["POA 2021"]);
    expect(grid!.values[46 - grid!.origin.row]![6 - grid!.origin.col]).toBe(1234);
    await workbook.addSheet(buildTemplate({ family: "municipal-2021", year: 2021 }).spec);
    const downloaded = XlsxReader.open(new Uint8Array(await (await workbook.download()).arrayBuffer()));
    expect((await downloaded.listSheets()).map((s) => s.name)).toEqual(["POA 2021", "Resumen", "POA 2021 municipal (EJE)"]);
    const [poa] = await downloaded.readSheets(["POA 2021"]);
    expect(poa!.values[46]![6]).toBe(1234);
  });

  it("a protected sheet refuses typing, in the user's words, and nothing is written", async () => {
    const workbook = await preview((opened) => (opened.grids[0]!.protected = true));
    await expect(workbook.editCell("POA 2021", "G47", "5")).rejects.toThrow(/La hoja «POA 2021» está protegida/);
    const downloaded = XlsxReader.open(new Uint8Array(await (await workbook.download()).arrayBuffer()));
    expect(downloaded.bytes).toEqual(new Uint8Array(readFileSync(FIXTURE)));
  });

  it("plays the Excel the address asks for, Microsoft 365 otherwise", () => {
    expect(requestedApiLevel("?api=1.7")).toBe("1.7");
    expect(requestedApiLevel("?api=2.0")).toBe("1.13");
    expect(requestedApiLevel("")).toBe("1.13");
  });
});
