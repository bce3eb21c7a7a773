/**
 * Bot benchmarks against the test suite's fake Discord (test/e2e/fake-discord): process start to ready, the
 * interaction round trip with the real discord.js client, and resident memory over many answers.
 */
import { type ChildProcess, fork, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
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
import { FAST_CLIENT_OPTIONS } from "./client-options.mjs";
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

/**
 * SIGTERM (SIGKILL after 3 s). With `group`, to the child's whole process group (a child spawned `detached`):
 * npm start's node process too, which npm leaves running when npm alone is stopped.
 */
async function stopChild(child: ChildProcess, { group = false } = {}): Promise<void> {
  const pid = child.pid;
  const signal = (name: NodeJS.Signals) => {
    try {
      if (group && pid) process.kill(-pid, name);
      else child.kill(name);
    } catch {
      // already gone
    }
  };
  const leaderRunning = child.exitCode === null && child.signalCode === null;
  const exited = leaderRunning ? once(child, "exit") : Promise.resolve();
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 3000);
  await exited;
  if (group && pid) {
    // the leader (npm) may exit before its children: wait for the group to empty
    for (let i = 0; i < 60 && groupAlive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    if (groupAlive(pid)) signal("SIGKILL");
  }
  clearTimeout(timer);
}

/** Whether a process of the group still runs (zombies, which nothing may reap here, do not count). */
function groupAlive(pgid: number): boolean {
  try {
    return readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .some((name) => {
        try {
          const stat = readFileSync(`/proc/${name}/stat`, "utf8");
          const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
          return Number(fields[2]) === pgid && fields[0] !== "Z";
        } catch {
          return false;
        }
      });
  } catch {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  }
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
  /** CPU time (user + system) of the spawned process and its children when the bot logs "bot ready" */
  cpuMs?: number;
  /** resident memory of the process running the bot, 200 ms after ready (under `npm start`: npm's node child) */
  rssBytes?: number;
  /** `npm start` compiled src/ inside this run (src/ changed after the round's `npm run build`) */
  compiled?: boolean;
}

export interface StartMeasurement {
  mode: StartMode;
  command: string;
  runs: StartRun[];
  readyLog: Summary;
  readySent: Summary;
  cpu?: Summary;
  rss?: Summary;
}

export type StartMode = "npm" | "dist" | "tsx";

/** The variants timed, in the order shown: production first. */
export const START_MODES: readonly StartMode[] = ["npm", "dist", "tsx"];

/**
 * The node flags production runs the bot with, read from `npm start` in package.json ("node <flags>
 * scripts/start.mjs"), so that the compiled bot alone is measured as it runs in production.
 */
export const PRODUCTION_NODE_FLAGS: readonly string[] = (() => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/);
  return words.slice(1, words.indexOf("scripts/start.mjs")).filter((w) => w.startsWith("--"));
})();

const START_COMMANDS: Record<StartMode, string> = {
  npm: "npm start",
  dist: ["node", ...PRODUCTION_NODE_FLAGS, "dist/bot/main.js"].join(" "),
  tsx: "node --import tsx src/bot/main.ts",
};

export interface BuildResult {
  command: string;
  ms: number;
  /** tsc ran (src/ had changed since the last build); otherwise dist/ was already up to date */
  compiled: boolean;
}

/**
 * `npm run build` (scripts/start.mjs --build-only): brings dist/ up to date, compiling with tsc only when src/
 * changed since the last build. Run before the start timings so that `npm start` never compiles inside them.
 */
export function buildDist(): BuildResult {
  const t0 = performance.now();
  const result = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, encoding: "utf8" });
  const ms = performance.now() - t0;
  if (result.status !== 0)
    throw new Error(`npm run build failed (${result.status ?? result.signal}):\n${result.stderr}`);
  return { command: "npm run build", ms, compiled: /Compiling src\//.test(result.stderr) };
}

interface ProcStat {
  pid: number;
  ppid: number;
  /** user + system CPU time, ms */
  cpuMs: number;
}

let clockTicks: number | undefined;
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    const out = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
    clockTicks = Number(out.stdout?.trim()) || 100;
  }
  return clockTicks;
}

function procStat(pid: number): ProcStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // fields after the command name (which may hold spaces) start with field 3, the state
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { pid, ppid: Number(fields[1]), cpuMs: (ticks * 1000) / ticksPerSecond() };
  } catch {
    return undefined;
  }
}

/** `pid` and every process below it (Linux /proc; just `pid` elsewhere), parents before children. */
function processTree(pid: number): ProcStat[] {
  const self = procStat(pid);
  if (!self) return [];
  let all: ProcStat[] = [];
  try {
    all = readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .flatMap((name) => procStat(Number(name)) ?? []);
  } catch {
    return [self];
  }
  const tree = [self];
  for (let i = 0; i < tree.length; i++) {
    const parent = tree[i] as ProcStat;
    tree.push(...all.filter((p) => p.ppid === parent.pid));
  }
  return tree;
}

/**
 * Spawns the bot as an operator would, with DISCORD_TOKEN and DISCORD_API_URL pointing at a fresh fake, and times
 * spawn → IDENTIFY, → READY sent, → the "bot ready" log line. `mode`:
 * - "npm": `npm start` (npm → node scripts/start.mjs, which finds dist/ up to date and imports dist/bot/main.js
 *   in the same process: what the README says to run);
 * - "dist": `node dist/bot/main.js` (the compiled bot alone: its RSS is the production bot's);
 * - "tsx": `node --import tsx src/bot/main.ts` (dev mode: TypeScript compiled at run time), for comparison.
 * RSS and CPU time are read from /proc once the bot is ready: RSS of the process running the bot (under `npm
 * start`, the node process npm started, not npm), CPU time of the whole process tree.
 */
