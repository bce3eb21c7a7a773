/**
 * Starts the real bot (the real discord.js Client with the project's wiring) against the fake Discord,
 * with the fixture knowledge base and the real engine unless a test swaps them.
 */
import { fileURLToPath } from "node:url";
import { type RunningBot, type StartBotOptions, startBot } from "../../../src/bot/bot.ts";
import { deployCommands } from "../../../src/bot/deploy.ts";
import { type BuildAnswerer, KnowledgeHolder } from "../../../src/bot/knowledge-holder.ts";
import { createLogger } from "../../../src/bot/logger.ts";
import { createAnswerer } from "../../../src/knowledge/answerer.ts";
import { type FakeDiscord, type FakeDiscordOptions, startFakeDiscord } from "../fake-discord/index.ts";
import { type LogLine, TEST_TOKEN } from "./replies.ts";

export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  knowledge: KnowledgeHolder;
  /** Every log line the bot wrote, parsed. */
  logs: LogLine[];
  /** Raw log output, to check that nothing secret was written. */
  rawLogs: string[];
  /** Stops the bot and starts a new one (fresh process memory) against the same fake Discord. */
  restartBot(): Promise<RunningBot>;
  stop(): Promise<void>;
}

/** The bot's tests answer from the fixture knowledge base (a frozen copy of data/), as the engine's tests do. */
export const FIXTURE_KB_DIR = fileURLToPath(new URL("../../fixtures/kb/", import.meta.url));

export function loadKnowledge(
  build: BuildAnswerer = createAnswerer,
  dir: string = FIXTURE_KB_DIR,
): KnowledgeHolder {
  const loaded = KnowledgeHolder.load(dir, build);
  if (!loaded.ok) throw new Error(`the knowledge base does not load: ${JSON.stringify(loaded.errors)}`);
  return loaded.holder;
}

/** Options that make the real client fast against a local fake; none changes the bot's behaviour. */
export const FAST_CLIENT_OPTIONS = {
  rest: { globalRequestsPerSecond: 1e6, retries: 0 },
  waitGuildTimeout: 100,
  ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
} as const;

export interface HarnessOptions {
  fake?: FakeDiscordOptions;
  build?: BuildAnswerer;
  register?: boolean;
  /** Off unless given: most tests send many commands as one user. */
  cooldowns?: StartBotOptions["cooldowns"];
  /** The data folder to load (and reload from, with `reload`); data/ by default. */
  kbDir?: string;
  /** Offer /reload (from `kbDir`); `watch` also reloads on file changes. */
  reload?: { watch?: boolean; debounceMs?: number };
  /** Default FAST_CLIENT_OPTIONS. */
  clientOptions?: StartBotOptions["clientOptions"];
  /** Follow-up memory (conversations remembered, TTL); the bot's default unless given. */
  turns?: StartBotOptions["turns"];
  /** Default "debug". */
  logLevel?: string;
  drainMs?: number;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await startFakeDiscord(options.fake);
  const logs: LogLine[] = [];
  const rawLogs: string[] = [];
  const logger = createLogger({
    level: options.logLevel ?? "debug",
    destination: {
      write(line: string) {
        rawLogs.push(line);
        logs.push(JSON.parse(line) as LogLine);
      },
    },
  });
  const build = options.build ?? createAnswerer;
  const kbDir = options.kbDir ?? FIXTURE_KB_DIR;
  const knowledge = loadKnowledge(build, kbDir);
  if (options.register !== false) {
    await deployCommands({
      token: TEST_TOKEN,
      applicationId: fake.applicationId,
      guildId: fake.guildId,
      apiUrl: fake.apiUrl,
    });
  }
  const start = () =>
    startBot(
      { token: TEST_TOKEN, apiUrl: fake.apiUrl },
      {
        logger,
        knowledge,
        cooldowns: options.cooldowns ?? false,
        clientOptions: (options.clientOptions ?? FAST_CLIENT_OPTIONS) as never,
        ...(options.reload ? { reload: { dir: kbDir, build, ...options.reload } } : {}),
        ...(options.drainMs !== undefined ? { drainMs: options.drainMs } : {}),
        ...(options.turns ? { turns: options.turns } : {}),
      },
    );
  try {
    const harness: Harness = {
      fake,
      bot: await start(),
      knowledge,
      logs,
      rawLogs,
      async restartBot() {
        await harness.bot.stop();
        harness.bot = await start();
        return harness.bot;
      },
      async stop() {
        await harness.bot.stop();
        await fake.close();
      },
    };
    return harness;
  } catch (error) {
    await fake.close();
    throw error;
  }
}
