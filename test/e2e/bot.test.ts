/**
 * The real bot (real discord.js Client, real wiring, real knowledge base and engine) against the fake Discord.
 */
import { MessageFlags } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandDefinitions } from "../../src/commands/registry.ts";
import { DEFAULT_IDS, type OptionValue, type SentMessage } from "./fake-discord/index.ts";
import { type Harness, startHarness } from "./helpers/bot-harness.ts";
import { customIds, TEST_TOKEN, visibleText, waitForLog } from "./helpers/replies.ts";

let h: Harness;
let alice: string;
let bob: string;

beforeAll(async () => {
  h = await startHarness();
  alice = h.fake.userId;
  bob = DEFAULT_IDS.userIds[1];
});

afterAll(async () => {
  await h?.stop();
});

const EPHEMERAL = MessageFlags.Ephemeral;
const slash = async (name: string, options: Record<string, OptionValue> = {}, extra = {}) => {
  const response = await h.fake.sendSlashCommand({ name, options, ...extra });
  return { response, message: await response.reply() };
};
const sourcesOf = (message: SentMessage) => message.embeds[0]?.fields?.at(-1);

describe("slash commands", () => {
  it("/cochairs round:2 names both co-chairs, with sources, mentioning nobody", async () => {
    const { response, message } = await slash("cochairs", { round: "2" });
    expect(response.type).toBe(4);
    const text = visibleText(message);
    expect(text).toContain("Mizushima");
    expect(text).toContain("McKinnon");
    expect(sourcesOf(message)?.name).toBe("Sources");
    expect(sourcesOf(message)?.value).toMatch(/\]\(https?:\/\//);
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(message.message.mentions).toEqual([]);
    expect(message.ephemeral).toBe(false);
    // the delete button, carrying the answer's follow-up context
    expect(customIds(message)).toEqual([expect.stringMatching(new RegExp(`^dd:del:${alice}(?::|$)`))]);
  });

  it.each(["2nd", "second", "第2回", " 2 "])("/cochairs accepts round typed as %j", async (round) => {
    const { message } = await slash("cochairs", { round });
    expect(visibleText(message)).toContain("McKinnon");
  });

  it("/cochairs without a round answers about a round", async () => {
    const { message } = await slash("cochairs");
    expect(message.embeds).toHaveLength(1);
    expect(sourcesOf(message)?.name).toBe("Sources");
  });

  it("/cochairs with a round that cannot be read tells the asker privately", async () => {
    const { message } = await slash("cochairs", { round: "purple" });
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(message.content).toContain("purple");
  });

  it("/agencies round:2 country:AU lists only Australian agencies", async () => {
    const { message } = await slash("agencies", { round: "2", country: "AU" });
    const text = visibleText(message);
    expect(text).toContain("CERT Australia");
    expect(text).toContain("Prime Minister and Cabinet");
    expect(text).not.toContain("National Police Agency");
  });

  it("/agencies round:2 lists both sides", async () => {
    const { message } = await slash("agencies", { round: "2" });
    const text = visibleText(message);
    expect(text).toContain("National Police Agency");
    expect(text).toContain("CERT Australia");
  });

  it("/next answers with what is known about the next round", async () => {
    const { message } = await slash("next");
    expect(message.embeds[0]?.title).toBeTruthy();
    expect(sourcesOf(message)?.name).toBe("Sources");
  });

  it("/round round:3 gives everything recorded about the round", async () => {
    const { message } = await slash("round", { round: "3" });
    const text = visibleText(message);
    expect(text).toContain("Tokyo");
    expect(text).toMatch(/Otaka|OTAKA/);
    expect(text).toContain("Feakin");
    expect(text).toMatch(/Joint Statement/i);
    expect(sourcesOf(message)?.value).toContain("mofa.go.jp");
  });

  it("/round round:latest reads 'latest'", async () => {
    const { message } = await slash("round", { round: "latest" });
    expect(visibleText(message)).toMatch(/5th|Round 5|round 5/i);
  });

  it("/ask answers free text", async () => {
    const { message } = await slash("ask", { question: "who co-chaired the 2nd dialogue?" });
    const text = visibleText(message);
    expect(text).toContain("Mizushima");
    expect(text).toContain("McKinnon");
  });

  it("/search shows hits, best first, with a select menu that opens one", async () => {
    const { message } = await slash("search", { query: "feakin" });
    expect(visibleText(message)).toContain("Feakin");
    const menu = message.components[0] as {
      components: Array<{ custom_id: string; options: Array<{ value: string; label: string }> }>;
    };
    const select = menu.components[0];
    expect(select?.custom_id).toBe(`dd:open:${alice}`);
    const first = select?.options[0];
    expect(first?.label).toContain("Feakin");
    const opened = await h.fake.sendSelect({
      customId: select?.custom_id ?? "",
      values: [first?.value ?? ""],
      message,
    });
    const answer = await opened.reply();
    expect(opened.type).toBe(4);
    expect(visibleText(answer)).toContain("Feakin");
    expect(answer.ephemeral).toBe(false);
    expect(answer.allowedMentions).toEqual({ parse: [] });
  });

  it("a search hit opened by someone else is shown only to them", async () => {
    const { message } = await slash("search", { query: "feakin" });
    const select = (
      message.components[0] as { components: Array<{ custom_id: string; options: Array<{ value: string }> }> }
    ).components[0];
    const opened = await h.fake.sendSelect({
      customId: select?.custom_id ?? "",
      values: [select?.options[0]?.value ?? ""],
      message,
      user: bob,
    });
    expect((await opened.reply()).ephemeral).toBe(true);
  });

  it("/org organisation:jpcert-cc round:3 answers whether it attended", async () => {
    const { message } = await slash("org", { organisation: "jpcert-cc", round: "3" });
    expect(message.embeds[0]?.title).toMatch(/^Yes/);
    expect(visibleText(message)).toContain("JPCERT");
  });

  it("/org accepts a typed name, not only a picked choice", async () => {
    const { message } = await slash("org", { organisation: "NISC" });
    expect(visibleText(message)).toMatch(/1st.*2nd.*3rd/s);
  });

  it("/org with a name it cannot place says so privately", async () => {
    const { message } = await slash("org", { organisation: "zzzz qqqq" });
    expect(message.ephemeral).toBe(true);
    expect(message.content).toContain("zzzz qqqq");
  });

  it("/agencies country:JP in Japanese", async () => {
    const { message } = await slash("agencies", { round: "2", country: "JP" }, { locale: "ja" });
    const text = visibleText(message);
    expect(text).toContain("警察庁");
    expect(text).not.toContain("CERT Australia");
  });

  it("/round in Japanese", async () => {
    const { message } = await slash("round", { round: "第3回" }, { locale: "ja" });
    expect(visibleText(message)).toMatch(/大鷹|Otaka/);
    expect(sourcesOf(message)?.name).toBe("出典");
  });

  it("/search private:true keeps the hits to the asker; /next for:@bob points at bob", async () => {
    const search = await slash("search", { query: "NISC", private: true });
    expect(search.message.ephemeral).toBe(true);
    expect(customIds(search.message)).toEqual([`dd:open:${alice}`]);
    const next = await slash("next", { for: bob });
    expect(next.message.allowedMentions).toEqual({ parse: [], users: [bob] });
  });

  it("/help explains what the bot answers", async () => {
    const { message } = await slash("help");
    expect(visibleText(message)).toContain("/cochairs");
  });

  it("private:true answers ephemerally, without a delete button", async () => {
    const { message } = await slash("cochairs", { round: "2", private: true });
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(customIds(message)).toEqual([]);
    expect(visibleText(message)).toContain("Mizushima");
  });

  it("for:@bob points the answer at bob and mentions nobody else", async () => {
    const { message } = await slash("cochairs", { round: "2", for: bob });
    expect(message.content).toContain(`<@${bob}>`);
    expect(message.allowedMentions).toEqual({ parse: [], users: [bob] });
    expect(message.message.mentions.map((user) => user.id)).toEqual([bob]);
  });

  it("answers in Japanese for a Japanese client", async () => {
    const { message } = await slash("cochairs", { round: "2" }, { locale: "ja" });
    const text = visibleText(message);
    expect(text).toContain("水嶋");
    expect(sourcesOf(message)?.name).toBe("出典");
    // the delete button, carrying the answer's follow-up context
    expect(customIds(message)).toEqual([expect.stringMatching(new RegExp(`^dd:del:${alice}(?::|$)`))]);
  });

  it("a command it no longer has gets a short private notice", async () => {
    const response = await h.fake.sendSlashCommand({ name: "retired", options: [] });
    const reply = await response.reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain("no longer available");
  });

  it("/help in Japanese", async () => {
    const { message } = await slash("help", {}, { locale: "ja" });
    expect(message.embeds[0]?.title).toContain("日豪サイバー政策協議");
  });
});

describe("autocomplete", () => {
  it.each([
    ["cochairs", "2"],
    ["agencies", "2"],
    ["round", "2"],
  ])("/%s round suggests rounds from partial input", async (name, partial) => {
    const response = await h.fake.sendAutocomplete({ name, options: { round: partial } });
    expect(response.type).toBe(8);
    const choices = response.data?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.some((choice) => /2/.test(String(choice.name)))).toBe(true);
  });

  it("an empty round lists rounds; Japanese names for a Japanese client", async () => {
    const response = await h.fake.sendAutocomplete({ name: "round", options: { round: "" }, locale: "ja" });
    const choices = response.data?.choices ?? [];
    expect(choices.length).toBeGreaterThanOrEqual(5);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.name).join(" ")).toMatch(/第\d+回/);
  });

  it("/org suggests organisations by name or acronym, and rounds for its round option", async () => {
    const orgs = await h.fake.sendAutocomplete({ name: "org", options: { organisation: "jpc" } });
    expect(orgs.data?.choices?.[0]).toMatchObject({ value: "jpcert-cc" });
    const rounds = await h.fake.sendAutocomplete({
      name: "org",
      options: { organisation: "nisc", round: "la" },
    });
    expect(rounds.data?.choices?.map((c) => c.value)).toContain("5");
  });

  it("a picked choice value is accepted by the handler", async () => {
    const response = await h.fake.sendAutocomplete({ name: "cochairs", options: { round: "sec" } });
    const value = String(response.data?.choices?.[0]?.value);
    const { message } = await slash("cochairs", { round: value });
    expect(message.embeds).toHaveLength(1);
  });
});

