/**
 * Prometheus metrics (prom-client), one registry per process: interactions and messages by command and outcome,
 * answer latency, the knowledge base's version and reloads, cooldown hits, errors, and the HTTP endpoint's
 * requests by status. Labels come from fixed sets (unknown command names count as "other"), so a client cannot
 * grow the number of series.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { KnowledgeHolder } from "../bot/knowledge-holder.ts";
import type { Outcome } from "../bot/outcome.ts";
import { commandDefinitions } from "../commands/registry.ts";
import type { OutcomeObserver } from "../interactions/context.ts";
import type { ReloadObserver } from "./reloads.ts";

const PREFIX = "dialogue_desk_";

/** Seconds: the engine answers in well under a millisecond; a reply through Discord takes longer. */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

const KNOWN_COMMANDS: ReadonlySet<string> = new Set([
  ...commandDefinitions().map((definition) => definition.name),
  "ping",
  "mention",
  "dm",
  "component:dd:q",
  "component:dd:open",
  "component:dd:del",
]);

const KNOWN_OUTCOMES: ReadonlySet<string> = new Set([
  "answered",
  "low_confidence",
  "search",
  "info",
  "notice",
  "stale",
  "denied",
  "deleted",
  "autocomplete",
  "ignored",
  "error",
  "cooldown",
  "unknown_command",
  "pong",
]);

export const commandLabelOf = (command: string): string => (KNOWN_COMMANDS.has(command) ? command : "other");
const outcomeLabelOf = (outcome: string): string => (KNOWN_OUTCOMES.has(outcome) ? outcome : "other");

export type ErrorKind = "interaction" | "message" | "unhandled_rejection" | "gateway" | "http";

export interface MetricsOptions {
  /** Read at each scrape: the version being answered from and when it was loaded. */
  knowledge: () => KnowledgeHolder | undefined;
  /** Read at each scrape: 1 when ready to answer. */
  ready: () => boolean;
  /** "gateway" or "http": a constant label on every series, to tell the two kinds of process apart. */
  mode: "gateway" | "http";
  /** Node's process metrics (CPU, memory, event loop lag). Default true. */
  processMetrics?: boolean;
}

export class Metrics implements OutcomeObserver, ReloadObserver {
  readonly registry = new Registry();
  readonly #interactions: Counter<"source" | "command" | "outcome">;
  readonly #latency: Histogram<"source" | "command">;
  readonly #cooldownHits: Counter<"source">;
  readonly #errors: Counter<"kind">;
  readonly #reloads: Counter<"trigger" | "result">;
  readonly #http: Counter<"route" | "status">;

  constructor(options: MetricsOptions) {
    const registers = [this.registry];
    this.registry.setDefaultLabels({ mode: options.mode });
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
    this.#interactions = new Counter({
      name: `${PREFIX}interactions_total`,
      help: "Interactions and messages answered, by command and outcome",
      labelNames: ["source", "command", "outcome"],
      registers,
    });
    this.#latency = new Histogram({
      name: `${PREFIX}answer_duration_seconds`,
      help: "Time from receiving an interaction or message to its answer being delivered",
      labelNames: ["source", "command"],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.#cooldownHits = new Counter({
      name: `${PREFIX}cooldown_hits_total`,
      help: "Questions refused because the asker (or channel) was over the cooldown",
      labelNames: ["source"],
      registers,
    });
    this.#errors = new Counter({
      name: `${PREFIX}errors_total`,
      help: "Errors: failed interactions and messages, unhandled rejections, gateway and HTTP errors",
      labelNames: ["kind"],
      registers,
    });
    this.#reloads = new Counter({
      name: `${PREFIX}kb_reloads_total`,
      help: "Knowledge-base reloads, by trigger and result (ok, rejected)",
      labelNames: ["trigger", "result"],
      registers,
    });
    this.#http = new Counter({
      name: `${PREFIX}http_requests_total`,
      help: "Requests to the HTTP endpoint, by route and status",
      labelNames: ["route", "status"],
      registers,
    });
    new Gauge({
      name: `${PREFIX}kb_version`,
      help: "Version of the knowledge base being answered from (1 at start, +1 per successful reload)",
      registers,
      collect() {
        this.set(options.knowledge()?.current().version ?? 0);
      },
    });
    new Gauge({
      name: `${PREFIX}kb_loaded_timestamp_seconds`,
      help: "When the knowledge base being answered from was loaded",
      registers,
      collect() {
        const loadedAt = options.knowledge()?.current().loadedAt;
        this.set(loadedAt ? loadedAt.getTime() / 1000 : 0);
      },
    });
    new Gauge({
      name: `${PREFIX}ready`,
      help: "1 when the process is ready to answer (knowledge base loaded; gateway connected)",
      registers,
      collect() {
        this.set(options.ready() ? 1 : 0);
      },
    });
  }

  observe(source: "interaction" | "message", outcome: Outcome, latencyMs: number): void {
    const command = commandLabelOf(outcome.command);
    this.#interactions.inc({ source, command, outcome: outcomeLabelOf(outcome.outcome) });
    this.#latency.observe({ source, command }, latencyMs / 1000);
    if (outcome.outcome === "cooldown") this.#cooldownHits.inc({ source });
    if (outcome.outcome === "error") this.#errors.inc({ kind: source });
  }

  error(kind: ErrorKind): void {
    this.#errors.inc({ kind });
  }

  reloaded(trigger: string, ok: boolean): void {
    this.#reloads.inc({ trigger, result: ok ? "ok" : "rejected" });
  }

  request(route: string, status: number): void {
    this.#http.inc({ route, status: String(status) });
    if (status >= 500) this.error("http");
  }

  /** The text exposition format, and its content type. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
