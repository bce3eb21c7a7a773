/**
 * Abuse against the real bot with its default cooldowns: one person asking too fast, a crowd flooding a channel
 * with mentions, other bots (and the bot itself) talking to it, and Discord answering 429 in the middle of it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_COOLDOWNS } from "../../src/bot/cooldown.ts";
import { DEFAULT_IDS, type FakeUser } from "../e2e/fake-discord/index.ts";
import { FAST_CLIENT_OPTIONS, type Harness, startHarness } from "../e2e/helpers/bot-harness.ts";
import { waitForLog } from "../e2e/helpers/replies.ts";

const CHANNELS = { general: "1250000000000000101", faq: "1250000000000000102", flood: "1250000000000000103" };
const { user: USER, channel: CHANNEL } = DEFAULT_COOLDOWNS;

let h: Harness;
let userCount = 0;
/** A fresh person, so each test starts with a clean cooldown. */
const person = (): FakeUser => {
  userCount++;
  return {
    id: `1250000000000${String(10_000 + userCount).padStart(6, "0")}`,
    username: `person-${userCount}`,
  };
};

beforeAll(async () => {
  h = await startHarness({
    cooldowns: DEFAULT_COOLDOWNS,
    // production REST behaviour (retries, rate-limit handling), only without the 50 requests/s global cap
    clientOptions: { ...FAST_CLIENT_OPTIONS, rest: { globalRequestsPerSecond: 1e6 } },
    fake: {
      guilds: [
        {
          id: DEFAULT_IDS.guildId,
          name: "Cyber Policy Dialogue",
          channels: [
            { id: CHANNELS.general, name: "general" },
            { id: CHANNELS.faq, name: "faq" },
            { id: CHANNELS.flood, name: "flood" },
          ],
        },
      ],
    },
  });
});

afterAll(async () => {
  await h?.stop();
});

const messageLogs = () => h.logs.filter((l) => l.msg === "message");

describe("per-user cooldown", () => {
  it(`answers ${USER.max} commands in a row, then a friendly private notice; others are unaffected`, async () => {
    const alice = person();
    for (let i = 0; i < USER.max; i++) {
      const reply = await (
        await h.fake.sendSlashCommand({ name: "cochairs", options: { round: "2" }, user: alice })
      ).reply();
      expect(reply.embeds).toHaveLength(1);
    }
    const refused = await h.fake.sendSlashCommand({
      name: "ask",
      options: { question: "who?" },
      user: alice,
    });
    const notice = await refused.reply();
    expect(notice.ephemeral).toBe(true);
    expect(notice.embeds).toEqual([]);
    expect(notice.content).toMatch(/^You're asking faster than I can keep up\. Please try again in \d+ s\.$/);
    expect(notice.allowedMentions).toEqual({ parse: [] });
    const line = await waitForLog(
      h.logs,
      (l) => l.msg === "interaction" && l.interactionId === refused.interactionId,
    );
    expect(line).toMatchObject({ command: "ask", outcome: "cooldown" });
    // buttons that answer count too; a Japanese client is told in Japanese
    const button = await h.fake.sendButton({
      customId: `dd:q:${alice.id}:cochairs:3`,
      user: alice,
      locale: "ja",
    });
    expect((await button.reply()).content).toMatch(/秒後にもう一度お試しください/);
    // /help and autocomplete are not counted
    expect(
      (await (await h.fake.sendSlashCommand({ name: "help", user: alice })).reply()).embeds,
    ).toHaveLength(1);
    const choices = await h.fake.sendAutocomplete({ name: "cochairs", options: { round: "2" }, user: alice });
    expect(choices.data?.choices?.length).toBeGreaterThan(0);
    // someone else is answered as usual
    const bob = person();
    const other = await (
      await h.fake.sendSlashCommand({ name: "cochairs", options: { round: "2" }, user: bob })
    ).reply();
    expect(other.embeds).toHaveLength(1);
  });

  it("free text: a person gets their answers, then one short notice, then silence for the window", async () => {
    const carol = person();
    const before = h.fake.channelMessages.length;
    const seenBefore = messageLogs().length;
    const total = USER.max + 4;
    for (let i = 0; i < total; i++) {
      await h.fake.sendMessage({
        content: `<@${h.fake.botUserId}> who co-chaired round ${i % 5}?`,
        author: carol,
        channelId: CHANNELS.faq,
      });
    }
    await waitForLog(h.logs, () => messageLogs().length - seenBefore >= total);
    const posted = h.fake.channelMessages.slice(before);
    expect(posted.filter((m) => m.embeds.length === 1)).toHaveLength(USER.max);
    const notices = posted.filter((m) => m.embeds.length === 0);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.content).toMatch(/Please try again in \d+ s/);
    expect(notices[0]?.allowedMentions).toEqual({ parse: [], replied_user: false });
    const refused = messageLogs()
      .slice(seenBefore)
      .filter((l) => l.outcome === "cooldown");
    expect(refused).toHaveLength(total - USER.max);
    expect(refused.filter((l) => l.notified)).toHaveLength(1);
  });
});