describe("buttons", () => {
  it("a reading picked by the asker replaces the message in place", async () => {
    const { message } = await slash("ask", { question: "who co-chaired the 2nd dialogue?" });
    const clicked = await h.fake.sendButton({ customId: `dd:q:${alice}:cochairs:3`, message });
    expect(clicked.type).toBe(7);
    const updated = await clicked.reply();
    expect(visibleText(updated)).toContain("Feakin");
    expect(updated.allowedMentions).toEqual({ parse: [] });
  });

  it("a reading picked by someone else is answered to them privately", async () => {
    const { message } = await slash("ask", { question: "who co-chaired the 2nd dialogue?" });
    const clicked = await h.fake.sendButton({ customId: `dd:q:${alice}:cochairs:3`, message, user: bob });
    expect(clicked.type).toBe(4);
    const reply = await clicked.reply();
    expect(reply.ephemeral).toBe(true);
    expect(visibleText(reply)).toContain("Feakin");
  });

  it("a low-confidence answer offers readings as buttons that answer when clicked", async () => {
    const { message } = await slash("ask", { question: "canberra" });
    const readings = customIds(message).filter((id) => id.startsWith("dd:q:"));
    expect(readings.length).toBeGreaterThan(0);
    expect(readings.length).toBeLessThanOrEqual(5);
    expect(message.content).toContain("Did you mean");
    const cochairs = readings.find((id) => id.includes(":cochairs:")) ?? "";
    expect(cochairs).toMatch(new RegExp(`^dd:q:${alice}:cochairs:\\d+$`));
    const clicked = await h.fake.sendButton({ customId: cochairs, message });
    expect(clicked.type).toBe(7);
    const updated = await clicked.reply();
    expect(updated.embeds[0]?.title).toMatch(/Co-chairs/);
    expect(updated.content).toBe("");
    expect(customIds(updated)).toEqual([expect.stringMatching(new RegExp(`^dd:del:${alice}(?::|$)`))]);
  });

  it.each(["dd:q:1:nonsense", "dd:q:1:cochairs:zz", "garbage", "dd:open:1"])(
    "a malformed custom id %j gets a short private notice",
    async (customId) => {
      const clicked = await h.fake.sendButton({ customId });
      const reply = await clicked.reply();
      expect(reply.ephemeral).toBe(true);
      expect(reply.content).toContain("no longer valid");
      expect(reply.allowedMentions).toEqual({ parse: [] });
    },
  );

  it("only the asker can delete an answer", async () => {
    const { message } = await slash("cochairs", { round: "2" });
    const denied = await h.fake.sendButton({ customId: `dd:del:${alice}`, message, user: bob });
    const notice = await denied.reply();
    expect(notice.ephemeral).toBe(true);
    expect(notice.content).toContain("Only the person who asked");
    const deleted = await h.fake.sendButton({ customId: `dd:del:${alice}`, message });
    expect(deleted.type).toBe(6);
    await h.fake.waitForRequest(
      (r) =>
        r.method === "DELETE" && r.route.endsWith(`/${deleted.token}/messages/@original`) && r.status === 204,
    );
    expect(h.fake.messages.get(message.id)).toBeUndefined();
  });
});

