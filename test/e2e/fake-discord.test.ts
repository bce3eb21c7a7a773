/**
 * The fake Discord, proven against the REAL discord.js Client (no mocks): login, interactions of every kind,
 * messages and intents, gateway resume / re-identify, and REST fault injection.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
  RESTEvents,
  StringSelectMenuBuilder,
} from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeDiscord, Intents, startFakeDiscord } from "./fake-discord/index.ts";

const { Guilds, GuildMessages, DirectMessages } = GatewayIntentBits;
const TOKEN = "fake-bot-token";

let fake: FakeDiscord;
let client: Client | undefined;
let botErrors: unknown[];

/** A tiny bot: just enough handlers to exercise every path of the fake. */
async function onInteraction(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused().toLowerCase();
    const topics = ["dates", "delegations", "declaration", "ransomware"];
    await interaction.respond(topics.filter((t) => t.startsWith(typed)).map((t) => ({ name: t, value: t })));
  } else if (interaction.isChatInputCommand()) {
    switch (interaction.commandName) {
      case "ping": {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId("again").setLabel("Again").setStyle(ButtonStyle.Primary),
        );
        const text = interaction.options.getString("text") ?? "";
        await interaction.reply({
          content: `pong ${text}`.trim(),
          components: [row],
          allowedMentions: { parse: [] },
        });
        return;
      }
      case "secret":
        await interaction.reply({ content: `only for ${interaction.locale}`, flags: MessageFlags.Ephemeral });
        return;
      case "slow":
        await interaction.deferReply();
        await new Promise((resolve) => setTimeout(resolve, 20));
        await interaction.editReply({ content: "done slowly", allowedMentions: { parse: [] } });
        await interaction.followUp({ content: "one more thing", flags: MessageFlags.Ephemeral });
        return;
      case "ask": {
        const { options } = interaction;
        const who = options.getUser("for")?.username ?? "nobody";
        await interaction.reply(
          `${options.getString("query", true)} x${options.getNumber("limit") ?? 1} for ${who}`,
        );
        return;
      }
      case "sleepy":
        await new Promise((resolve) => setTimeout(resolve, 80));
        await interaction.reply("too late?");
        return;
      case "menu": {
        const menu = new StringSelectMenuBuilder()
          .setCustomId("topic")
          .addOptions({ label: "Dates", value: "dates" }, { label: "Ransomware", value: "ransomware" });
        await interaction.reply({
          content: "pick one",
          components: [new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(menu)],
        });
        return;
      }
    }
  } else if (interaction.isButton()) {
    await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
  } else if (interaction.isStringSelectMenu()) {
    await interaction.reply({
      content: `picked ${interaction.values.join(",")}`,
      flags: MessageFlags.Ephemeral,
    });
  } else if (interaction.isMessageContextMenuCommand()) {
    await interaction.reply({
      content: `quoted: ${interaction.targetMessage.content}`,
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
  }
}

async function onMessage(bot: Client<true>, message: Message): Promise<void> {
  if (message.author.bot) return;
  if (!message.inGuild() || message.mentions.users.has(bot.user.id)) {
    await message.reply({
      content: `you said: ${message.content}`,
      allowedMentions: { parse: [], repliedUser: false },
    });
  }
}

async function login(intents: number[] = [Guilds, GuildMessages, DirectMessages]): Promise<Client<true>> {
  const bot = new Client({
    intents,
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl, globalRequestsPerSecond: 1e6 },
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
    waitGuildTimeout: 100,
  });
  client = bot;
  const guard = (work: Promise<void>) => work.catch((error: unknown) => botErrors.push(error));
  bot.on(Events.InteractionCreate, (interaction) => void guard(onInteraction(interaction)));
  bot.on(Events.MessageCreate, (message) => void guard(onMessage(bot as Client<true>, message)));
  const ready = new Promise<Client<true>>((resolve) => bot.once(Events.ClientReady, resolve));
  await bot.login(TOKEN);
  return ready;
}

beforeEach(async () => {
  botErrors = [];
  fake = await startFakeDiscord({ token: TOKEN, waitTimeoutMs: 3000 });
});

afterEach(async () => {
  await client?.destroy();
  client = undefined;
  await fake.close();
  expect(botErrors).toEqual([]);
});

