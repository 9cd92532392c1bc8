import { toA1 } from "../domain/a1";
import { excelError, SimulatedExcelError } from "./errors";
import type { SimSheet, SimWorkbook } from "./workbook";

/** Excel on the web refuses a request or a response over 5 MB (Office.js «Resource limits and performance optimization»). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface ChangedEvent {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: "RangeEdited";
  /** Excel says Local for what happens in this session (the add-in's writes too), Remote for co-authors. */
  source: "Local" | "Remote";
}

type Handler = (event: ChangedEvent) => Promise<unknown> | unknown;

/** The handlers registered on a workbook, shared by every request context on it. */
export class Events {
  readonly collection = new Set<Handler>();
  readonly bySheet = new Map<string, Set<Handler>>();

  fire(sheet: SimSheet, address: string): void {
    const event: ChangedEvent = { type: "WorksheetChanged", worksheetId: sheet.id, address, changeType: "RangeEdited", source: "Local" };
    const handlers = [...this.collection, ...(this.bySheet.get(sheet.id) ?? [])];
    // Events reach the add-in after the request that caused them, never inside it.
    for (const handler of handlers) setTimeout(() => void handler(event), 0);
  }
}

/**
 * One `Excel.run` batch: calls are queued and run, in order, at `sync()`; what was loaded is
 * readable after it. A failing operation stops the batch: what ran before it stays done (Excel
 * does not roll a batch back), the rest is dropped, and `sync()` rejects with Excel's code.
 */
export class SimContext {
  private queue: Array<() => void> = [];
  private payload = 0;
  private readonly afterSync: Array<() => void> = [];
  private readonly changed: Array<{ sheet: SimSheet; address: string }> = [];

  constructor(
    readonly book: SimWorkbook,
    readonly events: Events,
    private readonly counter: { syncs: number },
  ) {}

  /** `payload` is what the operation adds to the request, measured only where it is limited (the web). */
  enqueue(op: () => void, payload?: () => number): void {
    this.queue.push(op);
    if (payload && this.book.platform === "web") this.payload += payload();
  }

  /** Something a member above the host's API level was asked: it fails as a missing API does. */
  requires(version: string, member: string): void {
    if (!this.book.supports(version)) this.enqueue(() => {
      throw excelError("ApiNotFound", `${member} needs ExcelApi ${version}; this Excel implements ${this.book.apiLevel}.`);
    });
  }

  /** Runs once the batch has run: loaded values are copied into their objects. */
  onSynced(step: () => void): void {
    this.afterSync.push(step);
  }

  /** A payload the response will carry (values read). */
  respond(bytes: number): void {
    this.payload += bytes;
  }

  cellsChanged(sheet: SimSheet, top: number, left: number, rows: number, cols: number): void {
    this.changed.push({ sheet, address: rows === 1 && cols === 1 ? toA1(top, left) : `${toA1(top, left)}:${toA1(top + rows - 1, left + cols - 1)}` });
  }

  async sync(): Promise<void> {
    this.counter.syncs++;
    const queue = this.queue;
    this.queue = [];
    const payload = this.payload;
    this.payload = 0;
    if (this.book.platform === "web" && payload > WEB_PAYLOAD_LIMIT) {
      this.afterSync.length = 0;
      throw excelError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    try {
      // What an operation queues while it runs (a collection loading its items) is part of this batch.
      for (let i = 0; i < queue.length; i++) {
        queue[i]!();
        queue.push(...this.queue.splice(0));
      }
    } catch (error) {
      this.queue = [];
      this.afterSync.length = 0;
      this.flushEvents();
      if (error instanceof SimulatedExcelError) throw error;
      throw excelError("GeneralException", error instanceof Error ? error.message : String(error));
    }
    for (const step of this.afterSync.splice(0)) step();
    if (this.book.platform === "web" && this.payload > WEB_PAYLOAD_LIMIT) {
      this.payload = 0;
      throw excelError("RequestPayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    this.payload = 0;
    this.flushEvents();
    await Promise.resolve();
  }

  private flushEvents(): void {
    for (const { sheet, address } of this.changed.splice(0)) this.events.fire(sheet, address);
  }
}