describe("context menu and free text", () => {
  it("'Ask Dialogue Desk' answers the chosen message, quoting it", async () => {
    const response = await h.fake.sendMessageContextMenu({
      name: "Ask Dialogue Desk",
      targetMessage: { content: "Which Australian agencies were at the 2016 dialogue?", author: bob },
    });
    const message = await response.reply();
    const text = visibleText(message);
    expect(text).toContain("CERT Australia");
    expect(message.embeds[0]?.footer?.text).toContain("2016 dialogue");
    expect(message.allowedMentions).toEqual({ parse: [] });
  });

  it("'Ask Dialogue Desk' on an empty message says so privately", async () => {
    const response = await h.fake.sendMessageContextMenu({
      name: "Ask Dialogue Desk",
      targetMessage: { content: "" },
    });
    expect((await response.reply()).ephemeral).toBe(true);
  });

  it("a message that @mentions the bot is answered as a reply, mentioning nobody", async () => {
    const sent = await h.fake.sendMessage({
      content: `<@${h.fake.botUserId}> who co-chaired the 2nd dialogue? @everyone <@${bob}>`,
    });
    expect(sent.deliveredContent).toContain("co-chaired");
    const reply = await sent.reply();
    expect(reply.body.message_reference?.message_id).toBe(sent.message.id);
    expect(reply.allowedMentions).toEqual({ parse: [], replied_user: false });
    expect(reply.message.mentions).toEqual([]);
    expect(reply.message.mention_everyone).toBe(false);
    const text = visibleText(reply);
    expect(text).toContain("Mizushima");
    expect(text).toContain("McKinnon");
    // the delete button, carrying the answer's follow-up context after the owner
    expect(customIds(reply)).toEqual([expect.stringMatching(new RegExp(`^dd:del:${alice}(:|$)`))]);
  });

  it("a DM is answered without a mention", async () => {
    const sent = await h.fake.sendMessage({ content: "who co-chaired the 2nd dialogue?", dm: true });
    const reply = await sent.reply();
    expect(visibleText(reply)).toContain("McKinnon");
    expect(reply.allowedMentions).toEqual({ parse: [], replied_user: false });
  });

  it("a Japanese question by mention is answered in Japanese", async () => {
    const sent = await h.fake.sendMessage({ content: `<@${h.fake.botUserId}> 第2回の共同議長は誰？` });
    expect(visibleText(await sent.reply())).toContain("水嶋");
  });

  it("ignores guild messages that don't mention it, and other bots", async () => {
    const before = h.fake.channelMessages.length;
    await h.fake.sendMessage({ content: "who co-chaired the 2nd dialogue?" });
    await h.fake.sendMessage({
      content: `<@${h.fake.botUserId}> who co-chaired the 2nd dialogue?`,
      authorIsBot: true,
    });
    const marker = await h.fake.sendMessage({ content: `<@${h.fake.botUserId}> what does NISC stand for?` });
    const reply = await marker.reply();
    expect(reply.body.message_reference?.message_id).toBe(marker.message.id);
    expect(h.fake.channelMessages.length).toBe(before + 1);
  });
});