describe("login", () => {
  it("identifies with the client's intents and becomes ready with the guild cached", async () => {
    const bot = await login();
    expect(bot.user.id).toBe(fake.botUserId);
    expect(bot.application.id).toBe(fake.applicationId);
    const identify = await fake.waitForIdentify(1);
    expect(identify.token).toBe(TOKEN);
    expect(identify.intents).toBe(Intents.Guilds | Intents.GuildMessages | Intents.DirectMessages);
    expect(identify.shard).toEqual([0, 1]);
    const guild = bot.guilds.cache.get(fake.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.map((c) => c.name)).toEqual(["general", "faq"]);
    expect(fake.gateway.connectUrls[0]).toBe("/gateway?v=10&encoding=json");
    const gatewayBot = fake.requests.find((r) => r.route === "/gateway/bot");
    expect(gatewayBot?.headers.authorization).toBe(`Bot ${TOKEN}`);
  });

  it("registers guild commands and rejects invalid ones like Discord", async () => {
    const bot = await login();
    const set = await bot.application.commands.set(
      [
        {
          name: "ask",
          description: "Ask",
          options: [{ type: 3, name: "query", description: "q", required: true }],
        },
        { name: "Quote", type: 3 },
      ],
      fake.guildId,
    );
    expect(set.size).toBe(2);
    const stored = fake.registeredCommands(fake.guildId);
    expect(stored.map((c) => c.name)).toEqual(["ask", "Quote"]);
    expect(stored.every((c) => /^\d+$/.test(c.id))).toBe(true);
    const bad = bot.application.commands.set([{ name: "Ask", description: "x".repeat(101) }]);
    await expect(bad).rejects.toBeInstanceOf(DiscordAPIError);
    await expect(bad).rejects.toMatchObject({ code: 50035 });
  });
});

