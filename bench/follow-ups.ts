/**
 * Memory over many follow-ups from many people: runs bench/follow-ups-child.ts in a child with forced GCs
 * (`node --expose-gc --import tsx`) and reads its figures. Flat memory means the heap after the last
 * follow-up is within the tolerance of the heap once every person has opened a conversation.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { DEFAULT_IDS, type FakeDiscord } from "../test/e2e/fake-discord/index.ts";
import { type MemoryMeasurement, measureMemory } from "./bot.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const TSX_LOADER = createRequire(import.meta.url).resolve("tsx");

export interface FollowUpPoint {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export interface FollowUpMeasurement {
  people: number;
  followUps: number;
  channels: number;
  /** the bound of the conversation store (DEFAULT_TURN_STORE.max) */
  storeMax: number;
  gc: boolean;
  afterStart: FollowUpPoint;
  /** once every person has asked an opening question */
  opened: FollowUpPoint;
  openedMs: number;
  followUpMs: number;
  series: { followUps: number; memory: FollowUpPoint; conversations: number }[];
  /** where each follow-up's context came from */
  sources: { reply: number; recent: number; none: number };
  /** follow-ups the engine understood (intent other than unknown) */
  understood: number;
}

/** Heap growth allowed from "everyone opened" to the last follow-up for memory to count as flat. */
export const FOLLOW_UP_HEAP_TOLERANCE = 2 * 1024 * 1024;

export async function measureFollowUps(
  people: number,
  followUps: number,
  channels = 20,
): Promise<FollowUpMeasurement> {
  const child = spawn(
    process.execPath,
    [
      "--expose-gc",
      "--import",
      TSX_LOADER,
      "bench/follow-ups-child.ts",
      String(people),
      String(followUps),
      String(channels),
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LOG_LEVEL: "silent" } },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  if (code !== 0) throw new Error(`follow-ups child exited ${code}: ${stderr.slice(-2000)}`);
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as FollowUpMeasurement;
}

/** Least-squares slope of the heap after GC, in bytes per follow-up. */
export function followUpHeapSlope(m: FollowUpMeasurement): number {
  const points = m.series.map((p) => [p.followUps, p.memory.heapUsed] as const);
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}

/** Openings and follow-ups of the Discord run (each person opens, then follows up in turn). */
const OPENERS = [
  (n: number) => `who co-chaired round ${n}?`,
  (n: number) => `tell me about round ${n}`,
  (n: number) => `第${n}回はどこで開催された？`,
];
const FOLLOW_UPS = [
  "and the australian side?",
  "where?",
  "who were the co-chairs?",
  "日付は？",
  "and the japanese side?",
];

/**
 * The same conversations through the production bot (bench/bot-child.mjs on dist/: the real discord.js client,
 * its caches included) and the fake Discord: `people` distinct users in two channels each open with `/ask`,
 * then ask `followUps` follow-ups by `/ask`. The series is the child's memory every 1,000 questions.
 */
export function measureFollowUpsOverDiscord(
  people: number,
  followUps: number,
  rounds: number[],
): Promise<MemoryMeasurement> {
  const send = async (fake: FakeDiscord, n: number) => {
    const person = n % people;
    const question =
      n < people
        ? (OPENERS[person % OPENERS.length] as (r: number) => string)(
            rounds[person % rounds.length] as number,
          )
        : (FOLLOW_UPS[(n + person) % FOLLOW_UPS.length] as string);
    const id = String(1_300_000_000_000_000_000n + BigInt(person));
    const response = await fake.sendSlashCommand({
      name: "ask",
      options: { question },
      user: { id, username: `person${person}` },
      channelId: DEFAULT_IDS.channelIds[person % DEFAULT_IDS.channelIds.length],
    });
    const reply = await response.reply();
    if (!reply.embeds?.length) throw new Error(`no answer embed for ${JSON.stringify(question)}`);
  };
  return measureMemory([], people + followUps, 8, send);
}
