/**
 * The HTTP interactions endpoint, as Discord would use it: signed requests to the real server (PONG, each 401,
 * replay, size limit), commands in English and Japanese, autocomplete and buttons answered inline through the
 * same core as the gateway bot (and giving the gateway bot's answers), follow-ups through the interaction
 * webhook, two replicas answering alike, /healthz and /metrics.
 */
import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { looksJapanese } from "../../src/commands/i18n.ts";
import {
  DEFAULT_IDS,
  HttpInteractions,
  type OptionValue,
  type SentMessage,
} from "../e2e/fake-discord/index.ts";
import { type Harness, startHarness } from "../e2e/helpers/bot-harness.ts";
import { customIds, visibleText } from "../e2e/helpers/replies.ts";
import { type HttpHarness, startHttpHarness } from "./helpers/http-harness.ts";

let h: HttpHarness;
let gateway: Harness;
const alice = DEFAULT_IDS.userIds[0];
const bob = DEFAULT_IDS.userIds[1];
const EPHEMERAL = 64;

beforeAll(async () => {
  [h, gateway] = await Promise.all([startHttpHarness({ replicas: 2 }), startHarness()]);
});

afterAll(async () => {
  await Promise.all([h?.stop(), gateway?.stop()]);
});

const ping = () =>
  JSON.stringify({ type: 1, id: "1", application_id: h.fake.applicationId, token: "t", version: 1 });
const now = () => Math.floor(Date.now() / 1000);
const slash = async (name: string, options: Record<string, OptionValue> = {}, extra = {}) => {
  const response = await h.discord.sendSlashCommand({ name, options, ...extra });
  return { response, message: await response.reply() };
};

describe("signed requests", () => {
  it("answers a PING with a PONG", async () => {
    const res = await h.discord.post(ping());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(res.text)).toEqual({ type: 1 });
  });

  it.each([
    ["no signature headers at all", { signature: null, dropTimestamp: true }],
    ["no signature", { signature: null }],
    ["no timestamp", { dropTimestamp: true }],
    ["a signature that is not hex", { signature: "z".repeat(128) }],
    ["a signature of the wrong length", { signature: "ab".repeat(32) }],
    ["a timestamp that is not a number", { timestamp: "yesterday" }],
    ["a body that does not match its signature", { signedBody: JSON.stringify({ type: 1, id: "2" }) }],
  ] as const)("401 to %s", async (_case, options) => {
    const res = await h.discord.post(ping(), { ...options });
    expect(res.status).toBe(401);
  });

  it("401 to a signature made with another key", async () => {
    const stranger = new HttpInteractions(h.fake, h.discord.url, generateKeyPairSync("ed25519"));
    expect((await stranger.post(ping())).status).toBe(401);
  });

  it("401 to a timestamp other than the one signed", async () => {
    const ts = String(now());
    const signature = h.discord.sign(ts, ping());
    expect((await h.discord.post(ping(), { timestamp: now() - 1, signature })).status).toBe(401);
  });

  it("replay: a correctly signed request older than 5 minutes (or from the future) is refused", async () => {
    expect((await h.discord.post(ping(), { timestamp: now() - 301 })).status).toBe(401);
    expect((await h.discord.post(ping(), { timestamp: now() + 301 })).status).toBe(401);
    expect((await h.discord.post(ping(), { timestamp: now() - 290 })).status).toBe(200);
  });

  it("413 to an oversized body, declared or streamed, and keeps serving", async () => {
    const big = JSON.stringify({ type: 1, pad: "x".repeat(100 * 1024) });
    expect((await h.discord.post(big)).status).toBe(413);
    const ts = String(now());
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 100; i++) controller.enqueue(new TextEncoder().encode("x".repeat(1024)));
        controller.close();
      },
    });
    const chunked = await fetch(h.discord.url, {
      method: "POST",
      headers: { "x-signature-ed25519": h.discord.sign(ts, "x"), "x-signature-timestamp": ts },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await h.discord.post(ping())).status).toBe(200);
  });

  it("400 to a signed body that is not an interaction; 405 and 404 elsewhere", async () => {
    expect((await h.discord.post("not json")).status).toBe(400);
    expect((await fetch(h.discord.url)).status).toBe(405);
    expect((await fetch(`${h.replicas[0]?.base}/other`, { method: "POST" })).status).toBe(404);
  });
});

