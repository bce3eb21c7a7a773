import { describe, expect, it } from "vitest";
import { Conversations, contextOf, conversationKey } from "../../src/bot/conversations.ts";
import * as ask from "../../src/commands/ask.ts";
import type { TurnContext } from "../../src/knowledge/answer-types.ts";
import { contextAnswerer } from "./helpers/context-answerer.ts";
import { fakeAnswer } from "./helpers/fake-answerer.ts";

const turn = (round: number): TurnContext => ({ query: { intent: "cochairs", round }, locale: "en" });
const alice = conversationKey("1250000000000000201", "1250000000000000101");

describe("Conversations", () => {
  it("a reply's context wins over the asker's recent turn; else the recent turn; else none", () => {
    let now = 1_000;
    const conversations = new Conversations({ max: 10, ttlMs: 600_000 }, () => now);
    expect(conversations.previous(alice)).toBeUndefined();
    conversations.record(alice, { kind: "answer", answer: fakeAnswer({ context: turn(2) }) });
    expect(conversations.previous(alice)).toEqual({ context: turn(2), source: "recent" });
    expect(conversations.previous(alice, turn(5))).toEqual({ context: turn(5), source: "reply" });
    now += 600_001;
    expect(conversations.previous(alice)).toBeUndefined();
  });

  it("only answers carry context: searches, notices and help leave the previous turn", () => {
    const conversations = new Conversations();
    conversations.record(alice, { kind: "answer", answer: fakeAnswer({ context: turn(3) }) });
    conversations.record(alice, { kind: "notice", text: "x", locale: "en" });
    conversations.record(alice, { kind: "search", text: "x", hits: [], locale: "en" });
    expect(conversations.previous(alice)?.context).toEqual(turn(3));
    expect(contextOf({ kind: "info", title: "", text: "", sections: [], locale: "en" })).toBeUndefined();
  });

  it("a channel-less interaction still has a key of its own", () => {
    expect(conversationKey("1", null)).toEqual({ user: "1", channel: "none" });
  });
});

describe("/ask passes the previous turn and short to the engine", () => {
  it("context from the transport, short from the option", () => {
    const answerer = contextAnswerer();
    ask.execute(
      { options: { question: "and then?", short: true }, locale: "ja" },
      { answerer, turn: turn(2) },
    );
    expect(answerer.calls[0]?.options).toEqual({ locale: "ja", context: turn(2), short: true });
    ask.execute({ options: { question: "round 1", short: false }, locale: undefined }, { answerer });
    expect(answerer.calls[1]?.options).toEqual({});
  });

  it("the short option is a localized boolean", () => {
    const short = ask.definition.options.find((o) => o.name === "short");
    expect(short).toMatchObject({ type: 5, name_localizations: { ja: "簡潔" } });
    expect(short?.description_localizations?.ja).toBeTruthy();
  });
});
