/**
 * `GET /livez`, `GET /healthz` and `GET /metrics` on any node:http server: the HTTP endpoint serves them beside
 * /interactions, the gateway bot on METRICS_PORT. /livez answers 200 while the process serves requests;
 * /healthz answers 200 once it is ready to answer (knowledge base loaded; in gateway mode, every shard
 * connected) and 503 before, or while the gateway reconnects, so a load balancer or orchestrator sends traffic
 * only to ready replicas.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Metrics } from "./metrics.ts";

export interface HealthReport {
  ready: boolean;
  /** What readiness depends on, e.g. `{ knowledgeBase: true, gateway: false }`. */
  checks: Record<string, boolean>;
  /** The knowledge base's version, once loaded. */
  kbVersion?: number;
}

export interface OpsRoutes {
  health: () => HealthReport;
  metrics?: Metrics;
}

const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
};

/** Answers GET /livez, /healthz and /metrics; returns the route name, or undefined for any other request. */
export function serveOps(req: IncomingMessage, res: ServerResponse, routes: OpsRoutes): string | undefined {
  const path = (req.url ?? "/").split("?")[0];
  if (path !== "/healthz" && path !== "/livez" && path !== "/metrics") return undefined;
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return path.slice(1);
  }
  if (path === "/livez") {
    sendJson(res, 200, { live: true });
  } else if (path === "/healthz") {
    const report = routes.health();
    sendJson(res, report.ready ? 200 : 503, { live: true, ...report });
  } else if (!routes.metrics) {
    res.writeHead(404).end();
  } else {
    routes.metrics.render().then(
      ({ contentType, body }) => {
        res.writeHead(200, { "content-type": contentType }).end(body);
      },
      () => res.writeHead(500).end(),
    );
  }
  return path.slice(1);
}

/** A server with only the ops routes (the gateway bot's METRICS_PORT). */
export async function startOpsServer(
  routes: OpsRoutes,
  port: number,
  host?: string,
): Promise<{ server: Server; port: number; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const route = serveOps(req, res, routes);
    if (route === undefined) res.writeHead(404).end();
    routes.metrics?.request(route ?? "other", res.statusCode);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
