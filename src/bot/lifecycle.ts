/**
 * Process life: the work in flight (so a shutdown lets answers finish), and what happens on signals,
 * unhandled rejections and uncaught exceptions.
 */
import type { Logger } from "./logger.ts";

/** Handlers running now; `drain` waits for them (bounded). */
export class InFlight {
  readonly #running = new Set<Promise<unknown>>();

  /** Runs `work` and remembers it until it settles; never rejects (the handlers catch their own errors). */
  track(work: Promise<unknown>): void {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    this.#running.add(settled);
    void settled.then(() => this.#running.delete(settled));
  }

  get size(): number {
    return this.#running.size;
  }

  /** Resolves when everything running now has settled, or after `timeoutMs`; true if all settled. */
  async drain(timeoutMs: number): Promise<boolean> {
    if (this.#running.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const all = Promise.all([...this.#running]).then(() => true as const);
    const done = await Promise.race([all, timeout]);
    clearTimeout(timer);
    return done;
  }
}

/** The slice of `process` the handlers use (a fake in tests). */
export interface ProcessLike {
  on(event: "unhandledRejection", listener: (reason: unknown) => void): unknown;
  on(event: "uncaughtException", listener: (error: Error, origin: string) => void): unknown;
  once(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  exit(code: number): void;
}

export interface ProcessHandlerOptions {
  logger: Logger;
  /** Stops the bot: finishes in-flight answers, disconnects. Undefined before the bot has started. */
  stop: () => Promise<void> | undefined;
  /** A shutdown that takes longer than this is cut short (exit code 1). Default 1900 ms. */
  shutdownDeadlineMs?: number;
}

/**
 * - SIGTERM / SIGINT: stop (in-flight replies finish, the client disconnects) and exit 0, within the deadline.
 * - unhandledRejection: logged with the error and its stack; the bot keeps serving. A rejection escapes only
 *   from inside discord.js (e.g. a malformed gateway payload): every handler catches its own errors.
 * - uncaughtException: logged as fatal, then a quick stop and exit 1. After a synchronous throw nobody
 *   caught, the process state is unknown; a supervisor (systemd, Docker, pm2) restarts it clean.
 */
export function installProcessHandlers(
  proc: ProcessLike,
  options: ProcessHandlerOptions,
): { exit(code: number): void } {
  const { logger } = options;
  const deadlineMs = options.shutdownDeadlineMs ?? 1900;
  let exiting = false;
  const exitAfterStop = (code: number) => {
    if (exiting) return;
    exiting = true;
    const deadline = setTimeout(() => {
      logger.error({ event: "shutdown_timeout", deadlineMs }, "shutdown took too long; exiting now");
      proc.exit(1);
    }, deadlineMs);
    deadline.unref?.();
    let stopping: Promise<void>;
    try {
      stopping = options.stop() ?? Promise.resolve();
    } catch (error) {
      stopping = Promise.reject(error);
    }
    void stopping
      .then(
        () => code,
        (error: unknown) => {
          logger.error({ event: "shutdown_error", err: error }, "error while shutting down");
          return 1;
        },
      )
      .then((exitCode) => {
        clearTimeout(deadline);
        proc.exit(exitCode);
      });
  };
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ event: "shutdown", signal }, "shutting down");
    exitAfterStop(0);
  };
  proc.once("SIGTERM", shutdown);
  proc.once("SIGINT", shutdown);
  proc.on("unhandledRejection", (reason) => {
    logger.error({ event: "unhandled_rejection", err: reason }, "unhandled rejection");
  });
  proc.on("uncaughtException", (error, origin) => {
    logger.fatal({ event: "uncaught_exception", err: error, origin }, "uncaught exception; exiting");
    exitAfterStop(1);
  });
  /** Stops the bot and exits with `code` (e.g. 1 when the gateway will not reconnect). */
  return { exit: exitAfterStop };
}
