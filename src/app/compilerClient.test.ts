import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createCompilerClient, type WorkerStatus } from "./compilerClient";
import type { WorkerRequest, WorkerResponse } from "../worker/protocol";

/** A stand-in worker: records requests; the test answers for it. */
class FakeWorker {
  static all: FakeWorker[] = [];
  readonly sent: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  constructor() { FakeWorker.all.push(this); }
  postMessage(req: WorkerRequest) { this.sent.push(req); }
  terminate() { this.terminated = true; }
  reply(msg: WorkerResponse) { this.onmessage?.({ data: msg } as MessageEvent<WorkerResponse>); }
}

const RESULT = { diagnostics: [], timings: {} };

describe("the compiler client", () => {
  let statuses: WorkerStatus[];
  const make = () => createCompilerClient({
    createWorker: () => new FakeWorker() as unknown as Worker,
    budgets: { compileMs: 1000, simulateMs: 5000 },
    onStatus: (s) => statuses.push(s),
  });

  beforeEach(() => { FakeWorker.all = []; statuses = []; vi.useFakeTimers(); });
  afterEach(() => vi.useRealTimers());

  it("sends the studio's limit settings with every request, as they are when it is sent", () => {
    let limits: { scriptList?: number } | undefined;
    const client = createCompilerClient({ createWorker: () => new FakeWorker() as unknown as Worker, limits: () => limits });
    const w = FakeWorker.all[0]!;
    client.compile("a");
    limits = { scriptList: 10 };
    client.compile("b");
    client.checkSteps("c", 1);
    client.runScript!("d", false);
    expect(w.sent.map((r) => (r as { limits?: object }).limits)).toEqual([undefined, { scriptList: 10 }, { scriptList: 10 }, { scriptList: 10 }]);
  });

  it("matches responses to requests by id", async () => {
    const client = make();
    const w = FakeWorker.all[0]!;
    w.reply({ kind: "ready" });
    const a = client.compile("a");
    const b = client.compile("b");
    w.reply({ kind: "compiled", id: b.id, result: { ...RESULT, timings: { b: 1 } } });
    w.reply({ kind: "compiled", id: a.id, result: { ...RESULT, timings: { a: 1 } } });
    expect(await a.done).toEqual({ kind: "ok", value: { ...RESULT, timings: { a: 1 } } });
    expect(await b.done).toEqual({ kind: "ok", value: { ...RESULT, timings: { b: 1 } } });
  });

  it("restarts the worker when a running request exceeds its budget, and says so", async () => {
    const client = make();
    const w = FakeWorker.all[0]!;
    w.reply({ kind: "ready" });
    const sim = client.simulate("x");
    const queuedCompile = client.compile("y");
    w.reply({ kind: "progress", id: sim.id, phase: "simulating" });
    vi.advanceTimersByTime(5001);
    expect(await sim.done).toEqual({ kind: "timeout", budgetMs: 5000 });
    expect(await queuedCompile.done).toEqual({ kind: "restarted" });
    expect(w.terminated).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);
    expect(statuses.at(-1)).toMatchObject({ state: "restarting", restarts: 1 });
    expect(statuses.at(-1)?.notice).toContain("budget");
  });

  it("drops a queued request by asking the worker, and aborts a running one by restarting it", async () => {
    const client = make();
    const w = FakeWorker.all[0]!;
    w.reply({ kind: "ready" });
    const queued = client.compile("q");
    client.abort(queued.id);
    expect(await queued.done).toEqual({ kind: "cancelled" });
    expect(w.sent.at(-1)).toEqual({ kind: "cancel", id: queued.id });
    expect(w.terminated).toBe(false);

    const running = client.simulate("r");
    w.reply({ kind: "progress", id: running.id, phase: "simulating" });
    client.abort(running.id);
    expect(await running.done).toEqual({ kind: "cancelled" });
    expect(w.terminated).toBe(true);
    expect(FakeWorker.all).toHaveLength(2);
  });

  it("keeps guarding the budget of a dropped request that is still running", async () => {
    const client = make();
    const w = FakeWorker.all[0]!;
    w.reply({ kind: "ready" });
    const job = client.compile("slow");
    w.reply({ kind: "progress", id: job.id, phase: "compiling" });
    client.drop(job.id);
    expect(await job.done).toEqual({ kind: "cancelled" });
    vi.advanceTimersByTime(1001);
    expect(w.terminated).toBe(true);
  });

  it("restarts a crashed worker and fails what was running", async () => {
    const client = make();
    const w = FakeWorker.all[0]!;
    w.reply({ kind: "ready" });
    const job = client.simulate("boom");
    w.reply({ kind: "progress", id: job.id, phase: "simulating" });
    w.onerror?.({ message: "out of memory", preventDefault() {} } as ErrorEvent);
    expect(await job.done).toEqual({ kind: "crashed", message: "out of memory" });
    expect(FakeWorker.all).toHaveLength(2);
    client.destroy();
  });
});
