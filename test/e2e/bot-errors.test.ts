/** Failures never leave an interaction unanswered: a private notice with a reference that is in the error log. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answerer } from "../../src/knowledge/answer-types.ts";
import { createAnswerer } from "../../src/knowledge/answerer.ts";
import type { KnowledgeBase } from "../../src/knowledge/load.ts";
import { type Harness, startHarness } from "./helpers/bot-harness.ts";
import { waitForLog } from "./helpers/replies.ts";

/** The real engine, except that answering throws (and autocomplete of "boom"). */
function brokenAnswerer(kb: KnowledgeBase): Answerer {
  const real = createAnswerer(kb);
  return {
    ask: () => {
      throw new Error("engine exploded (ask)");
    },
    answerQuery: () => {
      throw new Error("engine exploded (answerQuery)");
    },
    search: (text, options) => real.search(text, options),
    roundChoices: (partial, locale) => {
      if (partial === "boom") throw new Error("engine exploded (roundChoices)");
      return real.roundChoices(partial, locale);
    },
    organisationChoices: (partial, locale) => real.organisationChoices(partial, locale),
    renderText: (answer) => real.renderText(answer),
  };
}

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ build: brokenAnswerer });
});

afterAll(async () => {
  await h?.stop();
});

const REF = /Reference: `([0-9a-f]{8})`/;

describe("errors", () => {
  it("a handler that throws gets a private reply with a reference id that is in the error log", async () => {
    const response = await h.fake.sendSlashCommand({ name: "cochairs", options: { round: "2" } });
    const reply = await response.reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    const ref = REF.exec(reply.content)?.[1];
    expect(ref).toBeDefined();
    const error = await waitForLog(h.logs, (line) => line.level === 50 && line.ref === ref);
    expect(error.interactionId).toBe(response.interactionId);
    expect(JSON.stringify(error.err)).toContain("engine exploded (answerQuery)");
    const summary = await waitForLog(
      h.logs,
      (l) => l.msg === "interaction" && l.interactionId === response.interactionId,
    );
    expect(summary).toMatchObject({ command: "cochairs", outcome: "error" });
  });

  it("in Japanese for a Japanese client", async () => {
    const response = await h.fake.sendSlashCommand({
      name: "ask",
      options: { question: "誰？" },
      locale: "ja",
    });
    expect((await response.reply()).content).toMatch(/参照番号: `[0-9a-f]{8}`/);
  });

  it("a button whose answer throws also gets the notice", async () => {
    const response = await h.fake.sendButton({ customId: `dd:q:${h.fake.userId}:cochairs:3` });
    const reply = await response.reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(REF);
  });

  it("a failed reply is followed by the notice instead of silence", async () => {
    const fault = h.fake.failNext({
      method: "POST",
      pathPattern: /\/callback$/,
      status: 500,
      body: { message: "boom" },
    });
    const built = h.fake.payloads.slashCommand({ name: "help", options: {} });
    const { interactionId } = h.fake.dispatchInteraction(built);
    const reply = await h.fake.waitForInteractionReply(interactionId);
    expect(fault.hits).toBe(1);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(REF);
  });

  it("a mention whose answer throws is answered with the reference", async () => {
    const sent = await h.fake.sendMessage({
      content: `<@${h.fake.botUserId}> who co-chaired the 2nd round?`,
    });
    const reply = await sent.reply();
    expect(reply.content).toMatch(REF);
    expect(reply.allowedMentions).toEqual({ parse: [], replied_user: false });
  });

  it("autocomplete that throws answers with no choices", async () => {
    const response = await h.fake.sendAutocomplete({ name: "round", options: { round: "boom" } });
    expect(response.type).toBe(8);
    expect(response.data?.choices).toEqual([]);
  });
});
