/**
 * Bot benchmarks against the test suite's fake Discord (test/e2e/fake-discord): process start to ready, the
 * interaction round trip with the real discord.js client, and resident memory over many answers.
 */
import { type ChildProcess, fork, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RunningBot, startBot } from "../src/bot/bot.ts";
import { deployCommands } from "../src/bot/deploy.ts";
import { KnowledgeHolder } from "../src/bot/knowledge-holder.ts";
import { createLogger } from "../src/bot/logger.ts";
import type { Answerer } from "../src/knowledge/answer-types.ts";
import type { KnowledgeBase } from "../src/knowledge/load.ts";
import {
  type FakeDiscord,
  type InteractionResponse,
  startFakeDiscord,
} from "../test/e2e/fake-discord/index.ts";
import { FAST_CLIENT_OPTIONS } from "./client-options.ts";
import { measure, type Summary, summarise } from "./measure.ts";

export const ROOT = fileURLToPath(new URL("../", import.meta.url));
const TOKEN = "bench-token.x";
const require = createRequire(import.meta.url);
/** tsx's loader, for `node --import <it> file.ts` (one process, unlike the tsx CLI which spawns a child). */
const TSX_LOADER = require.resolve("tsx");

/** Resident set size of another process, in bytes (Linux /proc; `ps` elsewhere). */
export function rssOf(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // not Linux
  }
  return undefined;
}

/** Every line a child writes to stdout/stderr, with the time it arrived (ms since `t0`). */
function watchLines(child: ChildProcess, t0: number, onLine: (line: string, at: number) => void) {
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      const at = performance.now() - t0;
      buffered += chunk;
      let newline = buffered.indexOf("\n");
      while (newline >= 0) {
        onLine(buffered.slice(0, newline), at);
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf("\n");
      }
    });
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
  await exited;
  clearTimeout(timer);
}

export interface StartRun {
  /** spawn → the bot logs "starting the Discord bot" (node up, modules imported, knowledge base loaded, engine built) */
  startingMs?: number;
  /** spawn → the fake receives IDENTIFY */
  identifyMs: number;
  /** spawn → the fake has sent READY (and the guilds) */
  readySentMs: number;
  /** spawn → the bot logs "bot ready" (discord.js ready: READY and every GUILD_CREATE handled) */
  readyLogMs: number;
  /** resident memory of the bot process once ready, when it is the spawned process itself */
  rssBytes?: number;
}

export interface StartMeasurement {
  command: string;
  runs: StartRun[];
  readyLog: Summary;
  readySent: Summary;
  rss?: Summary;
}

export type StartMode = "npm" | "node" | "bundle";

const START_COMMANDS: Record<StartMode, string> = {
  npm: "npm start",
  node: "node --import tsx src/bot/main.ts",
  bundle: "node <esbuild bundle of src/bot/main.ts>",
};

/**
 * Bundles src/bot/main.ts with esbuild (tsx's own compiler; packages stay external) into node_modules/.cache, to
 * show what start-up and memory would be without compiling TypeScript at run time. Undefined when esbuild is
 * not available.
 */
