/**
 * Network trouble against the fake Discord, with discord.js's production REST behaviour (3 retries on 5xx,
 * 429 handling): the gateway dropping, asking to reconnect, invalidating the session; REST answering 429,
 * 500 or slowly. The bot resumes or re-identifies, keeps answering, logs each event once, never spins.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAST_CLIENT_OPTIONS, type Harness, startHarness } from "../e2e/helpers/bot-harness.ts";
import { type LogLine, visibleText, waitForLog } from "../e2e/helpers/replies.ts";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    // production REST retries and rate-limit handling; only the 50 requests/s global cap and the 5 s wait
    // between identifies (buildIdentifyThrottler) are lifted for speed
    clientOptions: { ...FAST_CLIENT_OPTIONS, rest: { globalRequestsPerSecond: 1e6 } },
  });
});

afterAll(async () => {
  await h?.stop();
});

const gateway = (event: string) => h.logs.filter((l) => l.msg === "gateway" && l.event === event);
const count = (event: string) => gateway(event).length;

async function stillAnswers() {
  const reply = await (await h.fake.sendSlashCommand({ name: "cochairs", options: { round: "2" } })).reply();
  expect(visibleText(reply)).toContain("McKinnon");
  const sent = await h.fake.sendMessage({ content: `<@${h.fake.botUserId}> who co-chaired the 3rd round?` });
  expect(visibleText(await sent.reply())).toContain("Feakin");
}

/** Runs a gateway fault and returns how many new gateway log lines of each kind it produced. */
async function around(fault: () => void, settled: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = h.logs.filter((l) => l.msg === "gateway").length;
  const stats = h.fake.stats;
  fault();
  await settled();
  await stillAnswers();
  const lines = h.logs.filter((l) => l.msg === "gateway").slice(before) as LogLine[];
  const counts: Record<string, number> = {};
  for (const line of lines) counts[String(line.event)] = (counts[String(line.event)] ?? 0) + 1;
  const after = h.fake.stats;
  counts.identifies = after.identifies - stats.identifies;
  counts.resumes = after.resumes - stats.resumes;
  return counts;
}

describe("gateway faults", () => {
  it("close 4000: resumes once, logged once, keeps answering", async () => {
    const resumes = h.fake.stats.resumes;
    const counts = await around(
      () => h.fake.dropConnection({ code: 4000 }),
      () => h.fake.waitForResume(resumes + 1, { timeoutMs: 10_000 }),
    );
    expect(counts).toEqual({ reconnecting: 1, resumed: 1, identifies: 0, resumes: 1 });
  });

  it("an abrupt close (no close frame): resumes once", async () => {
    const resumes = h.fake.stats.resumes;
    const counts = await around(
      () => h.fake.dropConnection({ code: "terminate" }),
      () => h.fake.waitForResume(resumes + 1, { timeoutMs: 10_000 }),
    );
    expect(counts).toEqual({ reconnecting: 1, resumed: 1, identifies: 0, resumes: 1 });
  });

  it("op 7 RECONNECT: reconnects and resumes once", async () => {
    const resumes = h.fake.stats.resumes;
    const counts = await around(
      () => h.fake.sendReconnect(),
      () => h.fake.waitForResume(resumes + 1, { timeoutMs: 10_000 }),
    );
    expect(counts).toEqual({
      reconnect_requested: 1,
      reconnecting: 1,
      resumed: 1,
      identifies: 0,
      resumes: 1,
    });
  });

  it("op 9 invalid session (resumable): resumes", async () => {
    const resumes = h.fake.stats.resumes;
    const counts = await around(
      () => h.fake.sendInvalidSession(true),
      () => h.fake.waitForResume(resumes + 1, { timeoutMs: 10_000 }),
    );
    expect(counts).toMatchObject({ invalid_session: 1, resumed: 1, identifies: 0, resumes: 1 });
    expect(gateway("invalid_session").at(-1)).toMatchObject({ resumable: true });
  });

  it("op 9 invalid session (not resumable): identifies again, once", async () => {
    const identifies = h.fake.stats.identifies;
    const counts = await around(
      () => h.fake.sendInvalidSession(false),
      () => waitForLog(h.logs, () => count("ready") > 0 && h.fake.stats.identifies > identifies, 10_000),
    );
    expect(counts).toEqual({ invalid_session: 1, reconnecting: 1, ready: 1, identifies: 1, resumes: 0 });
    expect(gateway("invalid_session").at(-1)).toMatchObject({ resumable: false });
  });

  it("all told: no spinning — one IDENTIFY at login, one after the invalid session, one RESUME per fault", () => {
    expect(h.fake.stats.identifies).toBe(2);
    expect(h.fake.stats.resumes).toBe(4);
    expect(h.fake.stats.connections).toBeLessThanOrEqual(7);
    expect(h.logs.filter((l) => l.level >= 50)).toEqual([]);
  });
});