describe("commands, autocomplete and buttons, answered inline", () => {
  it("/cochairs round:2 in English: an answer with sources, a delete button, pinging nobody", async () => {
    const { response, message } = await slash("cochairs", { round: "2" });
    expect(response.status).toBe(200);
    expect(response.type).toBe(4);
    expect(message.embeds[0]?.title).toMatch(/co-chairs/i);
    expect(message.embeds[0]?.fields?.at(-1)?.value).toMatch(/\]\(https?:\/\//);
    expect(message.allowedMentions).toEqual({ parse: [] });
    // the delete button, carrying the answer's follow-up context
    expect(customIds(message)).toEqual([expect.stringMatching(new RegExp(`^dd:del:${alice}(?::|$)`))]);
  });

  it("/cochairs round:第2回 in Japanese, and /ask in Japanese", async () => {
    const { message } = await slash("cochairs", { round: "第2回" }, { locale: "ja" });
    expect(message.embeds[0]?.title).toMatch(/共同議長/);
    const asked = await slash("ask", { question: "第2回の共同議長は誰？" }, { locale: "ja" });
    expect(looksJapanese(visibleText(asked.message))).toBe(true);
  });

  it("private:true answers privately; for:@bob pings bob only", async () => {
    const secret = await slash("agencies", { round: "2", private: true });
    expect(secret.message.flags & EPHEMERAL).toBe(EPHEMERAL);
    const pointed = await slash("next", { for: { id: bob, username: "bob" } });
    expect(pointed.message.allowedMentions).toEqual({ parse: [], users: [bob] });
  });

  it("/reload says reloading is not available on a stateless replica", async () => {
    const { message } = await slash("reload", {}, { memberPermissions: 8n });
    expect(message.ephemeral).toBe(true);
    expect(message.content).toContain("isn't available");
  });

  it("autocomplete offers rounds, and a picked value is accepted", async () => {
    const response = await h.discord.sendAutocomplete({ name: "cochairs", options: { round: "sec" } });
    expect(response.type).toBe(8);
    const choices = response.data?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    const { message } = await slash("cochairs", { round: String(choices[0]?.value) });
    expect(message.embeds[0]?.title).toMatch(/co-chairs/i);
  });

  it("a reading button replaces the answer in place; someone else's click is answered privately", async () => {
    const { message } = await slash("ask", { question: "canberra" });
    const reading = customIds(message).find((id) => id.startsWith(`dd:q:${alice}:cochairs:`)) ?? "";
    expect(reading).not.toBe("");
    const other = await h.discord.sendButton({ customId: reading, message, user: bob });
    expect(other.type).toBe(4);
    expect((await other.reply()).ephemeral).toBe(true);
    const clicked = await h.discord.sendButton({ customId: reading, message });
    expect(clicked.type).toBe(7);
    const updated = await clicked.reply();
    expect(updated.embeds[0]?.title).toMatch(/co-chairs/i);
    expect(updated.allowedMentions).toEqual({ parse: [] });
  });

  it("a search hit opens from the select menu", async () => {
    const { message } = await slash("search", { query: "feakin" });
    const menu = message.components[0] as {
      components: Array<{ custom_id: string; options: Array<{ value: string }> }>;
    };
    const select = menu.components[0];
    const opened = await h.discord.sendSelect({
      customId: select?.custom_id ?? "",
      values: [select?.options[0]?.value ?? ""],
      message,
    });
    expect(opened.type).toBe(4);
    expect(visibleText(await opened.reply())).toContain("Feakin");
  });

  it("only the asker deletes an answer: acknowledged inline, deleted through the webhook without a bot token", async () => {
    const { message } = await slash("cochairs", { round: "2" });
    const denied = await h.discord.sendButton({ customId: `dd:del:${alice}`, message, user: bob });
    expect((await denied.reply()).ephemeral).toBe(true);
    const deleted = await h.discord.sendButton({ customId: `dd:del:${alice}`, message });
    expect(deleted.type).toBe(6);
    const request = await h.fake.waitForRequest(
      (r) => r.method === "DELETE" && r.route.endsWith(`/${deleted.token}/messages/@original`),
    );
    expect(request.status).toBe(204);
    expect(request.headers.authorization).toBeUndefined();
    expect(h.fake.messages.get(message.id)).toBeUndefined();
  });

  it("'Ask Dialogue Desk' answers the chosen message", async () => {
    const response = await h.discord.sendMessageContextMenu({
      name: "Ask Dialogue Desk",
      targetMessage: { content: "Who co-chaired the 3rd round?", author: bob },
    });
    expect(response.type).toBe(4);
    expect((await response.reply()).embeds[0]?.title).toMatch(/co-chairs/i);
  });

  it("every message it answered with carries allowed_mentions that ping nobody but a `for` user", () => {
    const sent = h.fake.botMessages.filter((m) => m.via === "callback");
    expect(sent.length).toBeGreaterThan(10);
    for (const message of sent) {
      expect(message.allowedMentions?.parse).toEqual([]);
      for (const user of message.message.mentions) expect(message.allowedMentions?.users).toContain(user.id);
    }
  });
});

/** The interaction as the gateway bot answers it and as the HTTP endpoint does: the same callback. */
describe("the same answers as the gateway bot", () => {
  const strip = (m: SentMessage) => ({ ...m.body, components: customIds(m) });
  it.each([
    ["cochairs", { round: "2" }, "en-US"],
    ["agencies", { round: "3", country: "AU" }, "en-US"],
    ["round", { round: "latest" }, "ja"],
    ["ask", { question: "Which Japanese agencies attended in 2017?" }, "en-US"],
    ["ask", { question: "第3回はどこで開催された？" }, "ja"],
    ["search", { query: "JPCERT" }, "en-US"],
    ["help", {}, "ja"],
  ] as const)("/%s %j (%s)", async (name, options, locale) => {
    const viaGateway = await (await gateway.fake.sendSlashCommand({ name, options, locale })).reply();
    const viaHttp = await (await h.discord.sendSlashCommand({ name, options, locale })).reply();
    expect(strip(viaHttp)).toEqual(strip(viaGateway));
  });

  it("autocomplete", async () => {
    const args = { name: "org", options: { organisation: "jpc" } };
    const viaGateway = await gateway.fake.sendAutocomplete(args);
    const viaHttp = await h.discord.sendAutocomplete(args);
    expect(viaHttp.data).toEqual(viaGateway.data);
  });
});

describe("replicas", () => {
  it("two replicas give the same response to the same interaction", async () => {
    const [one, two] = h.replicas;
    const cases: Array<{ name: string; options: Record<string, string>; locale?: string }> = [
      { name: "cochairs", options: { round: "2" } },
      { name: "ask", options: { question: "誰が第1回に参加した？" }, locale: "ja" },
      { name: "search", options: { query: "feakin" } },
    ];
    for (const args of cases) {
      const body = JSON.stringify(h.fake.payloads.slashCommand(args).payload);
      const a = await h.discord.post(body, {}, one?.url);
      const b = await h.discord.post(body, {}, two?.url);
      expect(a.status).toBe(200);
      expect(b.text).toBe(a.text);
    }
  });

  it("a button on an answer from one replica is answered by the other", async () => {
    const [one, two] = h.replicas;
    const answered = await h.discord.send(
      h.fake.payloads.slashCommand({ name: "ask", options: { question: "canberra" } }),
      one?.url,
    );
    const message = await answered.reply();
    const reading = customIds(message).find((id) => id.startsWith("dd:q:")) ?? "";
    const clicked = await h.discord.send(h.fake.payloads.button({ customId: reading, message }), two?.url);
    expect(clicked.type).toBe(7);
  });
});

describe("health and metrics", () => {
  it("/livez and /healthz answer 200 once the knowledge base is loaded", async () => {
    const base = h.replicas[0]?.base;
    expect((await fetch(`${base}/livez`)).status).toBe(200);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ live: true, ready: true, kbVersion: 1 });
  });

  it("/metrics: interactions by command and outcome, latency, knowledge-base version, refused requests", async () => {
    const res = await fetch(`${h.replicas[0]?.base}/metrics`);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(
      /dialogue_desk_interactions_total\{source="interaction",command="cochairs",outcome="answered",mode="http"\} \d+/,
    );
    const bucket = text
      .split("\n")
      .find(
        (line) =>
          line.startsWith('dialogue_desk_answer_duration_seconds_bucket{le="0.005"') &&
          line.includes('command="cochairs"'),
      );
    expect(bucket).toMatch(/ [1-9]\d*$/);
    expect(text).toContain('dialogue_desk_kb_version{mode="http"} 1');
    expect(text).toMatch(
      /dialogue_desk_http_requests_total\{route="interactions",status="401",mode="http"\} \d+/,
    );
    expect(text).toMatch(
      /dialogue_desk_http_requests_total\{route="interactions",status="413",mode="http"\} \d+/,
    );
    expect(text).toContain("dialogue_desk_cooldown_hits_total");
    expect(text).toContain("dialogue_desk_errors_total");
    expect(text).toContain("dialogue_desk_kb_reloads_total");
  });

  it("logs one line per interaction, and never an interaction token or a signature", () => {
    const lines = h.logs.filter((l) => l.msg === "interaction");
    expect(lines.length).toBeGreaterThan(10);
    expect(lines[0]).toMatchObject({ interactionId: expect.any(String), latencyMs: expect.any(Number) });
    const all = h.rawLogs.join("");
    for (const state of h.fake.interactions.events.items) {
      if (state.kind !== "callback") continue;
      const token = h.fake.interactions.get(state.interactionId)?.token ?? "";
      expect(all).not.toContain(token);
    }
    expect(all).not.toMatch(/[0-9a-f]{128}/);
  });
});
