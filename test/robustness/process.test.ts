/**
 * The bot as a real process (`node --import tsx src/bot/main.ts`) against the fake Discord: a rejection inside
 * discord.js is logged and survived; SIGTERM with answers in flight lets them finish, disconnects and exits 0
 * within 2 s; at LOG_LEVEL=trace nothing it prints contains the token.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployCommands } from "../../src/bot/deploy.ts";
import { type FakeDiscord, startFakeDiscord } from "../e2e/fake-discord/index.ts";
import { type Child, cleanEnv, nodeMain } from "../e2e/helpers/child.ts";
import { visibleText } from "../e2e/helpers/replies.ts";

/** Shaped like a real token: discord.js would print its first two parts at login if the bot let it. */
const TOKEN = "MTI1MDAwMDAwMDAwMDAwMDAwMQ.GhJk9a.x9Yq2Zr8TtU4vWw5bC1dE3fG7hI0jK6lM2nO8pQ";

let fake: FakeDiscord;
let child: Child | undefined;

beforeAll(async () => {
  // a freshly spawned process can be slow to answer its very first interaction (cold JIT): a patient fake
  fake = await startFakeDiscord({ waitTimeoutMs: 20_000, interactionDeadlineMs: 20_000 });
  await deployCommands({
    token: TOKEN,
    applicationId: fake.applicationId,
    guildId: fake.guildId,
    apiUrl: fake.apiUrl,
  });
});

afterAll(async () => {
  child?.terminate("SIGKILL");
  await fake?.close();
});

const until = async (condition: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};
const lines = () =>
  (child?.stdout() ?? "")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe("the bot process", () => {
  it("survives a rejection inside discord.js, finishes in-flight answers on SIGTERM and exits 0 within 2 s", async () => {
    child = nodeMain(cleanEnv({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: "trace" }));
    await fake.waitForReady(1, { timeoutMs: 30_000 });
    await child.waitForOutput(/"msg":"bot ready"/, 30_000);
    const warm = await (await fake.sendSlashCommand({ name: "cochairs", options: { round: "2" } })).reply();
    expect(visibleText(warm)).toContain("McKinnon");

    // a malformed gateway payload makes discord.js throw inside its own handler: an unhandled rejection
    const {
      entitlements: _e,
      authorizing_integration_owners: _a,
      ...malformed
    } = fake.payloads.slashCommand({
      name: "cochairs",
      options: { round: "2" },
    }).payload as unknown as Record<string, unknown>;
    fake.dispatch("INTERACTION_CREATE", malformed);
    await child.waitForOutput(/"msg":"unhandled rejection"/);
    const survived = await (
      await fake.sendSlashCommand({ name: "cochairs", options: { round: "3" } })
    ).reply();
    expect(visibleText(survived)).toContain("Feakin");
    expect(lines().filter((l) => l.event === "unhandled_rejection")).toHaveLength(1);
    expect(lines().find((l) => l.event === "unhandled_rejection")).toMatchObject({
      level: 50,
      err: { type: "TypeError" },
    });

    // two answers in flight: an interaction reply and a mention reply, each held up 800 ms by Discord
    const callback = fake.failNext({ method: "POST", pathPattern: /\/callback$/, delayMs: 800 });
    const post = fake.failNext({ method: "POST", pathPattern: "/channels/:channel/messages", delayMs: 800 });
    const { interactionId } = fake.dispatchInteraction(fake.payloads.slashCommand({ name: "next" }));
    const mention = await fake.sendMessage({ content: `<@${fake.botUserId}> who co-chaired the 2nd round?` });
    await until(() => callback.hits === 1 && post.hits === 1);

    const signalled = Date.now();
    child.terminate("SIGTERM");
    const code = await child.exited;
    const tookMs = Date.now() - signalled;
    expect(code).toBe(0);
    expect(tookMs).toBeLessThan(2000);
    // both in-flight replies reached Discord before the process went
    const answered = fake.requests.filter((r) => r.faulted === false && r.status < 300);
    expect(answered.some((r) => r.route.startsWith(`/interactions/${interactionId}/`))).toBe(true);
    expect(
      fake.channelMessages.some((m) => m.body.message_reference?.message_id === mention.message.id),
    ).toBe(true);
    const stopped = lines().find((l) => l.msg === "bot stopped");
    // (at least the two held up; under load another answer may still be on its way too)
    expect(stopped).toMatchObject({ drained: true });
    expect(stopped?.pending).toBeGreaterThanOrEqual(2);
    // …and the bot was still there to see them succeed: it logs each answer once its reply went through
    expect(lines().some((l) => l.msg === "interaction" && l.interactionId === interactionId)).toBe(true);
    expect(lines().some((l) => l.msg === "message" && l.messageId === mention.message.id)).toBe(true);

    // nothing it printed, at trace level, contains the token or any of its parts
    const output = child.stdout() + child.stderr();
    expect(lines().some((l) => l.level === 10)).toBe(true);
    for (const part of [TOKEN, ...TOKEN.split(".")]) expect(output).not.toContain(part);
  }, 60_000);

  it("exits 1 when Discord closes the gateway for good (e.g. the token was reset)", async () => {
    child = nodeMain(cleanEnv({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl }));
    const readies = fake.gateway.readies.items.length;
    await fake.waitForReady(readies + 1, { timeoutMs: 30_000 });
    await child.waitForOutput(/"msg":"bot ready"/, 30_000);
    fake.dropConnection({ code: 4004 }); // Authentication failed: discord.js will not reconnect
    expect(await child.exited).toBe(1);
    expect(lines()).toContainEqual(
      expect.objectContaining({ level: 60, msg: "gateway", event: "disconnected", code: 4004 }),
    );
    expect(lines().some((l) => l.msg === "bot stopped")).toBe(true);
  }, 60_000);
});