describe("interactions", () => {
  it("slash command: plain reply, with allowed_mentions recorded", async () => {
    await login();
    const res = await fake.sendSlashCommand({ name: "ping", options: { text: "hello" } });
    expect(res.type).toBe(4);
    expect(res.data?.content).toBe("pong hello");
    expect(res.data?.allowed_mentions).toEqual({ parse: [] });
    const reply = await res.reply();
    expect(reply.ephemeral).toBe(false);
    expect(reply.message.type).toBe(20);
    const callback = fake.requests.find((r) => r.route.endsWith("/callback"));
    expect(callback?.status).toBe(204);
    expect(callback?.headers.authorization).toBeUndefined();
  });

  it("slash command: ephemeral reply follows the user's locale", async () => {
    await login();
    const res = await fake.sendSlashCommand({ name: "secret", locale: "ja", dm: true });
    expect(res.type).toBe(4);
    expect(res.data?.flags).toBe(MessageFlags.Ephemeral);
    expect((await res.reply()).content).toBe("only for ja");
  });

  it("deferReply + editReply + followUp", async () => {
    await login();
    const res = await fake.sendSlashCommand({ name: "slow" });
    expect(res.type).toBe(5);
    const reply = await res.reply();
    expect(reply.content).toBe("done slowly");
    expect(reply.via).toBe("edit");
    expect(reply.allowedMentions).toEqual({ parse: [] });
    const followUp = await res.followUp(0);
    expect(followUp).toMatchObject({ content: "one more thing", ephemeral: true });
    const patch = fake.requests.find((r) => r.method === "PATCH");
    expect(patch?.path).toBe(`/api/v10/webhooks/${fake.applicationId}/${res.token}/messages/@original`);
  });

  it("autocomplete: the bot responds with choices", async () => {
    await login();
    const res = await fake.sendAutocomplete({ name: "ask", options: { query: "de" } });
    expect(res.type).toBe(8);
    expect(res.data?.choices?.map((c) => c.value)).toEqual(["delegations", "declaration"]);
    const raw = await fake.sendAutocomplete({
      name: "ask",
      options: [{ name: "query", type: 3, value: "r", focused: true }],
    });
    expect(raw.data?.choices).toEqual([{ name: "ransomware", value: "ransomware" }]);
  });

  it("button: update the message the button is on", async () => {
    await login();
    const original = await (await fake.sendSlashCommand({ name: "ping" })).reply();
    const res = await fake.sendButton({ customId: "again", message: original });
    expect(res.type).toBe(7);
    const updated = await res.reply();
    expect(updated.id).toBe(original.id);
    expect(updated).toMatchObject({ content: "clicked again", components: [] });
  });

  it("select menu: reply with the picked values", async () => {
    await login();
    const menu = await (await fake.sendSlashCommand({ name: "menu" })).reply();
    const res = await fake.sendSelect({ customId: "topic", values: ["ransomware"], message: menu });
    expect(res).toMatchObject({ type: 4, data: { content: "picked ransomware", flags: 64 } });
  });

  it("message context menu: the target's content arrives even without MESSAGE_CONTENT", async () => {
    await login();
    const res = await fake.sendMessageContextMenu({
      name: "Quote",
      targetMessage: { content: "the 2024 dialogue" },
    });
    expect(res.data?.content).toBe("quoted: the 2024 dialogue");
  });

  it("options are typed from the registered command, users resolved", async () => {
    const bot = await login();
    await bot.application.commands.set(
      [
        {
          name: "ask",
          description: "Ask the knowledge base",
          options: [
            { type: 3, name: "query", description: "What to look up", required: true, autocomplete: true },
            { type: 10, name: "limit", description: "How many" },
            { type: 6, name: "for", description: "Who to point at" },
          ],
        },
      ],
      fake.guildId,
    );
    // 10 (NUMBER) comes from the registration: without it, 2 would be sent as an INTEGER option.
    expect(() => fake.payloads.slashCommand({ name: "ask", options: { query: "x", nope: 1 } })).toThrow(
      /no option/,
    );
    const res = await fake.sendSlashCommand({
      name: "ask",
      options: { query: "dates", limit: 2, for: fake.userId },
    });
    const [, limit, forUser] = (res.interaction.data as { options: Array<{ type: number }> }).options;
    expect([limit?.type, forUser?.type]).toEqual([10, 6]);
    expect(res.data?.content).toBe("dates x2 for alice");
  });

  it("a callback after the deadline gets 404 Unknown interaction (10062)", async () => {
    await fake.close();
    fake = await startFakeDiscord({ token: TOKEN, interactionDeadlineMs: 30 });
    await login();
    const { interactionId } = fake.dispatchInteraction(fake.payloads.slashCommand({ name: "sleepy" }));
    const callback = await fake.waitForRequest((r) => r.route.startsWith(`/interactions/${interactionId}/`));
    expect(callback.status).toBe(404);
    await expect.poll(() => botErrors.length).toBe(1);
    expect(botErrors[0]).toMatchObject({ code: 10062 });
    botErrors = [];
  });

  it("a 500 on the callback is retried by discord.js", async () => {
    await login();
    const fault = fake.failNext({
      method: "POST",
      pathPattern: "/interactions/:id/:token/callback",
      status: 500,
    });
    const res = await fake.sendSlashCommand({ name: "ping" });
    expect(res.type).toBe(4);
    expect(fault.hits).toBe(1);
    expect(fake.requests.filter((r) => r.route.endsWith("/callback")).map((r) => r.status)).toEqual([
      500, 204,
    ]);
  });
});