describe("other bots, webhooks and itself", () => {
  it("never answers a bot, a webhook or its own messages, even when they mention it", async () => {
    const before = h.fake.channelMessages.length;
    const seenBefore = messageLogs().length;
    const question = `<@${h.fake.botUserId}> who co-chaired the 2nd dialogue?`;
    await h.fake.sendMessage({ content: question, authorIsBot: true, channelId: CHANNELS.general });
    const base = h.fake.payloads.userMessage({ content: question, channelId: CHANNELS.general });
    const bot = h.fake.world.bot;
    h.fake.dispatch("MESSAGE_CREATE", { ...base, id: `${base.id}1`, author: { ...bot, bot: false } });
    h.fake.dispatch("MESSAGE_CREATE", {
      ...base,
      id: `${base.id}2`,
      webhook_id: "1250000000000000777",
      author: {
        id: "1250000000000000777",
        username: "hook",
        discriminator: "0000",
        avatar: null,
        global_name: null,
      },
    });
    // its own answer in a DM comes back as a DM message from itself: not answered again
    const dm = await h.fake.sendMessage({
      content: "who co-chaired the 2nd dialogue?",
      dm: true,
      author: person(),
    });
    await dm.reply();
    const marker = await h.fake.sendMessage({
      content: `<@${h.fake.botUserId}> what is NISC?`,
      author: person(),
      channelId: CHANNELS.general,
    });
    const reply = await marker.reply();
    expect(reply.body.message_reference?.message_id).toBe(marker.message.id);
    await waitForLog(h.logs, (l) => l.msg === "message" && l.messageId === marker.message.id);
    expect(h.fake.channelMessages.length - before).toBe(2); // the DM answer and the marker's
    expect(messageLogs().length - seenBefore).toBe(2);
  });
});

describe("a flood", () => {
  it(`200 mentions from 40 people in one channel: at most ${CHANNEL.max} answers and one notice, and a 429 is waited out`, async () => {
    const people = Array.from({ length: 40 }, person);
    const retryAfter = 1;
    const fault = h.fake.rateLimitNext({
      method: "POST",
      pathPattern: `/channels/${CHANNELS.flood}/messages`,
      retryAfter,
    });
    const before = h.fake.channelMessages.length;
    const seenBefore = messageLogs().length;
    for (let i = 0; i < 200; i++) {
      await h.fake.sendMessage({
        content: `<@${h.fake.botUserId}> who co-chaired round ${(i % 5) + 1}? @everyone`,
        author: people[i % people.length],
        channelId: CHANNELS.flood,
      });
    }
    await waitForLog(h.logs, () => messageLogs().length - seenBefore >= 200, 10_000);
    expect(fault.hits).toBe(1);
    // every reply, including the one that met the 429, is eventually posted
    await waitForLog(
      h.logs,
      () =>
        h.fake.channelMessages.slice(before).filter((m) => m.channelId === CHANNELS.flood).length >=
        CHANNEL.max + 1,
      10_000,
    );
    const posted = h.fake.channelMessages.slice(before).filter((m) => m.channelId === CHANNELS.flood);
    expect(posted.filter((m) => m.embeds.length === 1)).toHaveLength(CHANNEL.max);
    expect(posted.filter((m) => m.embeds.length === 0)).toHaveLength(1);
    for (const m of posted) {
      expect(m.message.mention_everyone).toBe(false);
      expect(m.message.mentions).toEqual([]);
    }
    // discord.js waited Retry-After before sending to that channel again
    const requests = h.fake.requests.filter(
      (r) => r.method === "POST" && r.route === `/channels/${CHANNELS.flood}/messages`,
    );
    const limited = requests.findIndex((r) => r.status === 429);
    const next = requests[limited + 1];
    expect(next).toBeDefined();
    expect((next?.at ?? 0) - (requests[limited]?.at ?? 0)).toBeGreaterThanOrEqual(retryAfter * 1000 - 20);
    expect(requests.length).toBe(CHANNEL.max + 2); // 13 messages, one of them sent twice
    // logged once, without the interaction or bot token
    const rateLines = h.logs.filter((l) => l.msg === "rate limited");
    expect(rateLines).toHaveLength(1);
    expect(rateLines[0]).toMatchObject({
      level: 40,
      method: "POST",
      retryAfterMs: expect.any(Number),
      unexpected: true,
    });
  });
});
