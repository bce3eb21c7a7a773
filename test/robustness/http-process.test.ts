/**
 * The HTTP endpoint as a real process (`node --import tsx src/http/main.ts`): it answers signed requests without
 * a bot token; on SIGTERM it stops taking connections, lets requests in flight finish (one whose body is still
 * arriving, one whose follow-up is still on its way to Discord), and exits 0 within 2 s. At LOG_LEVEL=trace
 * nothing it prints contains a token, an interaction token or a signature.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, HttpInteractions, startFakeDiscord } from "../e2e/fake-discord/index.ts";
import { type Child, cleanEnv, nodeEntry, nodeMain } from "../e2e/helpers/child.ts";

/** Shaped like a real bot token: set, though the endpoint does not need it, to check it never reaches a log. */
const TOKEN = "MTI1MDAwMDAwMDAwMDAwMDAwMQ.GhJk9a.x9Yq2Zr8TtU4vWw5bC1dE3fG7hI0jK6lM2nO8pQ";

let fake: FakeDiscord;
let discord: HttpInteractions;
let child: Child | undefined;

beforeAll(async () => {
  fake = await startFakeDiscord({ waitTimeoutMs: 20_000, interactionDeadlineMs: 20_000 });
  discord = new HttpInteractions(fake, "");
});

afterAll(async () => {
  child?.terminate("SIGKILL");
  await fake?.close();
});

const lines = () =>
  (child?.stdout() ?? "")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const until = async (condition: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

/** Starts a signed POST but holds back the second half of its body until `finish()`. */
function halfSent(url: string, body: string) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const req = request(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      "x-signature-ed25519": discord.sign(timestamp, body),
      "x-signature-timestamp": timestamp,
    },
  });
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req.on("response", (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => {
        text += chunk.toString();
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
  });
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  return { response, finish: () => req.end(body.slice(half)) };
}

describe("the HTTP endpoint process", () => {
  it("answers without a bot token; SIGTERM drains requests in flight and exits 0 within 2 s; nothing secret logged", async () => {
    child = nodeEntry(
      "src/http/main.ts",
      cleanEnv({
        DISCORD_PUBLIC_KEY: discord.publicKeyHex,
        DISCORD_API_URL: fake.apiUrl,
        DISCORD_TOKEN: TOKEN,
        PORT: "0",
        HOST: "127.0.0.1",
        LOG_LEVEL: "trace",
      }),
    );
    await child.waitForOutput(/"msg":"http endpoint ready"/, 30_000);
    const port = lines().find((l) => l.msg === "listening")?.port;
    discord.url = `http://127.0.0.1:${port}/interactions`;
    const warm = await (
      await discord.sendSlashCommand({ name: "cochairs", options: { round: "2" } })
    ).reply();
    expect(warm.embeds[0]?.title).toMatch(/Co-chairs/);

    // in flight 1: a delete whose DELETE @original Discord holds up 800 ms
    const held = fake.failNext({ method: "DELETE", delayMs: 800 });
    const deleted = await discord.sendButton({ customId: `dd:del:${fake.userId}`, message: warm });
    expect(deleted.type).toBe(6);
    await until(() => held.hits === 1);
    // in flight 2: a command whose body is still arriving
    const requests = () => lines().filter((l) => l.event === "http_request").length;
    const before = requests();
    const slow = halfSent(discord.url, JSON.stringify(fake.payloads.slashCommand({ name: "next" }).payload));
    await until(() => requests() > before);

    const signalled = Date.now();
    child.terminate("SIGTERM");
    await child.waitForOutput(/"msg":"shutting down"/);
    slow.finish();
    const answered = await slow.response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text)).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] } } });
    expect(await child.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(2000);
    // the held-up DELETE reached Discord before the process went
    await fake.waitForRequest((r) => r.method === "DELETE" && r.status === 204);
    expect(fake.messages.get(warm.id)).toBeUndefined();
    expect(lines().find((l) => l.msg === "http endpoint stopped")).toMatchObject({
      pending: 2,
      drained: true,
    });
    // no new connection is accepted once stopping
    await expect(fetch(`http://127.0.0.1:${port}/livez`)).rejects.toThrow();

    const output = child.stdout() + child.stderr();
    expect(lines().some((l) => l.level === 10)).toBe(true);
    for (const part of [TOKEN, ...TOKEN.split("."), warm.interactionId ? "" : "x"].filter(
      (p) => p.length > 4,
    ))
      expect(output).not.toContain(part);
    for (const state of fake.interactions.events.items) {
      if (state.kind !== "callback") continue;
      expect(output).not.toContain(fake.interactions.get(state.interactionId)?.token);
    }
    expect(output).not.toMatch(/[0-9a-f]{128}/);
  }, 60_000);

  it("the gateway bot with METRICS_PORT and DISCORD_SHARDS=2: two shards, /healthz ready, /metrics counts answers", async () => {
    child = nodeMain(
      cleanEnv({
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: fake.apiUrl,
        METRICS_PORT: "0",
        HOST: "127.0.0.1",
        DISCORD_SHARDS: "2",
      }),
    );
    await child.waitForOutput(/"msg":"bot ready"/, 30_000);
    const port = lines().find((l) => l.msg === "serving /healthz and /metrics")?.port;
    expect(lines().find((l) => l.msg === "bot ready")).toMatchObject({ shards: 2 });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ready: true, checks: { gateway: true } });
    const reply = await (await fake.sendSlashCommand({ name: "cochairs", options: { round: "2" } })).reply();
    expect(reply.embeds[0]?.title).toMatch(/Co-chairs/);
    await until(() => lines().some((l) => l.msg === "interaction"));
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain(
      'dialogue_desk_interactions_total{source="interaction",command="cochairs",outcome="answered",mode="gateway"} 1',
    );
    expect(metrics).toContain("dialogue_desk_process_resident_memory_bytes");
    child.terminate("SIGTERM");
    expect(await child.exited).toBe(0);
  }, 60_000);

  it("refuses to start without DISCORD_PUBLIC_KEY, saying where to find it", async () => {
    child = nodeEntry("src/http/main.ts", cleanEnv({ PORT: "0" }));
    expect(await child.exited).toBe(1);
    expect(child.stderr()).toContain("DISCORD_PUBLIC_KEY");
  }, 30_000);
});
