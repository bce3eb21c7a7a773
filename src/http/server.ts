/**
 * Discord's HTTP interactions: `POST /interactions`, each request verified (Ed25519 signature over timestamp +
 * raw body, 5-minute replay window, size limit) and answered through the same interaction core as the gateway
 * bot, inline in the HTTP response. Nothing is kept between requests, so any number of replicas answer alike.
 * Also serves /livez, /healthz and /metrics. Needs no bot token: follow-ups (a deferred answer, deleting an
 * answer) use the interaction's own webhook.
 */
import type { KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type APIInteraction,
  type APIInteractionResponse,
  InteractionResponseType,
  type REST,
} from "discord.js";
import { InFlight } from "../bot/lifecycle.ts";
import type { Logger } from "../bot/logger.ts";
import type { BotContext } from "../interactions/context.ts";
import { answerInteraction, type InteractionTransport } from "../interactions/deliver.ts";
import { restWebhook } from "../interactions/rest.ts";
import type { AttachmentFile } from "../interactions/wire.ts";
import { type HealthReport, serveOps } from "../ops/health.ts";
import type { Metrics } from "../ops/metrics.ts";
import { readBody } from "./body.ts";
import { checkHeaders, publicKeyFromHex, signatureMatches } from "./signature.ts";

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

const json = (res: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
};

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * The endpoint: one node:http server. Requests are tracked from their headers to their last follow-up, so a
 * shutdown lets them finish.
 */
export class HttpEndpoint {
  readonly server: Server;
  readonly #options: HttpEndpointOptions;
  readonly #key: KeyObject;
  readonly #inFlight = new InFlight();
  #stopping = false;

  constructor(options: HttpEndpointOptions) {
    this.#options = options;
    this.#key = publicKeyFromHex(options.publicKey);
    this.server = createServer((req, res) => this.#onRequest(req, res));
    this.server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout (60 s)
  }

  /** Requests (and their follow-ups) in flight now. */
  get inFlight(): number {
    return this.#inFlight.size;
  }

  listen(port: number, host?: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => resolve((this.server.address() as AddressInfo).port));
    });
  }

  health(): HealthReport {
    const context = this.#options.context();
    const kbVersion = context?.knowledge.current().version;
    const ready = context !== undefined && !this.#stopping;
    return { ready, checks: { knowledgeBase: context !== undefined }, ...(kbVersion ? { kbVersion } : {}) };
  }

  /** Stops accepting connections, lets requests in flight finish (bounded by `drainMs`), closes. */
  async stop(): Promise<{ pending: number; drained: boolean }> {
    this.#stopping = true;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    const pending = this.#inFlight.size;
    const drained = await this.#inFlight.drain(this.#options.drainMs ?? 1500);
    this.server.closeAllConnections();
    await closed;
    return { pending, drained };
  }

  #onRequest(req: IncomingMessage, res: ServerResponse): void {
    const { logger, metrics } = this.#options;
    if (this.#stopping) res.setHeader("connection", "close");
    const opsRoute = serveOps(req, res, { health: () => this.health(), metrics });
    if (opsRoute !== undefined) {
      metrics?.request(opsRoute, res.statusCode);
      return;
    }
    if ((req.url ?? "/").split("?")[0] !== "/interactions") {
      res.writeHead(404).end();
      metrics?.request("other", 404);
      return;
    }
    logger.trace(
      { event: "http_request", method: req.method, bytes: req.headers["content-length"] },
      "request",
    );
    const work = this.#interactions(req, res).catch((error: unknown) => {
      logger.error({ event: "http_error", err: error }, "request failed");
      if (!res.headersSent) json(res, 500, { error: "internal" });
    });
    res.once("finish", () => metrics?.request("interactions", res.statusCode));
    this.#inFlight.track(work);
  }

  #refuse(res: ServerResponse, status: number, reason: string): void {
    this.#options.logger.debug({ event: "http_refused", status, reason }, "request refused");
    if (status === 413) res.setHeader("connection", "close");
    json(res, status, { error: reason });
  }

  /** POST /interactions: verified, then answered through the interaction core. */
  async #interactions(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "POST") {
      res.writeHead(405, { allow: "POST" }).end();
      return;
    }
    const signed = {
      signature: header(req, "x-signature-ed25519"),
      timestamp: header(req, "x-signature-timestamp"),
    };
    const refusal = checkHeaders(signed, Date.now());
    if (refusal) return this.#refuse(res, 401, refusal);
    const read = await readBody(req, this.#options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
    if (!read.ok) {
      if (read.reason !== "too_large") return void req.destroy();
      this.#refuse(res, 413, "too_large");
      req.resume(); // discard the rest, so the client reads the 413 instead of a reset
      return;
    }
    if (!signatureMatches(this.#key, signed as { signature: string; timestamp: string }, read.body))
      return this.#refuse(res, 401, "bad_signature");
    const interaction = parseInteraction(read.body);
    if (!interaction) return this.#refuse(res, 400, "malformed_body");
    const context = this.#options.context();
    if (!context) return this.#refuse(res, 503, "starting");
    await answerInteraction(
      interaction,
      context,
      this.#transport(interaction, res),
      this.#options.deferAfterMs,
    );
    if (!res.headersSent) this.#refuse(res, 400, "unsupported_interaction");
  }

  /** The response is the HTTP response; follow-ups go through the interaction's webhook. */
  #transport(interaction: APIInteraction, res: ServerResponse): InteractionTransport {
    const webhook = restWebhook(this.#options.rest, interaction);
    return {
      async respond(body: APIInteractionResponse, files?: AttachmentFile[]) {
        if (res.headersSent) throw new Error("the interaction was already answered");
        // A message with files (a picture) is acknowledged first, then sent through the webhook as multipart.
        const withFiles = files?.length && body.type === InteractionResponseType.ChannelMessageWithSource;
        const first: APIInteractionResponse = withFiles
          ? {
              type: InteractionResponseType.DeferredChannelMessageWithSource,
              data: { flags: body.data?.flags },
            }
          : body;
        // Follow-ups (webhook calls) wait until Discord has the whole response.
        await new Promise<void>((resolve) => {
          res.once("finish", resolve).once("close", resolve);
          json(res, 200, first);
        });
        if (withFiles && body.data) await webhook.editOriginal(body.data, files);
      },
      webhook,
    };
  }
}

function parseInteraction(body: Buffer): APIInteraction | undefined {
  try {
    const value = JSON.parse(body.toString("utf8")) as APIInteraction;
    return typeof value === "object" && value !== null && typeof value.type === "number" ? value : undefined;
  } catch {
    return undefined;
  }
}

export const createHttpEndpoint = (options: HttpEndpointOptions): HttpEndpoint => new HttpEndpoint(options);
