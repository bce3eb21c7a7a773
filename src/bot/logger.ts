import { type DestinationStream, type Logger, pino } from "pino";
import pretty from "pino-pretty";

export type { Logger };

/** Paths pino blanks out wherever they appear: the token must never reach a log. */
export const REDACT_PATHS = [
  "token",
  "*.token",
  "config.token",
  "DISCORD_TOKEN",
  "*.DISCORD_TOKEN",
  "headers.authorization",
  "*.headers.authorization",
];

export interface LoggerOptions {
  /** Default "info". */
  level?: string | undefined;
  /** Where log lines go: stderr in console mode (stdout carries the answers), stdout otherwise. */
  stream?: "stdout" | "stderr";
  /** Human-readable lines; default: when that stream is a terminal. JSON lines otherwise. */
  pretty?: boolean;
  /** A custom destination (tests); overrides stream and pretty. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const base = {
    level: options.level ?? "info",
    base: { app: "dialogue-desk" },
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
  };
  if (options.destination) return pino(base, options.destination);
  const fd = options.stream === "stderr" ? 2 : 1;
  const isPretty = options.pretty ?? Boolean((fd === 2 ? process.stderr : process.stdout).isTTY);
  if (isPretty) {
    // In-process (no worker thread), so the last lines are written before the process exits.
    return pino(base, pretty({ destination: fd, sync: true, colorize: true, ignore: "pid,hostname,app" }));
  }
  return pino(base, pino.destination({ dest: fd, sync: true }));
}
