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
  /**
   * Values that must never be written (the bot token): replaced by "[redacted]" in every line, whatever
   * field, message or error stack they turn up in. The last line of defence after `REDACT_PATHS`.
   */
  secrets?: ReadonlyArray<string | undefined>;
}

export const CENSOR = "[redacted]";

/**
 * Interaction and webhook tokens in REST URLs (`/interactions/:id/:token/…`, `/webhooks/:id/:token`): each
 * lets whoever holds it answer as the bot for 15 minutes. discord.js puts the URL in its HTTP errors.
 */
export const redactUrlTokens = (text: string): string =>
  text.replace(/\/(interactions|webhooks)\/(\d+)\/[^/\s?"\\]+/g, "/$1/$2/:token");

const URL_TOKEN = /\/(?:interactions|webhooks)\/\d+\//;

/**
 * A destination that censors `secrets` (at least 8 characters each) and interaction/webhook tokens in URLs
 * before anything is written.
 */
export function scrubbing(destination: DestinationStream, secrets: ReadonlyArray<string | undefined>) {
  const values = [
    ...new Set(secrets.filter((s): s is string => typeof s === "string" && s.length >= 8)),
  ].flatMap((secret) => {
    // also as it appears inside JSON strings and URLs
    const forms = new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
    return [...forms];
  });
  return {
    write(line: string) {
      let out = URL_TOKEN.test(line) ? redactUrlTokens(line) : line;
      for (const value of values) if (out.includes(value)) out = out.replaceAll(value, CENSOR);
      destination.write(out);
    },
  } satisfies DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const base = {
    level: options.level ?? "info",
    base: { app: "dialogue-desk" },
    redact: { paths: REDACT_PATHS, censor: CENSOR },
  };
  const secrets = options.secrets ?? [];
  if (options.destination) return pino(base, scrubbing(options.destination, secrets));
  const fd = options.stream === "stderr" ? 2 : 1;
  const isPretty = options.pretty ?? Boolean((fd === 2 ? process.stderr : process.stdout).isTTY);
  if (isPretty) {
    // In-process (no worker thread), so the last lines are written before the process exits.
    const stream = pretty({ destination: fd, sync: true, colorize: true, ignore: "pid,hostname,app" });
    return pino(base, scrubbing(stream, secrets));
  }
  return pino(base, scrubbing(pino.destination({ dest: fd, sync: true }), secrets));
}