describe("the whole conversation", () => {
  it("every message the bot sent set allowed_mentions, pinging nobody but a `for` user", () => {
    expect(h.fake.botMessages.length).toBeGreaterThan(20);
    for (const message of h.fake.botMessages) {
      if (
        message.via === "edit" &&
        message.body.allowed_mentions === undefined &&
        message.body.content === undefined
      )
        continue;
      expect(message.allowedMentions, JSON.stringify(message.body).slice(0, 200)).toBeDefined();
      expect(message.allowedMentions?.parse).toEqual([]);
      expect(message.message.mention_everyone).toBe(false);
      expect(message.message.mention_roles).toEqual([]);
      for (const user of message.message.mentions) expect(message.allowedMentions?.users).toContain(user.id);
    }
  });

  it("logs one line per interaction with command, round, intent, latency and outcome, and never the token", async () => {
    const { response } = await slash("cochairs", { round: "2" });
    const line = await waitForLog(
      h.logs,
      (l) => l.msg === "interaction" && l.interactionId === response.interactionId,
    );
    expect(line).toMatchObject({ command: "cochairs", round: 2, intent: "cochairs", outcome: "answered" });
    expect(typeof line.latencyMs).toBe("number");
    expect(h.rawLogs.join("")).not.toContain(TEST_TOKEN);
  });

  it("registered every command with the fake before starting", () => {
    expect(h.fake.registeredCommands(h.fake.guildId).map((c) => c.name)).toEqual(
      commandDefinitions().map((d) => d.name),
    );
  });
});

describe("gateway", () => {
  it("keeps answering after the connection drops and resumes", async () => {
    h.fake.dropConnection({ code: 4000 });
    await h.fake.waitForResume(1, { timeoutMs: 10_000 });
    const { message } = await slash("cochairs", { round: "2" });
    expect(visibleText(message)).toContain("McKinnon");
    const sent = await h.fake.sendMessage({
      content: `<@${h.fake.botUserId}> who co-chaired the 3rd round?`,
    });
    expect(visibleText(await sent.reply())).toContain("Feakin");
  });
});