describe("messages and intents", () => {
  it("a guild message mentioning the bot keeps its content and gets a reply", async () => {
    await login();
    const sent = await fake.sendMessage({ content: `<@${fake.botUserId}> when is the next round?` });
    expect(sent.delivered).toBe(1);
    const reply = await sent.reply();
    expect(reply.content).toBe(`you said: <@${fake.botUserId}> when is the next round?`);
    expect(reply.body.message_reference?.message_id).toBe(sent.message.id);
    expect(reply.message.referenced_message?.id).toBe(sent.message.id);
    expect(reply.message.mentions).toEqual([]);
  });

  it("without MESSAGE_CONTENT other guild messages arrive blank; DMs need DIRECT_MESSAGES", async () => {
    await login([Guilds, GuildMessages]);
    const plain = await fake.sendMessage({ content: "just chatting" });
    expect(plain).toMatchObject({ delivered: 1, deliveredContent: "" });
    const dm = await fake.sendMessage({ content: "hi bot", dm: true });
    expect(dm.delivered).toBe(0);
  });

  it("DMs are delivered with content and answered in the DM channel", async () => {
    const bot = await login();
    const dm = await fake.sendMessage({ content: "help", dm: true });
    expect(dm.deliveredContent).toBe("help");
    const reply = await dm.reply();
    expect(reply).toMatchObject({
      channelId: dm.message.channel_id,
      guildId: null,
      content: "you said: help",
    });
    const user = await bot.users.fetch(fake.userId);
    await user.send("a DM the bot starts");
    const started = await fake.waitForChannelMessage((m) => m.content === "a DM the bot starts");
    expect(started.channelId).toBe(dm.message.channel_id);
  });

  it("attachments arrive as multipart: payload_json parsed, files recorded", async () => {
    const bot = await login();
    const channel = await bot.channels.fetch(fake.channelIds[0] as string);
    if (!channel?.isSendable()) throw new Error("not sendable");
    const sent = await channel.send({
      content: "sources attached",
      files: [{ attachment: Buffer.from("Japan-Australia"), name: "sources.txt" }],
    });
    expect(sent.attachments.first()?.name).toBe("sources.txt");
    const [recorded] = fake.channelMessages;
    expect(recorded?.content).toBe("sources attached");
    expect(recorded?.files).toEqual([
      {
        field: "files[0]",
        filename: "sources.txt",
        contentType: expect.any(String),
        size: 15,
        data: Buffer.from("Japan-Australia"),
      },
    ]);
  });

  it("a 429 with Retry-After on a channel message is waited out and retried", async () => {
    const bot = await login();
    // An unexpected 429 emits no `rateLimited` event (that is only for pre-emptive waits); it shows up in `debug`.
    const limited: string[] = [];
    bot.rest.on(RESTEvents.Debug, (info) => info.includes("unexpected 429") && limited.push(info));
    const fault = fake.rateLimitNext({
      method: "POST",
      pathPattern: "/channels/:id/messages",
      retryAfter: 0.05,
    });
    const channel = await bot.channels.fetch(fake.channelIds[1] as string);
    if (!channel?.isSendable()) throw new Error("not sendable");
    const started = Date.now();
    const message = await channel.send("announcement");
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
    expect(message.content).toBe("announcement");
    expect(fault.hits).toBe(1);
    expect(limited).toHaveLength(1);
    expect(limited[0]).toContain("Retry After    : 100ms"); // 0.05 s + discord.js's 50 ms offset
    const posts = fake.requests.filter((r) => r.method === "POST" && r.route.endsWith("/messages"));
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    expect(fake.channelMessages).toHaveLength(1);
  });
});

describe("gateway", () => {
  it("answers heartbeats", async () => {
    await fake.close();
    fake = await startFakeDiscord({ token: TOKEN, heartbeatIntervalMs: 25 });
    const bot = await login();
    await expect.poll(() => fake.stats.heartbeats, { interval: 10 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => bot.ws.ping, { interval: 10 }).toBeGreaterThanOrEqual(0);
    expect(fake.stats.connections).toBe(1);
  });

  it("resumes after the server closes with 4000", async () => {
    await login();
    fake.dropConnection({ code: 4000 });
    const resume = await fake.waitForResume(1);
    expect(resume.sessionId).toBe(fake.identifies[0]?.sessionId);
    expect(fake.stats).toMatchObject({ identifies: 1, resumes: 1, connections: 2 });
    expect((await fake.sendSlashCommand({ name: "ping" })).type).toBe(4);
  });

  it("resumes after op 7 RECONNECT", async () => {
    await login();
    fake.sendReconnect();
    await fake.waitForResume(1);
    expect(fake.stats.identifies).toBe(1);
    expect((await fake.sendSlashCommand({ name: "ping" })).type).toBe(4);
  });

  it("re-identifies after op 9 with d:false", async () => {
    await login();
    fake.sendInvalidSession(false);
    const second = await fake.waitForIdentify(2);
    expect(second.sessionId).not.toBe(fake.identifies[0]?.sessionId);
    await fake.waitForReady(2);
    expect(fake.stats.resumes).toBe(0);
    expect((await fake.sendSlashCommand({ name: "ping" })).type).toBe(4);
  });

  it("replays dispatches missed while disconnected", async () => {
    await login();
    fake.dropConnection({ code: "terminate" });
    const pending = fake.sendSlashCommand({ name: "ping", options: { text: "late" } });
    const resume = await fake.waitForResume(1);
    expect(resume.replayed).toBe(1);
    expect((await pending).data?.content).toBe("pong late");
  });
});
