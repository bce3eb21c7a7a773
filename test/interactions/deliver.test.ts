/** Delivery through any transport: answered at once, deferred when slow, errors always reported. */
import type { APIInteraction, APIInteractionResponse } from "discord.js";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/bot/logger.ts";
import { findMessageCommand } from "../../src/commands/registry.ts";
import type { BotContext, RunnableSlashCommand } from "../../src/interactions/context.ts";
import { answerInteraction, type InteractionTransport } from "../../src/interactions/deliver.ts";
import { loadKnowledge } from "../e2e/helpers/bot-harness.ts";

const knowledge = loadKnowledge();
const logger = createLogger({ level: "silent", destination: { write() {} } });

function recorder(fail: { respond?: number } = {}) {
  const calls: Array<{ kind: string; body?: unknown }> = [];
  let respondFailures = fail.respond ?? 0;
  const transport: InteractionTransport = {
    async respond(body: APIInteractionResponse) {
      if (respondFailures-- > 0) throw new Error("callback refused");
      calls.push({ kind: "respond", body });
    },
    webhook: {
      editOriginal: async (body) => void calls.push({ kind: "edit", body }),
      deleteOriginal: async () => void calls.push({ kind: "delete" }),
      followUp: async (body) => void calls.push({ kind: "followUp", body }),
    },
  };
  return { calls, transport };
}

const command = (name: string, execute: RunnableSlashCommand["execute"]): BotContext => ({
  knowledge,
  logger,
  commands: {
    slash: (n) => (n === name ? { definition: { name, description: "test" }, execute } : undefined),
    message: findMessageCommand,
  },
});

const slash = (name: string, options: Array<{ name: string; type: number; value: unknown }> = []) =>
  ({
    type: 2,
    id: "1",
    application_id: "2",
    token: "t",
    locale: "en-US",
    user: { id: "5", username: "u" },
    data: { id: "9", name, type: 1, options },
  }) as unknown as APIInteraction;

const notice = { kind: "notice", text: "done", locale: "en" } as const;

describe("answerInteraction", () => {
  it("answers at once when the reply is decided in time", async () => {
    const { calls, transport } = recorder();
    const outcome = await answerInteraction(
      slash("quick"),
      command("quick", () => notice),
      transport,
      50,
    );
    expect(calls.map((c) => c.kind)).toEqual(["respond"]);
    expect(calls[0]?.body).toMatchObject({
      type: 4,
      data: { content: "done", allowed_mentions: { parse: [] } },
    });
    expect(outcome.outcome).toBe("notice");
  });

  it("defers a slow reply (privately when asked), then edits the original", async () => {
    const { calls, transport } = recorder();
    const slow = command("slow", () => new Promise((resolve) => setTimeout(() => resolve(notice), 120)));
    await answerInteraction(slash("slow", [{ name: "private", type: 5, value: true }]), slow, transport, 20);
    expect(calls.map((c) => c.kind)).toEqual(["respond", "edit"]);
    expect(calls[0]?.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(calls[1]?.body).toMatchObject({ content: "done", allowed_mentions: { parse: [] } });
  });

  it("a failure after deferring is reported as a follow-up with a reference", async () => {
    const { calls, transport } = recorder();
    const failing = command(
      "boom",
      () => new Promise((_, reject) => setTimeout(() => reject(new Error("x")), 60)),
    );
    const outcome = await answerInteraction(slash("boom"), failing, transport, 10);
    expect(outcome.outcome).toBe("error");
    expect(calls.map((c) => c.kind)).toEqual(["respond", "followUp"]);
    expect(JSON.stringify(calls[1]?.body)).toMatch(/Reference: `[0-9a-f]{8}`/);
  });

  it("a refused response is followed by the error notice as the response", async () => {
    const { calls, transport } = recorder({ respond: 1 });
    const outcome = await answerInteraction(
      slash("quick"),
      command("quick", () => notice),
      transport,
      50,
    );
    expect(outcome.outcome).toBe("error");
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body).toMatchObject({ type: 4, data: { flags: 64 } });
  });

  it("a PING is answered with a PONG", async () => {
    const { calls, transport } = recorder();
    await answerInteraction(
      { type: 1, id: "1", application_id: "2", token: "t" } as APIInteraction,
      { knowledge, logger },
      transport,
    );
    expect(calls[0]?.body).toEqual({ type: 1 });
  });
});
