/**
 * Deferred only when slow: a command not decided within the defer threshold is acknowledged with "thinking…"
 * (private if the answer will be) and completed through the interaction webhook; a quick one is answered
 * inline. And before the knowledge base is loaded the endpoint is live but not ready.
 */
import { REST } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/bot/logger.ts";
import { askCommand, findMessageCommand, findSlashCommand } from "../../src/commands/registry.ts";
import { createHttpEndpoint } from "../../src/http/server.ts";
import type { CommandTable, RunnableSlashCommand } from "../../src/interactions/context.ts";
import { HttpInteractions } from "../e2e/fake-discord/index.ts";
import { visibleText } from "../e2e/helpers/replies.ts";
import { type HttpHarness, startHttpHarness } from "./helpers/http-harness.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** /ask, answered after 200 ms (a slow step such as rendering a picture), or failing after it. */
const slow = (name: string, fail = false): RunnableSlashCommand => ({
  ...askCommand,
  definition: { ...askCommand.definition, name },
  async execute(input, context) {
    await sleep(200);
    if (fail) throw new Error("slow step failed");
    return askCommand.execute(input, context);
  },
});

const commands: CommandTable = {
  slash: (name) =>
    name === "slow" ? slow("slow") : name === "slowfail" ? slow("slowfail", true) : findSlashCommand(name),
  message: findMessageCommand,
};

let h: HttpHarness;

beforeAll(async () => {
  h = await startHttpHarness({ commands, deferAfterMs: 50 });
});

afterAll(async () => {
  await h?.stop();
});

describe("deferring", () => {
  it("a quick command is answered inline", async () => {
    const response = await h.discord.sendSlashCommand({
      name: "ask",
      options: { question: "who co-chaired round 2?" },
    });
    expect(response.type).toBe(4);
  });

  it("a slow command is deferred, then its answer edits the original through the webhook", async () => {
    const response = await h.discord.sendSlashCommand({
      name: "slow",
      options: { question: "who co-chaired round 2?" },
    });
    expect(response.type).toBe(5);
    expect(response.data?.flags ?? 0).toBe(0);
    const answer = await response.reply();
    expect(answer.via).toBe("edit");
    expect(answer.embeds[0]?.title).toMatch(/co-chairs/i);
    expect(answer.allowedMentions).toEqual({ parse: [] });
    const edit = h.fake.requests.find((r) => r.method === "PATCH" && r.route.includes(`/${response.token}/`));
    expect(edit?.headers.authorization).toBeUndefined();
  });

  it("a slow private answer is deferred privately", async () => {
    const response = await h.discord.sendSlashCommand({
      name: "slow",
      options: { question: "who co-chaired round 2?", private: true },
    });
    expect(response.type).toBe(5);
    expect(response.data?.flags).toBe(64);
    expect((await response.reply()).ephemeral).toBe(true);
  });

  it("a slow command that fails gets the error notice as a follow-up", async () => {
    const response = await h.discord.sendSlashCommand({ name: "slowfail", options: { question: "x" } });
    expect(response.type).toBe(5);
    const notice = await response.followUp(0);
    expect(visibleText(notice)).toMatch(/Reference: `[0-9a-f]{8}`/);
    expect(notice.allowedMentions).toEqual({ parse: [] });
  });
});

describe("before the knowledge base is loaded", () => {
  it("is live, not ready, and answers interactions 503", async () => {
    const logger = createLogger({ level: "silent", destination: { write() {} } });
    const discord = new HttpInteractions(h.fake, "");
    const endpoint = createHttpEndpoint({
      publicKey: discord.publicKeyHex,
      logger,
      context: () => undefined,
      rest: new REST({ api: h.fake.apiUrl }),
    });
    const port = await endpoint.listen(0, "127.0.0.1");
    discord.url = `http://127.0.0.1:${port}/interactions`;
    try {
      expect((await fetch(`http://127.0.0.1:${port}/livez`)).status).toBe(200);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({
        live: true,
        ready: false,
        checks: { knowledgeBase: false },
      });
      expect((await discord.post(JSON.stringify({ type: 1, id: "1" }))).status).toBe(503);
    } finally {
      await endpoint.stop();
    }
  });
});
