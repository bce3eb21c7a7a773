/**
 * Follow-ups end to end: the real bot (real discord.js client, real wiring) against the fake Discord.
 * First with a stand-in engine that shows exactly which context each question was read in (so the transport is
 * judged whatever the engine reads), then with the real engine and knowledge base.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contextAnswerer } from "../bot/helpers/context-answerer.ts";
import { DEFAULT_IDS, type OptionValue, type SentMessage } from "./fake-discord/index.ts";
import { type Harness, startHarness } from "./helpers/bot-harness.ts";
import { customIds, type LogLine, visibleText, waitForLog } from "./helpers/replies.ts";

const [alice, bob] = DEFAULT_IDS.userIds;
const [general, other] = DEFAULT_IDS.channelIds;

/** `/ask` as someone, in a channel; the answer and its log line. */
async function ask(
  h: Harness,
  question: string,
  extra: { user?: string; channelId?: string; options?: Record<string, OptionValue> } = {},
) {
  const response = await h.fake.sendSlashCommand({
    name: "ask",
    options: { question, ...extra.options },
    ...(extra.user ? { user: extra.user } : {}),
    ...(extra.channelId ? { channelId: extra.channelId } : {}),
  });
  const message = await response.reply();
  const log = await waitForLog(
    h.logs,
    (l) => l.msg === "interaction" && l.interactionId === response.interactionId,
  );
  return { message, text: visibleText(message), log };
}

/** A message to the bot (a mention, a DM, or a reply to one of its answers); the bot's reply and log line. */
async function say(
  h: Harness,
  content: string,
  extra: { user?: string; dm?: boolean; replyTo?: SentMessage; channelId?: string } = {},
) {
  const mention = extra.dm || extra.replyTo ? "" : `<@${h.fake.botUserId}> `;
  const sent = await h.fake.sendMessage({
    content: `${mention}${content}`,
    author: extra.user ?? alice,
    ...(extra.dm ? { dm: true } : {}),
    ...(extra.replyTo ? { replyTo: extra.replyTo } : {}),
    ...(extra.channelId ? { channelId: extra.channelId } : {}),
  });
  const message = await sent.reply();
  const log = await waitForLog(
    h.logs,
    (l: LogLine) => l.msg === "message" && l.messageId === sent.message.id,
  );
  return { message, text: visibleText(message), log };
}

describe("follow-ups: how the transport carries context (stand-in engine)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ build: () => contextAnswerer() });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("/ask by the same person in the same channel reads the previous question's context", async () => {
    const first = await ask(h, "who co-chaired round 2?");
    expect(first.text).toContain("Round 2\non its own");
    expect(first.log.followUp).toBeUndefined();
    const next = await ask(h, "and the other side?");
    expect(next.text).toContain("Round 2\nas a follow-up");
    expect(next.log.followUp).toBe("recent");
  });

  it("two people in one channel never share context", async () => {
    await ask(h, "who co-chaired round 2?", { user: alice });
    await ask(h, "who co-chaired round 3?", { user: bob });
    expect((await ask(h, "and then?", { user: alice })).text).toContain("Round 2\nas a follow-up");
    expect((await ask(h, "and then?", { user: bob })).text).toContain("Round 3\nas a follow-up");
    // a third person has none
    const carol = await h.fake.sendSlashCommand({
      name: "ask",
      options: { question: "and then?" },
      user: { id: "1250000000000000203", username: "carol" },
    });
    expect(visibleText(await carol.reply())).toContain("No round");
  });

  it("context belongs to one channel: the same person elsewhere starts afresh", async () => {
    await ask(h, "who co-chaired round 4?", { channelId: general });
    expect((await ask(h, "and then?", { channelId: other })).text).toContain("No round");
    expect((await ask(h, "and then?", { channelId: general })).text).toContain("Round 4");
  });

  it("a mention follows up the same person's /ask in that channel, and the other way round", async () => {
    await ask(h, "who co-chaired round 1?");
    const mention = await say(h, "and then?");
    expect(mention.text).toContain("Round 1\nas a follow-up");
    expect(mention.log.followUp).toBe("recent");
    await say(h, "round 5 please");
    expect((await ask(h, "and then?")).text).toContain("Round 5\nas a follow-up");
  });

  it("in a DM, follow-ups work too; a DM's context stays in the DM", async () => {
    await ask(h, "who co-chaired round 2?", { channelId: general });
    const first = await say(h, "who co-chaired round 4?", { dm: true });
    expect(first.text).toContain("Round 4\non its own");
    expect((await say(h, "and then?", { dm: true })).text).toContain("Round 4\nas a follow-up");
    expect((await ask(h, "and then?", { channelId: general })).text).toContain("Round 2");
  });

  it("/ask short:true asks the engine for a short answer", async () => {
    expect((await ask(h, "round 3", { options: { short: true } })).text).toContain("on its own (short)");
  });

  it("the answer carries its context in its delete button, within 100 characters", async () => {
    const { message } = await ask(h, "who co-chaired round 3?");
    const [remove] = customIds(message).filter((id) => id.startsWith("dd:del:"));
    expect(remove).toBe(`dd:del:${alice}:e3/cochairs:3`);
  });

  it("a reply to an answer reads THAT answer's context, even after a restart, whoever replies", async () => {
    const answer = (await ask(h, "who co-chaired round 2?")).message;
    await ask(h, "who co-chaired round 5?"); // alice's recent turn is now round 5
    await h.restartBot(); // process memory gone
    const reply = await say(h, "and the other side?", { replyTo: answer });
    expect(reply.text).toContain("Round 2\nas a follow-up");
    expect(reply.log.followUp).toBe("reply");
    // the restarted bot has no recent turn: a plain mention stands alone...
    expect((await say(h, "and then?", { user: bob })).text).toContain("No round");
    // ...and bob, replying to alice's answer, is reading that answer
    expect((await say(h, "and then?", { user: bob, replyTo: answer })).text).toContain("Round 2");
  });

  it("a reply in a DM after a restart reads the DM answer's context", async () => {
    const answer = (await say(h, "who co-chaired round 3?", { dm: true })).message;
    await h.restartBot();
    const reply = await say(h, "and then?", { dm: true, replyTo: answer });
    expect(reply.text).toContain("Round 3\nas a follow-up");
    expect(reply.log.followUp).toBe("reply");
  });

  it("a reply to a bot message without context (an old answer) uses the recent turn instead", async () => {
    await ask(h, "who co-chaired round 1?");
    const old = await h.fake.sendButton({ customId: "dd:zap:1" }).then((r) => r.reply()); // a notice, no context
    const reply = await say(h, "and then?", { replyTo: old });
    expect(reply.text).toContain("Round 1\nas a follow-up");
    expect(reply.log.followUp).toBe("recent");
  });
});

