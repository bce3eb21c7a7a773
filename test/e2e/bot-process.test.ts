/** `npm start` as a child process: connected to the fake Discord with a token, and the console without one. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployCommands } from "../../src/bot/deploy.ts";
import { DEFAULT_IDS, type FakeDiscord, startFakeDiscord } from "./fake-discord/index.ts";
import { type Child, cleanEnv, nodeMain, npm } from "./helpers/child.ts";
import { TEST_TOKEN, visibleText } from "./helpers/replies.ts";

describe("npm start with a token", () => {
  let fake: FakeDiscord;
  let child: Child | undefined;

  beforeAll(async () => {
    // A freshly spawned process on a busy machine can take longer than Discord's 3 s for its very first
    // answer (cold JIT); this test is about the wiring of `npm start`, so the fake is patient.
    fake = await startFakeDiscord({ waitTimeoutMs: 20_000, interactionDeadlineMs: 20_000 });
  });

  afterAll(async () => {
    child?.terminate("SIGKILL");
    await fake?.close();
  });

  it("connects, answers /cochairs round:2 for a colleague, and shuts down cleanly on SIGTERM", async () => {
    await deployCommands({
      token: TEST_TOKEN,
      applicationId: fake.applicationId,
      guildId: fake.guildId,
      apiUrl: fake.apiUrl,
    });
    child = npm(["start"], cleanEnv({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl }));
    await fake.waitForReady(1, { timeoutMs: 30_000 });
    const bob = DEFAULT_IDS.userIds[1];
    const response = await fake.sendSlashCommand({ name: "cochairs", options: { round: "2", for: bob } });
    const reply = await response.reply();
    const text = visibleText(reply);
    expect(text).toContain("Mizushima");
    expect(text).toContain("McKinnon");
    expect(reply.content).toContain(`<@${bob}>`);
    expect(reply.allowedMentions).toEqual({ parse: [], users: [bob] });
    expect(reply.message.mentions.map((user) => user.id)).toEqual([bob]);
    await child.waitForOutput(/"msg":"interaction"/);
    expect(child.stdout() + child.stderr()).not.toContain(TEST_TOKEN);
    // Ctrl-C / SIGTERM reach the whole process group (npm, sh, tsx, the bot); npm itself dies of the signal,
    // the bot shuts down cleanly: it logs, destroys the client and exits.
    child.terminate();
    await child.closed;
    expect(child.stdout()).toMatch(/"msg":"shutting down"/);
    expect(child.stdout()).toMatch(/"msg":"bot stopped"/);
  }, 60_000);

  it("the bot process itself exits 0 on SIGTERM and on SIGINT", async () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const readies = fake.gateway.readies.items.length;
      const bot = nodeMain(cleanEnv({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl }));
      child = bot;
      await fake.waitForReady(readies + 1, { timeoutMs: 30_000 });
      await bot.waitForOutput(/"msg":"bot ready"/);
      bot.terminate(signal);
      expect(await bot.exited).toBe(0);
    }
  }, 60_000);
});

describe("npm start without a token: the console", () => {
  it("answers a piped question and exits 0", async () => {
    const child = npm(["start"], cleanEnv(), "who co-chaired the 2nd dialogue?\n");
    expect(await child.exited).toBe(0);
    expect(child.stdout()).toContain("Mizushima");
    expect(child.stdout()).toContain("McKinnon");
  }, 60_000);

  it("speaks the same commands as Discord, one answer a line", async () => {
    const input = [
      "/cochairs 2",
      "/agencies 2 australia",
      "/round latest",
      "/next",
      "/search feakin",
      "/help",
      "/nope",
      "",
    ].join("\n");
    const child = npm(["start"], cleanEnv(), input);
    expect(await child.exited).toBe(0);
    const out = child.stdout();
    expect(out).toContain("McKinnon");
    expect(out).toContain("CERT Australia");
    expect(out).toContain("Feakin");
    expect(out).toContain("/cochairs");
    expect(out).toContain("Unknown command /nope");
    expect(out).not.toMatch(/"level":/); // logs stay on stderr
  }, 60_000);

  it("refuses a bad configuration, naming the variable but not its value", async () => {
    const child = npm(["start"], cleanEnv({ DISCORD_GUILD_ID: "my-secret-guild" }), "");
    expect(await child.exited).toBe(1);
    expect(child.stderr()).toContain("DISCORD_GUILD_ID");
    expect(child.stderr()).not.toContain("my-secret-guild");
  }, 60_000);
});