async function startOnce(mode: StartMode, env: Record<string, string>): Promise<StartRun> {
  const command = START_COMMANDS[mode];
  const argv: [string, string[]] =
    mode === "npm"
      ? ["npm", ["start", "--silent"]]
      : mode === "dist"
        ? [process.execPath, [...PRODUCTION_NODE_FLAGS, "dist/bot/main.js"]]
        : [process.execPath, ["--import", TSX_LOADER, "src/bot/main.ts"]];
  const fake = await startFakeDiscord({ waitTimeoutMs: 20_000 });
  const t0 = performance.now();
  // its own process group, so that stopping it reaches the bot under npm (npm does not pass SIGTERM on)
  const child = spawn(argv[0], argv[1], {
    cwd: ROOT,
    env: childEnv(fake, env),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  let startingMs: number | undefined;
  let compiled = false;
  const readyLog = new Promise<number>((resolve, reject) => {
    watchLines(child, t0, (line, at) => {
      output.push(line);
      if (/^Compiling src\//.test(line)) compiled = true;
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
    const tree = child.pid ? processTree(child.pid) : [];
    const cpuMs = tree.length ? tree.reduce((sum, p) => sum + p.cpuMs, 0) : undefined;
    // let start-up garbage settle as it would in a bot that has just come up
    await new Promise((resolve) => setTimeout(resolve, 200));
    // the bot is the deepest process of the tree (npm → [sh →] node scripts/start.mjs; or node alone)
    const botPid = mode === "npm" ? (child.pid ? processTree(child.pid).at(-1)?.pid : undefined) : child.pid;
    const rssBytes = botPid ? rssOf(botPid) : undefined;
    return {
      ...(startingMs !== undefined ? { startingMs } : {}),
      identifyMs,
      readySentMs,
      readyLogMs,
      ...(cpuMs !== undefined ? { cpuMs } : {}),
      ...(rssBytes ? { rssBytes } : {}),
      ...(compiled ? { compiled } : {}),
    };
  } finally {
    await stopChild(child, { group: true });
    await fake.close();
  }
}

/**
 * Times start to ready for each mode, `runs` times, in rounds (npm, dist, tsx, npm, dist, tsx…) so that a busy
 * spell on a shared machine falls on every variant rather than on one. Each round first runs `npm run build`
 * (untimed; nothing to do unless src/ changed during the benchmark) so that `npm start` does not compile inside
 * its timing; a run that compiled anyway is flagged.
 */
export async function measureStartToReady(
  modes: readonly StartMode[],
  runs: number,
  env: Record<string, string> = {},
): Promise<{ starts: StartMeasurement[]; rebuilds: number }> {
  const results = new Map<StartMode, StartRun[]>(modes.map((m) => [m, []]));
  let rebuilds = 0;
  for (let i = 0; i < runs; i++) {
    if (buildDist().compiled) rebuilds++;
    for (const mode of modes) results.get(mode)?.push(await startOnce(mode, env));
  }
  const starts = modes.map((mode): StartMeasurement => {
    const runsOf = results.get(mode) ?? [];
    const rss = runsOf.flatMap((r) => (r.rssBytes ? [r.rssBytes] : []));
    const cpu = runsOf.flatMap((r) => (r.cpuMs !== undefined ? [r.cpuMs] : []));
    return {
      mode,
      command: START_COMMANDS[mode],
      runs: runsOf,
      readyLog: summarise(runsOf.map((r) => r.readyLogMs)),
      readySent: summarise(runsOf.map((r) => r.readySentMs)),
      ...(cpu.length ? { cpu: summarise(cpu) } : {}),
      ...(rss.length ? { rss: summarise(rss) } : {}),
    };
  });
  return { starts, rebuilds };
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
      // One simulated user sends thousands of commands: measure answers, not cooldown notices.
      { logger, knowledge, clientOptions: FAST_CLIENT_OPTIONS as never, cooldowns: false },
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
  const reply = await response.reply();
  if (!reply.embeds?.length)
    throw new Error(`no answer embed for ${JSON.stringify(question)}: ${JSON.stringify(reply)}`);
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
  /** RSS when the child reported ready, before any forced GC */
  readyRss?: number;
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
  rss?: number;
  memory?: MemoryPoint;
  error?: string;
}

/**
 * Starts the production bot in a child (`node --expose-gc bench/bot-child.mjs`: the tsc output in dist/, no
 * TypeScript loader; run `buildDist` first) against a fake in this process, sends `answers` /ask interactions
 * through Discord, and reads the child's memory after forced GCs.
 */
export async function measureMemory(
  questions: string[],
  answers: number,
  concurrency = 8,
  /** sends the n-th question (default: `/ask` the questions in turn, as one user) */
  send: (fake: FakeDiscord, n: number) => Promise<unknown> = (fake, n) =>
    askOverDiscord(fake, questions[n % questions.length] as string),
): Promise<MemoryMeasurement> {
  const fake = await startFakeDiscord({ waitTimeoutMs: 30_000, interactionDeadlineMs: 30_000 });
  await deployCommands({
    token: TOKEN,
    applicationId: fake.applicationId,
    guildId: fake.guildId,
    apiUrl: fake.apiUrl,
  });
  const child = fork(fileURLToPath(new URL("./bot-child.mjs", import.meta.url)), [], {
    cwd: ROOT,
    env: childEnv(fake, {}),
    execArgv: ["--expose-gc"],
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
          await send(fake, sent++);
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
      ...(ready.rss ? { readyRss: ready.rss } : {}),
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
