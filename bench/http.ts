/**
 * The HTTP interactions endpoint under load: the production build (`node dist/http/main.js`, what
 * `npm run start:http` runs) in a child process, sent pre-signed interactions (commands in English and Japanese,
 * autocomplete, buttons, PINGs) by 50 concurrent keep-alive clients. Counts errors (anything but a 200 with the
 * expected response type), and times each request from send to the last byte of the answer.
 */
import { spawn } from "node:child_process";
import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { join } from "node:path";
import type { APIInteraction } from "discord.js";
import { DEFAULT_IDS, FakeDiscord } from "../test/e2e/fake-discord/index.ts";
import { PRODUCTION_NODE_FLAGS, ROOT } from "./bot.ts";
import { type Summary, summarise } from "./measure.ts";

export interface HttpLoad {
  command: string;
  requests: number;
  concurrency: number;
  /** requests answered with anything but a 200 carrying the expected response type, or not answered */
  errors: number;
  errorSamples: string[];
  /** how many requests of each kind were sent */
  mix: Record<string, number>;
  /** per request, send → last byte, ms */
  latency: Summary & { p50: number; p90: number };
  throughput: number;
  wallMs: number;
  /** spawn → the "http endpoint ready" log line */
  startToReadyMs: number;
  /** the endpoint's own mean answer time (its answer_duration_seconds histogram), ms */
  serverMeanMs: number;
  /** CPU time (user + system) the endpoint process spent per request during the run, ms: its own cost */
  cpuPerRequestMs: number | undefined;
  /** RSS of the endpoint process after the run */
  rss: number | undefined;
  /** exit code after SIGTERM */
  exitCode: number | string;
}

interface Planned {
  kind: string;
  body: string;
  /** the response type a correct answer has */
  expect: number;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

/** The mix of interactions, cycled over: mostly questions, as people use the bot. */
function plan(questions: readonly string[], total: number): Planned[] {
  const fake = new FakeDiscord(); // only its payload builder: realistic interaction payloads, never listening
  const alice = DEFAULT_IDS.userIds[0];
  const json = (payload: APIInteraction) => JSON.stringify(payload);
  const kinds: Array<(i: number) => Planned> = [
    (i) => ({
      kind: "/ask (en)",
      body: json(
        fake.payloads.slashCommand({
          name: "ask",
          options: { question: questions[i % questions.length] ?? "" },
        }).payload,
      ),
      expect: 4,
    }),
    (i) => ({
      kind: "/cochairs (ja)",
      body: json(
        fake.payloads.slashCommand({
          name: "cochairs",
          options: { round: String((i % 5) + 1) },
          locale: "ja",
        }).payload,
      ),
      expect: 4,
    }),
    (i) => ({
      kind: "/ask (en)",
      body: json(
        fake.payloads.slashCommand({
          name: "ask",
          options: { question: questions[(i * 7) % questions.length] ?? "" },
        }).payload,
      ),
      expect: 4,
    }),
    () => ({
      kind: "autocomplete",
      body: json(fake.payloads.autocomplete({ name: "org", options: { organisation: "jp" } }).payload),
      expect: 8,
    }),
    (i) => ({
      kind: "button",
      body: json(fake.payloads.button({ customId: `dd:q:${alice}:cochairs:${(i % 3) + 1}` }).payload),
      expect: 7, // the asker's own "did you mean" button: the answer replaces the message
    }),
    () => ({
      kind: "/search",
      body: json(fake.payloads.slashCommand({ name: "search", options: { query: "JPCERT" } }).payload),
      expect: 4,
    }),
    () => ({
      kind: "ping",
      body: JSON.stringify({ type: 1, id: "1", application_id: fake.applicationId, token: "t", version: 1 }),
      expect: 1,
    }),
  ];
  return Array.from({ length: total }, (_, i) => (kinds[i % kinds.length] as (i: number) => Planned)(i));
}

function post(agent: Agent, port: number, body: string, headers: Record<string, string>) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/interactions",
        method: "POST",
        agent,
        headers: { ...headers, "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function startEndpoint(publicKeyHex: string) {
  const entry = join(ROOT, "dist", "http", "main.js");
  const started = performance.now();
  const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, entry], {
    cwd: ROOT,
    env: {
      ...process.env,
      ENV_FILE: "none",
      DISCORD_PUBLIC_KEY: publicKeyHex,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      DISCORD_TOKEN: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stderr.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  const ready = new Promise<{ port: number; ms: number }>((resolve, reject) => {
    let buffer = "";
    let port = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf("\n");
        if (port === 0 && line.includes('"msg":"listening"')) port = Number(JSON.parse(line).port);
        if (line.includes('"msg":"http endpoint ready"')) resolve({ port, ms: performance.now() - started });
      }
    });
    child.once("exit", (code) =>
      reject(new Error(`the endpoint exited (${code}) before it was ready:\n${out}`)),
    );
  });
  return { child, ...(await ready) };
}

