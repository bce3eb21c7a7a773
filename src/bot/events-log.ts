/**
 * What the bot logs about its connection to Discord: one `gateway` line per event (disconnect, reconnect,
 * resume, new session, invalid session, error), one `rate limited` line per rate limit, and discord.js's own
 * debug output at `trace`. No line carries the bot token or an interaction token.
 */
import { type Client, Events, RESTEvents } from "discord.js";
import { CENSOR, type Logger, redactUrlTokens } from "./logger.ts";

export { redactUrlTokens };

/** A debug line without the client's token (discord.js prints part of it at login) or interaction tokens. */
function scrubDebug(client: Client, message: string): string | undefined {
  if (message.startsWith("Provided token:")) return undefined;
  const token = client.token;
  const text = token && token.length >= 8 ? message.replaceAll(token, CENSOR) : message;
  return redactUrlTokens(text);
}

/** The fields of discord.js's "Encountered unexpected 429 rate limit" debug message. */
export function parseUnexpected429(message: string): Record<string, unknown> | undefined {
  if (!message.includes("Encountered unexpected 429 rate limit")) return undefined;
  const field = (name: string) => new RegExp(`^\\s*${name}\\s*:\\s*(.*)$`, "m").exec(message)?.[1]?.trim();
  const retry = field("Retry After");
  return {
    event: "rate_limited",
    unexpected: true,
    method: field("Method")?.toUpperCase(),
    route: field("Bucket"),
    global: field("Global") === "true",
    scope: field("Scope"),
    retryAfterMs: retry ? Number.parseInt(retry, 10) : undefined,
  };
}

const GATEWAY = "gateway";

export function logClientEvents(client: Client, logger: Logger): void {
  client.on(Events.Error, (error) => logger.error({ event: "client_error", err: error }, "client error"));
  client.on(Events.Warn, (message) => logger.warn({ event: "client_warning" }, message));

  // discord.js reconnects by itself; these lines say what happened, once each.
  let readies = 0;
  client.on(Events.ShardReady, (shardId) => {
    // the first is the login (followed by "bot ready"); later ones are new sessions after a re-identify
    if (++readies > 1) logger.info({ event: "ready", shardId }, GATEWAY);
  });
  client.on(Events.ShardReconnecting, (shardId) => logger.warn({ event: "reconnecting", shardId }, GATEWAY));
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info({ event: "resumed", shardId, replayed }, GATEWAY),
  );
  client.on(Events.ShardDisconnect, (event, shardId) =>
    // only for close codes discord.js will not recover from (bad token, disallowed intents…)
    logger.fatal({ event: "disconnected", shardId, code: event.code }, GATEWAY),
  );
  client.on(Events.ShardError, (error, shardId) =>
    logger.error({ event: "error", shardId, err: error }, GATEWAY),
  );
  client.on(Events.Invalidated, () => logger.fatal({ event: "invalidated" }, GATEWAY));
  client.on(Events.Debug, (message) => {
    const invalid = /Invalid session; will attempt to resume: (true|false)/.exec(message);
    if (invalid) logger.warn({ event: "invalid_session", resumable: invalid[1] === "true" }, GATEWAY);
    else if (message.includes("Reason: Told to reconnect by Discord"))
      logger.info({ event: "reconnect_requested" }, GATEWAY);
    const text = scrubDebug(client, message);
    if (text !== undefined) logger.trace({ event: "debug", source: "gateway" }, text);
  });

  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn(
      {
        event: "rate_limited",
        method: info.method.toUpperCase(),
        route: info.route,
        global: info.global,
        scope: info.scope,
        limit: info.limit,
        retryAfterMs: info.retryAfter,
      },
      "rate limited",
    ),
  );
  client.rest.on(RESTEvents.Debug, (message) => {
    // A 429 that discord.js did not see coming is reported only here; it waits Retry-After and retries.
    const unexpected = parseUnexpected429(message);
    if (unexpected) logger.warn(unexpected, "rate limited");
    else {
      const text = scrubDebug(client, message);
      if (text !== undefined) logger.trace({ event: "debug", source: "rest" }, text);
    }
  });
}
