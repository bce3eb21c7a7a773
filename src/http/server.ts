/**
 * Discord's HTTP interactions: `POST /interactions`, each request verified (Ed25519 signature over timestamp +
 * raw body, 5-minute replay window, size limit) and answered through the same interaction core as the gateway
 * bot, inline in the HTTP response. Nothing is kept between requests, so any number of replicas answer alike.
 * Also serves /livez, /healthz and /metrics. Needs no bot token: follow-ups (a deferred answer, deleting an
 * answer) use the interaction's own webhook.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIInteraction, APIInteractionResponse, REST } from "discord.js";
import { InFlight } from "../bot/lifecycle.ts";
import type { Logger } from "../bot/logger.ts";
import type { BotContext } from "../interactions/context.ts";
import {
  answerInteraction,
  DEFAULT_DEFER_AFTER_MS,
  type InteractionTransport,
} from "../interactions/deliver.ts";
import { restWebhook } from "../interactions/rest.ts";
import { type HealthReport, serveOps } from "../ops/health.ts";
import type { Metrics } from "../ops/metrics.ts";
import { readBody } from "./body.ts";
import { checkHeaders, publicKeyFromHex, type Refusal, signatureMatches } from "./signature.ts";

/** Discord's interaction payloads are a few kilobytes (a context-menu target message included). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

export interface HttpEndpointOptions {
  /** The application's public key, hex. */
  publicKey: string;
  logger: Logger;
  /** Undefined until the knowledge base is loaded: interactions get 503 meanwhile. */
  context: () => BotContext | undefined;
  /** REST client for the interaction webhook (DISCORD_API_URL); it carries no token. */
  rest: REST;
  metrics?: Metrics;
  maxBodyBytes?: number;
  deferAfterMs?: number;
  /** How long `stop()` waits for requests in flight. Default 1500 ms. */
  drainMs?: number;
}

export interface HttpEndpoint {
  server: Server;
  /** Requests (and their follow-ups) in flight now. */
  readonly inFlight: number;
  listen(port: number, host?: string): Promise<number>;
  health(): HealthReport;
  /** Stops accepting connections, lets requests in flight finish (bounded by `drainMs`), closes. */
  stop(): Promise<{ pending: number; drained: boolean }>;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
};

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export function createHttpEndpoint(options: HttpEndpointOptions): HttpEndpoint {
  const key = publicKeyFromHex(options.publicKey);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const inFlight = new InFlight();
  const { logger, metrics } = options;
  let stopping = false;

  const health = (): HealthReport => {
    const context = options.context();
    const kbVersion = context?.knowledge.current().version;
    const ready = context !== undefined && !stopping;
    return { ready, checks: { knowledgeBase: context !== undefined }, ...(kbVersion ? { kbVersion } : {}) };
  };

  const refuse = (res: ServerResponse, status: number, reason: Refusal | "too_large" | string) => {
    logger.debug({ event: "http_refused", status, reason }, "request refused");
    if (status === 413) res.setHeader("connection", "close");
    json(res, status, { error: reason });
  };

  async function interactions(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "POST") {
      res.writeHead(405, { allow: "POST" }).end();
      return;
    }
    const signed = {
      signature: header(req, "x-signature-ed25519"),
      timestamp: header(req, "x-signature-timestamp"),
    };
    const refusal = checkHeaders(signed, Date.now());
    if (refusal) return refuse(res, 401, refusal);
    const read = await readBody(req, maxBodyBytes);
    if (!read.ok) {
      if (read.reason === "too_large") {
        refuse(res, 413, "too_large");
        req.resume(); // discard the rest, so the client reads the 413 instead of a reset
      } else req.destroy();
      return;
    }
    if (!signatureMatches(key, signed as { signature: string; timestamp: string }, read.body))
      return refuse(res, 401, "bad_signature");
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(read.body.toString("utf8")) as APIInteraction;
      if (typeof interaction !== "object" || interaction === null || typeof interaction.type !== "number")
        throw new TypeError("not an interaction");
    } catch {
      return refuse(res, 400, "malformed_body");
    }
    const context = options.context();
    if (!context) return refuse(res, 503, "starting");
    await answer(interaction, context, res);
  }

  async function answer(interaction: APIInteraction, context: BotContext, res: ServerResponse) {
    const transport: InteractionTransport = {
      async respond(body: APIInteractionResponse) {
        if (res.headersSent) throw new Error("the interaction was already answered");
        // Follow-ups (webhook calls) wait until Discord has the whole response.
        await new Promise<void>((resolve) => {
          res.once("finish", resolve).once("close", resolve);
          json(res, 200, body);
        });
      },
      webhook: restWebhook(options.rest, interaction),
    };
    await answerInteraction(interaction, context, transport, options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS);
    if (!res.headersSent) refuse(res, 400, "unsupported_interaction");
  }

  const server = createServer((req, res) => {
    if (stopping) res.setHeader("connection", "close");
    const opsRoute = serveOps(req, res, { health, metrics });
    if (opsRoute !== undefined) {
      metrics?.request(opsRoute, res.statusCode);
      return;
    }
    const path = (req.url ?? "/").split("?")[0];
    if (path !== "/interactions") {
      res.writeHead(404).end();
      metrics?.request("other", 404);
      return;
    }
    logger.trace(
      { event: "http_request", method: req.method, bytes: req.headers["content-length"] },
      "request",
    );
    const work = interactions(req, res).catch((error: unknown) => {
      logger.error({ event: "http_error", err: error }, "request failed");
      if (!res.headersSent) json(res, 500, { error: "internal" });
    });
    res.once("finish", () => metrics?.request("interactions", res.statusCode));
    inFlight.track(work);
  });
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout (60 s)

  return {
    server,
    get inFlight() {
      return inFlight.size;
    },
    health,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      });
    },
    async stop() {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const pending = inFlight.size;
      const drained = await inFlight.drain(options.drainMs ?? 1500);
      server.closeAllConnections();
      await closed;
      return { pending, drained };
    },
  };
}