/** User + system CPU time of a process so far, ms (Linux /proc; undefined elsewhere). */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

export async function measureHttpLoad(
  questions: readonly string[],
  options: { requests: number; concurrency: number },
): Promise<HttpLoad> {
  const keys: { publicKey: KeyObject; privateKey: KeyObject } = generateKeyPairSync("ed25519");
  const publicKeyHex = Buffer.from(String(keys.publicKey.export({ format: "jwk" }).x), "base64url").toString(
    "hex",
  );
  const planned = plan(questions, options.requests);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signed = planned.map((p) => ({
    ...p,
    headers: {
      "content-type": "application/json",
      "x-signature-timestamp": timestamp,
      "x-signature-ed25519": sign(null, Buffer.from(timestamp + p.body), keys.privateKey).toString("hex"),
    },
  }));
  const { child, port, ms: startToReadyMs } = await startEndpoint(publicKeyHex);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < signed.length; i = next++) {
      const item = signed[i] as (typeof signed)[number];
      const t0 = performance.now();
      try {
        const res = await post(agent, port, item.body, item.headers);
        latencies.push(performance.now() - t0);
        const type = res.status === 200 ? (JSON.parse(res.text) as { type?: number }).type : undefined;
        if (type !== item.expect) {
          errors++;
          if (errorSamples.length < 5)
            errorSamples.push(`${item.kind}: ${res.status} ${res.text.slice(0, 160)}`);
        }
      } catch (error) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(`${item.kind}: ${(error as Error).message}`);
      }
    }
  };
  const cpuBefore = cpuMs(child.pid);
  const t0 = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const wallMs = performance.now() - t0;
  const cpuAfter = cpuMs(child.pid);
  const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const total = (name: string) =>
    metrics
      .split("\n")
      .filter((line) => line.startsWith(`dialogue_desk_answer_duration_seconds_${name}{`))
      .reduce((sum, line) => sum + Number(line.split(" ").at(-1)), 0);
  let rss: number | undefined;
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) * 1024 || undefined;
  } catch {
    rss = undefined;
  }
  agent.destroy();
  const exited = once(child, "exit") as Promise<[number | null, string | null]>;
  child.kill("SIGTERM");
  const [code, signal] = await exited;
  const sorted = [...latencies].sort((a, b) => a - b);
  const mix: Record<string, number> = {};
  for (const p of planned) mix[p.kind] = (mix[p.kind] ?? 0) + 1;
  return {
    command: `${["node", ...PRODUCTION_NODE_FLAGS, "dist/http/main.js"].join(" ")} (npm run start:http)`,
    requests: options.requests,
    concurrency: options.concurrency,
    errors,
    errorSamples,
    mix,
    latency: { ...summarise(latencies), p50: percentile(sorted, 50), p90: percentile(sorted, 90) },
    throughput: (latencies.length / wallMs) * 1000,
    wallMs,
    startToReadyMs,
    serverMeanMs: (total("sum") / Math.max(1, total("count"))) * 1000,
    cpuPerRequestMs:
      cpuBefore !== undefined && cpuAfter !== undefined
        ? (cpuAfter - cpuBefore) / options.requests
        : undefined,
    rss,
    exitCode: code ?? signal ?? "unknown",
  };
}