describe("REST faults", () => {
  it("a 429 with Retry-After on an interaction callback: waited out, then answered; logged once", async () => {
    const fault = h.fake.rateLimitNext({ method: "POST", pathPattern: /\/callback$/, retryAfter: 0.5 });
    const before = h.logs.filter((l) => l.msg === "rate limited").length;
    const built = h.fake.payloads.slashCommand({ name: "cochairs", options: { round: "2" } });
    const { interactionId } = h.fake.dispatchInteraction(built);
    const reply = await h.fake.waitForInteractionReply(interactionId);
    expect(visibleText(reply)).toContain("McKinnon");
    expect(fault.hits).toBe(1);
    await h.fake.waitForRequest(
      (r) => r.route.startsWith(`/interactions/${interactionId}/`) && r.status === 204,
    );
    const callbacks = h.fake.requests.filter((r) => r.route.startsWith(`/interactions/${interactionId}/`));
    expect(callbacks.map((r) => r.status)).toEqual([429, 204]);
    expect((callbacks[1]?.at ?? 0) - (callbacks[0]?.at ?? 0)).toBeGreaterThanOrEqual(480);
    const lines = h.logs.filter((l) => l.msg === "rate limited").slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      method: "POST",
      route: "/interactions/:id/:token/callback",
    });
    expect(lines[0]?.retryAfterMs).toBeGreaterThanOrEqual(500); // Retry-After, plus discord.js's 50 ms offset
  });

  it("a 500 on an interaction callback, through every retry: logged once, the asker gets the error notice, no crash", async () => {
    const fault = h.fake.failNext({
      method: "POST",
      pathPattern: /\/callback$/,
      status: 500,
      body: { message: "boom" },
      times: 4,
    });
    const errorsBefore = h.logs.filter((l) => l.level >= 50).length;
    const built = h.fake.payloads.slashCommand({ name: "cochairs", options: { round: "2" } });
    const { interactionId } = h.fake.dispatchInteraction(built);
    const reply = await h.fake.waitForInteractionReply(interactionId);
    expect(fault.hits).toBe(4); // discord.js tried 1 + 3 times
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/Reference: `[0-9a-f]{8}`/);
    await waitForLog(h.logs, (l) => l.msg === "interaction" && l.interactionId === interactionId);
    const errors = h.logs.filter((l) => l.level >= 50).slice(errorsBefore);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: "interaction failed", interactionId, command: "cochairs" });
    await stillAnswers();
  });

  it("a slow REST answer (2 s on a channel message) does not hold up other answers", async () => {
    const fault = h.fake.failNext({
      method: "POST",
      pathPattern: "/channels/:channel/messages",
      delayMs: 2000,
    });
    const sent = await h.fake.sendMessage({
      content: `<@${h.fake.botUserId}> who co-chaired the 2nd round?`,
    });
    await waitForLog(h.logs, () => fault.hits === 1);
    const answered: string[] = [];
    for (const round of ["1", "2", "3"]) {
      const reply = await (await h.fake.sendSlashCommand({ name: "round", options: { round } })).reply();
      answered.push(reply.embeds[0]?.title ?? "");
    }
    expect(answered).toHaveLength(3);
    // all three were answered while the mention's reply was still held up
    expect(h.fake.channelMessages.some((m) => m.body.message_reference?.message_id === sent.message.id)).toBe(
      false,
    );
    const slow = await sent.reply({ timeoutMs: 5000 });
    expect(visibleText(slow)).toContain("McKinnon");
  });
});
