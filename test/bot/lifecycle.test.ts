import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { InFlight, installProcessHandlers, type ProcessLike } from "../../src/bot/lifecycle.ts";
import { createLogger } from "../../src/bot/logger.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  const proc = Object.assign(emitter, {
    exit: (code: number) => void exits.push(code),
  }) as unknown as ProcessLike & EventEmitter;
  return { proc, exits };
}

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({ level: "trace", destination: { write: (l) => lines.push(JSON.parse(l)) } });
  return { logger, lines };
}

describe("InFlight", () => {
  it("waits for running work, however it ends", async () => {
    const inFlight = new InFlight();
    let finished = false;
    inFlight.track(
      (async () => {
        await sleep(30);
        finished = true;
      })(),
    );
    inFlight.track(Promise.reject(new Error("handled elsewhere")));
    expect(inFlight.size).toBe(2);
    expect(await inFlight.drain(1000)).toBe(true);
    expect(finished).toBe(true);
    expect(inFlight.size).toBe(0);
  });

  it("gives up after the timeout", async () => {
    const inFlight = new InFlight();
    inFlight.track(new Promise(() => {}));
    expect(await inFlight.drain(20)).toBe(false);
    expect(await new InFlight().drain(20)).toBe(true);
  });
});

describe("process handlers", () => {
  it("SIGTERM: stops the bot, then exits 0", async () => {
    const { proc, exits } = fakeProcess();
    const { logger, lines } = capture();
    let stopped = false;
    installProcessHandlers(proc, {
      logger,
      stop: async () => {
        await sleep(20);
        stopped = true;
      },
    });
    proc.emit("SIGTERM", "SIGTERM");
    await sleep(60);
    expect(stopped).toBe(true);
    expect(exits).toEqual([0]);
    expect(lines.map((l) => l.msg)).toEqual(["shutting down"]);
  });

  it("a signal before the bot has started exits 0 at once", async () => {
    const { proc, exits } = fakeProcess();
    installProcessHandlers(proc, { logger: capture().logger, stop: () => undefined });
    proc.emit("SIGINT", "SIGINT");
    await sleep(5);
    expect(exits).toEqual([0]);
  });

  it("a stop that hangs is cut short at the deadline with exit 1", async () => {
    const { proc, exits } = fakeProcess();
    const { logger, lines } = capture();
    installProcessHandlers(proc, { logger, stop: () => new Promise(() => {}), shutdownDeadlineMs: 30 });
    proc.emit("SIGTERM", "SIGTERM");
    await sleep(80);
    expect(exits).toEqual([1]);
    expect(lines.some((l) => l.event === "shutdown_timeout")).toBe(true);
  });

  it("an unhandled rejection is logged with its error and stack, and the bot keeps running", async () => {
    const { proc, exits } = fakeProcess();
    const { logger, lines } = capture();
    installProcessHandlers(proc, { logger, stop: () => Promise.resolve() });
    proc.emit("unhandledRejection", new TypeError("Cannot read properties of undefined (reading 'map')"));
    proc.emit("unhandledRejection", "a bare string");
    await sleep(5);
    expect(exits).toEqual([]);
    const logged = lines.filter((l) => l.event === "unhandled_rejection");
    expect(logged).toHaveLength(2);
    expect(logged[0]?.level).toBe(50);
    expect(JSON.stringify(logged[0]?.err)).toContain("reading 'map'");
    expect(JSON.stringify(logged[0]?.err)).toContain("stack");
  });

  it("an uncaught exception is logged as fatal, then the bot stops and the process exits 1", async () => {
    const { proc, exits } = fakeProcess();
    const { logger, lines } = capture();
    let stops = 0;
    installProcessHandlers(proc, { logger, stop: async () => void stops++ });
    proc.emit("uncaughtException", new Error("boom"), "uncaughtException");
    proc.emit("SIGTERM", "SIGTERM"); // already exiting: no second stop
    await sleep(20);
    expect(stops).toBe(1);
    expect(exits).toEqual([1]);
    expect(lines[0]).toMatchObject({ level: 60, event: "uncaught_exception", origin: "uncaughtException" });
  });
});