describe("follow-ups forget after the TTL", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ build: () => contextAnswerer(), turns: { max: 100, ttlMs: 300 } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("a question more than the TTL after the previous one stands alone", async () => {
    await ask(h, "who co-chaired round 2?");
    expect((await ask(h, "and then?")).text).toContain("Round 2");
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await ask(h, "and then?")).text).toContain("No round");
  });
});

describe("follow-ups with the real engine", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("/ask: 'who co-chaired round 2?' then 'and the australian side?' names Australia's co-chair only", async () => {
    expect((await ask(h, "who co-chaired round 2?")).text).toContain("Mizushima");
    const next = await ask(h, "and the australian side?");
    expect(next.text).toContain("McKinnon");
    expect(next.text).not.toContain("Mizushima");
  });

  it("'tell me about round 1' then 'who were the co-chairs?' answers about round 1", async () => {
    await ask(h, "tell me about round 1");
    const next = await ask(h, "who were the co-chairs?");
    expect(next.text).toMatch(/1st round/);
    expect(next.text).not.toMatch(/3rd round|5th round/);
    expect(next.log.followUp).toBe("recent");
  });

  it("a reply to the answer after a restart; two people never share context", async () => {
    const answer = (await ask(h, "who co-chaired round 2?", { user: alice })).message;
    await ask(h, "who co-chaired round 3?", { user: bob });
    await h.restartBot();
    const reply = await say(h, "and the australian side?", { replyTo: answer });
    expect(reply.text).toContain("McKinnon");
    expect(reply.text).not.toContain("Mizushima");
    expect(reply.log.followUp).toBe("reply");
    // bob's own conversation (after the restart, his follow-up by /ask is read on its own, not in alice's)
    const bobs = await ask(h, "who co-chaired round 3?", { user: bob });
    expect(bobs.text).toContain("Feakin");
    const bobNext = await ask(h, "and the australian side?", { user: bob });
    expect(bobNext.text).toContain("Feakin");
    expect(bobNext.text).not.toContain("McKinnon");
    const aliceNext = await ask(h, "and the australian side?", { user: alice });
    expect(aliceNext.text).toContain("McKinnon");
  });

  it("in a DM: 「第3回はどこで開催された？」 then 「日付は？」 answers about round 3", async () => {
    const first = await say(h, "第3回はどこで開催された？", { dm: true });
    expect(first.text).toContain("東京");
    const next = await say(h, "日付は？", { dm: true });
    expect(next.text).toContain("2017年12月11日");
    expect(next.log.followUp).toBe("recent");
  });
});
