/**
 * Hostile input through the real discord.js client against the fake Discord: a few hundred random strings as
 * /ask questions, @mentions and DMs. Every reply must be well formed (the fake validates Discord's limits and
 * would answer 400 otherwise), ping nobody and show no live mention.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH } from "../../src/commands/ask.ts";
import type { SentMessage } from "../e2e/fake-discord/index.ts";
import { type Harness, startHarness } from "../e2e/helpers/bot-harness.ts";
import { hostileText } from "./helpers/arbitraries.ts";
import { bodyProblems } from "./helpers/well-formed.ts";

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.stop();
});

/** The same strings on every run (seeded), so a failure can be replayed. */
const sample = (max: number, n: number, seed: number) => fc.sample(hostileText(max), { numRuns: n, seed });

function expectWellFormed(reply: SentMessage, what: string) {
  expect(bodyProblems(reply.body), what).toEqual([]);
  expect(reply.message.mentions, what).toEqual([]);
  expect(reply.message.mention_everyone, what).toBe(false);
  expect(reply.message.mention_roles, what).toEqual([]);
}

/** Runs `send` over `items`, `width` at a time. */
async function inBatches<T>(items: T[], width: number, send: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(send));
}

describe("hostile input through the real client", () => {
  it("/ask: 150 random questions (up to Discord's 500 characters) each get a well-formed reply", async () => {
    const questions = sample(MAX_QUESTION_LENGTH, 150, 42);
    await inBatches(questions, 10, async (question) => {
      const response = await h.fake.sendSlashCommand({ name: "ask", options: { question } });
      expect(response.type).toBe(4);
      expectWellFormed(await response.reply(), JSON.stringify(question).slice(0, 100));
    });
  });

  it("@mention: 100 random messages (up to 2000 characters) each get one well-formed reply", async () => {
    const texts = sample(1970, 100, 7);
    const before = h.fake.channelMessages.length;
    // one at a time: a reply is matched to its message by the channel it lands in
    for (const text of texts) {
      const sent = await h.fake.sendMessage({ content: `<@${h.fake.botUserId}> ${text}` });
      const reply = await sent.reply();
      expect(reply.body.message_reference?.message_id).toBe(sent.message.id);
      expectWellFormed(reply, JSON.stringify(text).slice(0, 100));
    }
    expect(h.fake.channelMessages.length - before).toBe(texts.length);
  });

  it("DM: 50 random messages each get a well-formed reply", async () => {
    const texts = sample(1999, 50, 99).map((t) => (t.trim() === "" ? `${t}?` : t));
    for (const text of texts) {
      const sent = await h.fake.sendMessage({ content: text, dm: true });
      expectWellFormed(await sent.reply(), JSON.stringify(text).slice(0, 100));
    }
  });

  it("nothing failed along the way: no 4xx from the fake, no error logged", () => {
    const rejected = h.fake.requests.filter((r) => r.status >= 400);
    expect(
      rejected.map((r) => `${r.method} ${r.route} ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`),
    ).toEqual([]);
    expect(h.logs.filter((l) => l.level >= 50)).toEqual([]);
  });
});