export async function bundleMain(): Promise<string | undefined> {
  try {
    const esbuild = (await import("esbuild")) as typeof import("esbuild");
    const outDir = join(ROOT, "node_modules/.cache/dialogue-desk-bench");
    mkdirSync(outDir, { recursive: true });
    const outfile = join(outDir, "main.mjs");
    await esbuild.build({
      entryPoints: [join(ROOT, "src/bot/main.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      outfile,
      logLevel: "silent",
    });
    return outfile;
  } catch {
    return undefined;
  }
}

/**
 * Spawns the bot as an operator would, with DISCORD_TOKEN and DISCORD_API_URL pointing at a fresh fake, and times
 * spawn → IDENTIFY, → READY sent, → the "bot ready" log line. `mode`:
 * - "npm": `npm start` (npm → the tsx CLI → node: what the README says to run);
 * - "node": `node --import tsx src/bot/main.ts` (the same code in one process: its RSS is the bot's);
 * - "bundle": plain node on an esbuild bundle of the same entry point (no TypeScript compiler at run time).
 */
export async function measureStartToReady(
  mode: StartMode,
  runs: number,
  env: Record<string, string> = {},
): Promise<StartMeasurement | undefined> {
  const command = START_COMMANDS[mode];
  const bundle = mode === "bundle" ? await bundleMain() : undefined;
  if (mode === "bundle" && !bundle) return undefined;
  const argv: [string, string[]] =
    mode === "npm"
      ? ["npm", ["start", "--silent"]]
      : mode === "node"
        ? [process.execPath, ["--import", TSX_LOADER, "src/bot/main.ts"]]
        : [process.execPath, [bundle as string]];
  const results: StartRun[] = [];
  for (let i = 0; i < runs; i++) {
    const fake = await startFakeDiscord({ waitTimeoutMs: 20_000 });
    const t0 = performance.now();
    // KB_DIR: a bundle would otherwise look for data/ beside itself
    const child = spawn(argv[0], argv[1], {
      cwd: ROOT,
      env: childEnv(fake, { KB_DIR: join(ROOT, "data"), ...env }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output: string[] = [];
    let startingMs: number | undefined;
    const readyLog = new Promise<number>((resolve, reject) => {
      watchLines(child, t0, (line, at) => {
        output.push(line);
        if (startingMs === undefined && /starting the Discord bot/.test(line)) startingMs = at;
        if (/"msg":"bot ready"|bot ready/.test(line)) resolve(at);
      });
      child.once("exit", (code) =>
        reject(new Error(`${command} exited (${code}) before ready:\n${output.slice(-20).join("\n")}`)),
      );
    });
    try {
      const identified = fake.waitForIdentify(1).then(() => performance.now() - t0);
      const readySent = fake.waitForReady(1).then(() => performance.now() - t0);
      const [identifyMs, readySentMs, readyLogMs] = await Promise.all([identified, readySent, readyLog]);
      // let start-up garbage settle as it would in a bot that has just come up
      await new Promise((resolve) => setTimeout(resolve, 200));
      const rssBytes = mode !== "npm" && child.pid ? rssOf(child.pid) : undefined;
      results.push({
        ...(startingMs !== undefined ? { startingMs } : {}),
        identifyMs,
        readySentMs,
        readyLogMs,
        ...(rssBytes ? { rssBytes } : {}),
      });
    } finally {
      await stopChild(child);
      await fake.close();
    }
  }
  const rss = results.flatMap((r) => (r.rssBytes ? [r.rssBytes] : []));
  return {
    command,
    runs: results,
    readyLog: summarise(results.map((r) => r.readyLogMs)),
    readySent: summarise(results.map((r) => r.readySentMs)),
    ...(rss.length ? { rss: summarise(rss) } : {}),
  };
}

function childEnv(fake: FakeDiscord, extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ENV_FILE: "none",
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: "info",
    NODE_ENV: "production",
    ...extra,
  };
  // a terminal would switch the logger to pretty lines; keep JSON
  delete env.FORCE_COLOR;
  return env;
}

/** The fake and the real bot in this process, sharing one engine. */
export interface InProcessBot {
  fake: FakeDiscord;
  bot: RunningBot;
  stop(): Promise<void>;
}

export async function startInProcessBot(kb: KnowledgeBase, answerer: Answerer): Promise<InProcessBot> {
  const fake = await startFakeDiscord({ waitTimeoutMs: 10_000, interactionDeadlineMs: 10_000 });
  const logger = createLogger({ level: "info", destination: { write() {} } });
  const knowledge = new KnowledgeHolder(kb, answerer);
  await deployCommands({
    token: TOKEN,
    applicationId: fake.applicationId,
    guildId: fake.guildId,
    apiUrl: fake.apiUrl,
  });
  try {
    const bot = await startBot(
      { token: TOKEN, apiUrl: fake.apiUrl },
      { logger, knowledge, clientOptions: FAST_CLIENT_OPTIONS as never },
    );
    return {
      fake,
      bot,
      async stop() {
        await bot.stop();
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}

/** One `/ask` from the fake to the bot and back: resolves when the answer is visible. */
export async function askOverDiscord(fake: FakeDiscord, question: string): Promise<InteractionResponse> {
  const response = await fake.sendSlashCommand({ name: "ask", options: { question } });
  await response.reply();
  return response;
}

export interface RoundTrip {
  iterations: number;
  /** dispatch of INTERACTION_CREATE → the visible answer at the fake (callback or edit of a deferred reply) */
  reply: Summary;
  questions: string[];
}

/** The interaction round trip with the real discord.js client, fake and bot in this process. */
export async function measureRoundTrip(
  bot: InProcessBot,
  questions: string[],
  iterations: number,
): Promise<RoundTrip> {
  let i = 0;
  const [task] = await measure(
    [
      {
        name: "/ask round trip",
        fn: () => askOverDiscord(bot.fake, questions[i++ % questions.length] as string),
      },
    ],
    { iterations, warmupIterations: 20 },
  );
  if (!task || task.error) throw new Error(`round trip failed: ${task?.error}`);
  return { iterations, reply: task.summary, questions };
}

export interface MemoryPoint {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

export interface MemoryMeasurement {
  answers: number;
  /** after start, after a forced GC */
  afterStart: MemoryPoint;
  /** after the first 1,000 answers (caches warm), after a forced GC */
  warm: MemoryPoint;
  /** after all the answers, after a forced GC */
  after: MemoryPoint;
  /** after every 1,000 answers, after a forced GC */
  series: { answers: number; memory: MemoryPoint }[];
  /** least-squares slope of heap used over answers 1,000…all, bytes per answer (a leak shows as a steady slope) */
  heapSlope: number;
  rssSlope: number;
  elapsedMs: number;
}

interface ChildMessage {
  type: "ready" | "memory" | "error";
  memory?: MemoryPoint;
  error?: string;
}

/**
 * Starts the real bot in a child (`node --expose-gc`, bench/bot-child.ts) against a fake in this process, sends
 * `answers` /ask interactions through Discord, and reads the child's memory after forced GCs.
 */
export async function measureMemory(
  questions: string[],
  answers: number,
  concurrency = 8,
): Promise<MemoryMeasurement> {
  const fake = await startFakeDiscord({ waitTimeoutMs: 30_000, interactionDeadlineMs: 30_000 });
  await deployCommands({
    token: TOKEN,
    applicationId: fake.applicationId,
    guildId: fake.guildId,
    apiUrl: fake.apiUrl,
  });
  const child = fork(fileURLToPath(new URL("./bot-child.ts", import.meta.url)), [], {
    cwd: ROOT,
    env: childEnv(fake, {}),
    execArgv: ["--expose-gc", "--import", TSX_LOADER],
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  const errors: string[] = [];
  watchLines(child, 0, (line) => {
    if (/error|Error/.test(line)) errors.push(line);
  });
  const messages: ChildMessage[] = [];
  const waiters: Array<{ resolve: (m: ChildMessage) => void; reject: (e: Error) => void }> = [];
  let exited: Error | undefined;
  child.on("message", (m: ChildMessage) => {
    const waiter = waiters.shift();
    if (waiter) waiter.resolve(m);
    else messages.push(m);
  });
  child.once("exit", (code) => {
    exited = new Error(`bot-child exited (${code}): ${errors.slice(-5).join("\n")}`);
    for (const waiter of waiters.splice(0)) waiter.reject(exited);
  });
  const next = () =>
    new Promise<ChildMessage>((resolve, reject) => {
      const queued = messages.shift();
      if (queued) return resolve(queued);
      if (exited) return reject(exited);
      waiters.push({ resolve, reject });
    });
  const memory = async () => {
    child.send({ type: "memory" });
    const m = await next();
    if (m.type !== "memory" || !m.memory) throw new Error(`bot-child: ${m.error ?? JSON.stringify(m)}`);
    return m.memory;
  };
  try {
    const ready = await next();
    if (ready.type !== "ready") throw new Error(`bot-child: ${ready.error ?? "did not start"}`);
    const afterStart = await memory();
    const t0 = performance.now();
    let sent = 0;
    const runUntil = async (limit: number) => {
      const worker = async () => {
        while (sent < limit) {
          const n = sent++;
          await askOverDiscord(fake, questions[n % questions.length] as string);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
    };
    const series: MemoryMeasurement["series"] = [];
    for (let done = 1000; done < answers + 1000; done += 1000) {
      await runUntil(Math.min(done, answers));
      series.push({ answers: Math.min(done, answers), memory: await memory() });
    }
    const elapsedMs = performance.now() - t0;
    const warm = series[0]?.memory ?? afterStart;
    const after = series[series.length - 1]?.memory ?? afterStart;
    const slope = (pick: (m: MemoryPoint) => number) => {
      const points = series.map((p) => [p.answers, pick(p.memory)] as const);
      const n = points.length;
      if (n < 2) return 0;
      const mx = points.reduce((a, [x]) => a + x, 0) / n;
      const my = points.reduce((a, [, y]) => a + y, 0) / n;
      const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
      const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
      return sxx === 0 ? 0 : sxy / sxx;
    };
    return {
      answers,
      afterStart,
      warm,
      after,
      series,
      heapSlope: slope((m) => m.heapUsed),
      rssSlope: slope((m) => m.rss),
      elapsedMs,
    };
  } finally {
    await stopChild(child);
    await fake.close();
  }
}
