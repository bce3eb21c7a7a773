import { existsSync } from "node:fs";
import { z } from "zod";
import { knowledgeBaseDir } from "../knowledge/kb-dir.ts";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Unset and blank mean the same: `.env.example` leaves optional values empty. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    schema.optional(),
  );

const snowflake = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,20}$/, `must be a Discord ${what} id (digits only)`);

const port = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, `must be a TCP port number for ${what} (0-65535)`)
    .transform(Number)
    .refine((value) => value <= 65_535, `must be a TCP port number for ${what} (0-65535)`);

const EnvSchema = z.object({
  DISCORD_TOKEN: optional(
    z
      .string()
      .trim()
      .regex(
        /^[\w.-]+$/,
        "must be a bot token as shown in the Developer Portal (no spaces, quotes or 'Bot ')",
      ),
  ),
  DISCORD_APPLICATION_ID: optional(snowflake("application")),
  DISCORD_GUILD_ID: optional(snowflake("server (guild)")),
  DISCORD_API_URL: optional(
    z
      .string()
      .trim()
      .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
        message: "must be an http(s) URL such as https://discord.com/api",
      }),
  ),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(", ")}` })),
  KB_DIR: optional(z.string().trim()),
  DISCORD_PUBLIC_KEY: optional(
    z
      .string()
      .trim()
      .regex(/^[0-9a-fA-F]{64}$/, "must be the application's public key: 64 hex characters"),
  ),
  PORT: optional(port("the HTTP interactions endpoint")),
  METRICS_PORT: optional(port("/healthz and /metrics")),
  HOST: optional(z.string().trim().min(1)),
  DISCORD_SHARDS: optional(
    z
      .string()
      .trim()
      .regex(/^(auto|[1-9]\d{0,4})$/, "must be auto or a number of shards (1 or more)"),
  ),
});

export interface Config {
  /** Absent: the bot runs as a local console instead of connecting to Discord. */
  token: string | undefined;
  /** Needed by deploy-commands; the bot reads it from Discord after login when absent. */
  applicationId: string | undefined;
  /** Register commands in this guild only (instant updates, for development); global otherwise. */
  guildId: string | undefined;
  /** REST base URL (a proxy, or a fake Discord in tests); discord.js's default when absent. */
  apiUrl: string | undefined;
  /** Absent: "info" for the bot, "warn" for the console (whose answers share the terminal). */
  logLevel: (typeof LOG_LEVELS)[number] | undefined;
  /** KB_DIR resolved, or the project's data/ folder wherever the process was started from. */
  kbDir: string;
  /** The application's public key (hex): `npm run start:http` verifies each request's signature with it. */
  publicKey: string | undefined;
  /** Where `npm run start:http` listens (interactions, /healthz, /metrics). Default 8080. */
  port: number;
  /** The gateway bot serves /healthz and /metrics here; absent: not served. */
  metricsPort: number | undefined;
  /** The address to listen on; absent: every interface. */
  host: string | undefined;
  /** Gateway shards: "auto" (Discord's recommendation) or a count; absent: one. */
  shards: "auto" | number | undefined;
}

export const DEFAULT_PORT = 8080;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/**
 * Validates the environment. Each problem names its variable and never repeats the value
 * (it may be a secret), e.g. "DISCORD_GUILD_ID must be a Discord server (guild) id (digits only)".
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const errors = parsed.error.issues.map(
      (issue) => `${String(issue.path[0] ?? "environment")} ${issue.message}`,
    );
    return { ok: false, errors: [...new Set(errors)] };
  }
  const value = parsed.data;
  return {
    ok: true,
    config: {
      token: value.DISCORD_TOKEN,
      applicationId: value.DISCORD_APPLICATION_ID,
      guildId: value.DISCORD_GUILD_ID,
      apiUrl: value.DISCORD_API_URL?.replace(/\/+$/, ""),
      logLevel: value.LOG_LEVEL,
      kbDir: knowledgeBaseDir({ KB_DIR: value.KB_DIR }),
      publicKey: value.DISCORD_PUBLIC_KEY?.toLowerCase(),
      port: value.PORT ?? DEFAULT_PORT,
      metricsPort: value.METRICS_PORT,
      host: value.HOST,
      shards:
        value.DISCORD_SHARDS === undefined || value.DISCORD_SHARDS === "auto"
          ? value.DISCORD_SHARDS
          : Number(value.DISCORD_SHARDS),
    },
  };
}

/**
 * Reads `.env` into process.env when it exists (variables already set win), using Node's own loader.
 * `ENV_FILE` names another file; `ENV_FILE=none` skips it (tests use this to stay hermetic).
 */
export function loadEnvFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = env.ENV_FILE?.trim() || ".env";
  if (file === "none" || !existsSync(file)) return undefined;
  process.loadEnvFile(file);
  return file;
}

/**
 * For an entry point (`npm start`, `npm run start:http`): `.env` read, the environment checked, and the
 * configuration returned — or every problem printed and the process ended with exit code 1.
 */
export function configOrExit(): Config {
  loadEnvFile();
  const parsed = parseConfig(process.env);
  if (parsed.ok) return parsed.config;
  console.error(`Configuration problem(s):\n${parsed.errors.map((error) => `  - ${error}`).join("\n")}`);
  console.error("See .env.example for every variable.");
  process.exit(1);
}
