/**
 * @jest-environment jsdom
 */
import { waitForOffice } from "../../src/taskpane/office";

/** office.js as Excel hands it over: onReady answers when Excel is ready, however long that takes. */
function officeReadyAfter(ms: number, host: string | null): typeof Office {
  return {
    onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host, platform: null } as unknown as { host: Office.HostType; platform: Office.PlatformType }), ms)),
    context: { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#1f1f1f" } },
  } as unknown as typeof Office;
}

describe("where the pane runs", () => {
  afterEach(() => jest.useRealTimers());

  it("waits for a slow Excel instead of falling back to the preview", async () => {
    jest.useFakeTimers();
    const ready = waitForOffice(officeReadyAfter(8_000, "Excel"));
    await jest.advanceTimersByTimeAsync(8_000);
    await expect(ready).resolves.toEqual({ host: "Excel", displayLanguage: "en-US", dark: true });
  });

  it("is the preview in a browser outside Office, and when office.js did not load", async () => {
    await expect(waitForOffice(officeReadyAfter(0, null))).resolves.toMatchObject({ host: null, displayLanguage: "es-MX" });
    await expect(waitForOffice(undefined)).resolves.toMatchObject({ host: null });
  });
});
