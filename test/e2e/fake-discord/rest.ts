/** HTTP plumbing: body parsing, request log, fault injection, auth, and routing to handlers. */
import { type IncomingMessage, type ServerResponse, STATUS_CODES } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { FaultHandle, FaultSpec, RecordedFile, RecordedRequest } from "./types.ts";
import type { ApiErrorBody, FormError } from "./validate.ts";
import { formErrorBody } from "./validate.ts";
import { Recorder } from "./waiters.ts";

export interface RestReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Runs after the response was written (e.g. to dispatch the matching gateway event). */
  after?: () => void;
}

export interface RouteContext {
  method: string;
  route: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: RecordedFile[];
  headers: IncomingMessage["headers"];
}

export interface RouteDef {
  method: string;
  /** Relative to /api/v10; `:name` matches one segment. */
  pattern: string;
  /** Requires `Authorization: Bot <token>` (false for interaction callbacks and webhook-token routes). */
  auth?: boolean;
  handler: (ctx: RouteContext) => RestReply | Promise<RestReply>;
}

export const json = (status: number, body?: unknown, headers?: Record<string, string>): RestReply => ({
  status,
  body,
  headers,
});
export const noContent = (after?: () => void): RestReply => ({ status: 204, after });
export const apiError = (status: number, code: number, message: string): RestReply => ({
  status,
  body: { code, message } satisfies ApiErrorBody,
});
export const formError = (errors: FormError[]): RestReply => ({ status: 400, body: formErrorBody(errors) });

/** Params when `route` matches `pattern` (`/channels/:id/messages`), else null. */
export function matchPattern(pattern: string, route: string): Record<string, string> | null {
  const want = pattern.replace(/^\/api(\/v\d+)?/, "").split("/");
  const got = route.split("/");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = got[i] as string;
    if (part.startsWith(":")) params[part.slice(1)] = actual;
    else if (part !== actual) return null;
  }
  return params;
}

/** Discord's upload limit for a bot without boosts (`attachment_size_limit`, 10 MiB). */
export const MAX_ATTACHMENT_BYTES = 10_485_760;

interface Fault extends FaultSpec {
  left: number;
  hits: number;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(
  raw: Buffer,
  contentType: string,
): Promise<{ body: unknown; files: RecordedFile[]; bad: boolean }> {
  const files: RecordedFile[] = [];
  if (raw.length === 0) return { body: undefined, files, bad: false };
  try {
    if (contentType.startsWith("application/json"))
      return { body: JSON.parse(raw.toString("utf8")), files, bad: false };
    if (contentType.startsWith("multipart/form-data")) {
      const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
      let body: unknown;
      for (const [field, value] of form.entries()) {
        if (typeof value === "string") {
          if (field === "payload_json") body = JSON.parse(value);
        } else {
          const data = Buffer.from(await value.arrayBuffer());
          files.push({ field, filename: value.name, contentType: value.type, size: value.size, data });
        }
      }
      return { body, files, bad: false };
    }
  } catch {
    return { body: raw.toString("utf8"), files, bad: true };
  }
  return { body: raw.toString("utf8"), files, bad: false };
}

export class RestServer {
  readonly requests: Recorder<RecordedRequest>;
  readonly #faults: Fault[] = [];
  #seq = 0;

  constructor(
    private readonly routes: RouteDef[],
    private readonly token: string | undefined,
    waitTimeoutMs: number,
  ) {
    this.requests = new Recorder("REST request", waitTimeoutMs);
  }

  failNext(spec: FaultSpec): FaultHandle {
    const fault: Fault = { ...spec, left: spec.times ?? 1, hits: 0 };
    this.#faults.push(fault);
    return {
      get hits() {
        return fault.hits;
      },
      get remaining() {
        return fault.left;
      },
      cancel: () => {
        fault.left = 0;
      },
    };
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake-discord");
    const path = decodeURIComponent(url.pathname);
    const route = path.replace(/^\/api(\/v\d+)?/, "");
    const method = (req.method ?? "GET").toUpperCase();
    const parsed = await parseBody(await readBody(req), String(req.headers["content-type"] ?? ""));
    const record: RecordedRequest = {
      seq: ++this.#seq,
      method,
      path,
      route,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: parsed.body,
      files: parsed.files,
      status: 0,
      faulted: false,
      at: Date.now(),
    };
    const fault = this.#takeFault(method, route);
    if (fault?.delayMs) await sleep(fault.delayMs);
    let reply: RestReply;
    if (fault?.status !== undefined) {
      record.faulted = true;
      reply = json(
        fault.status,
        fault.body ?? { message: STATUS_CODES[fault.status] ?? "Error", code: 0 },
        fault.headers,
      );
    } else {
      reply = await this.#route(method, route, url.searchParams, parsed, req.headers, record);
    }
    this.#write(res, reply);
    record.status = reply.status;
    this.requests.push(record);
    if (reply.after) setImmediate(reply.after);
  }

  async #route(
    method: string,
    route: string,
    query: URLSearchParams,
    parsed: { body: unknown; files: RecordedFile[]; bad: boolean },
    headers: IncomingMessage["headers"],
    record: RecordedRequest,
  ): Promise<RestReply> {
    const candidates = this.routes
      .map((def) => ({ def, params: matchPattern(def.pattern, route) }))
      .filter((c): c is { def: RouteDef; params: Record<string, string> } => c.params !== null);
    const found = candidates.find((c) => c.def.method === method);
    if (!found) {
      return candidates.length > 0
        ? apiError(405, 0, "405: Method Not Allowed")
        : apiError(404, 0, "404: Not Found");
    }
    if (found.def.auth !== false && !this.#authorized(headers.authorization))
      return apiError(401, 0, "401: Unauthorized");
    if (parsed.bad) return apiError(400, 50109, "The request body contains invalid JSON.");
    if (parsed.files.some((file) => file.size > MAX_ATTACHMENT_BYTES))
      return apiError(413, 40005, "Request entity too large");
    try {
      return await found.def.handler({
        method,
        route,
        params: found.params,
        query,
        body: parsed.body,
        files: parsed.files,
        headers,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      record.handlerError = message;
      return apiError(500, 0, `fake-discord handler error: ${message}`);
    }
  }

  #authorized(header: string | undefined): boolean {
    if (!header?.startsWith("Bot ")) return false;
    return this.token === undefined || header.slice(4) === this.token;
  }

  #takeFault(method: string, route: string): Fault | undefined {
    const fault = this.#faults.find((f) => {
      if (f.left <= 0) return false;
      if (f.method && f.method.toUpperCase() !== method) return false;
      if (f.pathPattern instanceof RegExp) return f.pathPattern.test(route);
      return f.pathPattern === undefined || matchPattern(f.pathPattern, route) !== null;
    });
    if (fault) {
      fault.left--;
      fault.hits++;
    }
    return fault;
  }

  #write(res: ServerResponse, reply: RestReply): void {
    const headers: Record<string, string> = { "x-fake-discord": "1", ...reply.headers };
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status, headers).end();
      return;
    }
    res
      .writeHead(reply.status, { "content-type": "application/json", ...headers })
      .end(JSON.stringify(reply.body));
  }
}
