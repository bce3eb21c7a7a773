import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CUSTOM_ID_MAX, deleteCustomId, parseCustomId } from "../../src/bot/custom-id.ts";
import { renderReply } from "../../src/bot/reply.ts";
import {
  answerDeleteId,
  decodeTurn,
  encodeTurn,
  MAX_TURN_ROUNDS,
  turnFromComponents,
} from "../../src/bot/turn-code.ts";
import { type Answer, INTENTS, type Query, type TurnContext } from "../../src/knowledge/answer-types.ts";

const owner = "1250000000000000201";

const contexts: TurnContext[] = [
  { query: { intent: "cochairs", round: 2 }, rounds: [2], locale: "en" },
  { query: { intent: "agencies", round: 3, side: "AU" }, locale: "ja" },
  { query: { intent: "next_round" }, locale: "en" },
  { query: { intent: "round_overview", round: 1 }, rounds: [1, 2, 3, 5], locale: "ja" },
  {
    query: { intent: "membership", organisation: "jpcert-cc", round: 3, relation: "attended" },
    locale: "en",
  },
  { query: { intent: "membership", relation: "held_in", place: "東京: 2/3" }, rounds: [3], locale: "ja" },
  { query: { intent: "glossary", term: "nisc" }, locale: "en" },
  {
    query: { intent: "membership", organisation: "mofa", round: 2, relation: "attended" },
    rounds: [2],
    locale: "en",
    yesno: true,
  },
  { query: { intent: "when_where", round: 1 }, locale: "en", place: "Canberra" },
  { query: { intent: "unknown" }, locale: "en", place: "Port Moresby" },
];

describe("encodeTurn / decodeTurn", () => {
  it("a place that is not plain letters is not carried, and a malformed place section is refused", () => {
    expect(
      encodeTurn({ query: { intent: "rounds" }, locale: "ja", place: "東京" }, CUSTOM_ID_MAX),
    ).toBeUndefined();
    for (const bad of ["e1~/rounds", "e1~Can~berra/rounds", "e1~1Tokyo/rounds", "e1~Tok:yo/rounds"])
      expect(decodeTurn(bad)).toBeUndefined();
  });

  it.each(contexts)("round-trips %o", (context) => {
    const encoded = encodeTurn(context, CUSTOM_ID_MAX) as string;
    expect(encoded).toBeDefined();
    expect(decodeTurn(encoded)).toEqual(context);
  });

  it("is compact", () => {
    expect(encodeTurn({ query: { intent: "cochairs", round: 2 }, rounds: [2], locale: "en" }, 100)).toBe(
      "e2/cochairs:2",
    );
    expect(encodeTurn({ query: { intent: "agencies", side: "AU" }, locale: "ja" }, 100)).toBe(
      "j/agencies::AU",
    );
  });

  it("gives up rather than exceed the room it is given", () => {
    const context: TurnContext = { query: { intent: "cochairs", round: 2 }, rounds: [2], locale: "en" };
    expect(encodeTurn(context, 13)).toBe("e2/cochairs:2");
    expect(encodeTurn(context, 12)).toBeUndefined();
  });

  it("does not carry what it could not give back exactly", () => {
    const unknownField = {
      query: { intent: "cochairs", round: 2, topic: "x" } as Query,
      locale: "en",
    } as const;
    expect(encodeTurn(unknownField, 100)).toBeUndefined();
    const extra = { query: { intent: "cochairs" }, locale: "en", extra: 1 } as unknown as TurnContext;
    expect(encodeTurn(extra, 100)).toBeUndefined();
    const badRound = { query: { intent: "cochairs" }, rounds: [1.5], locale: "en" } as TurnContext;
    expect(encodeTurn(badRound, 100)).toBeUndefined();
    const many = {
      query: { intent: "rounds" },
      rounds: Array.from({ length: MAX_TURN_ROUNDS + 1 }, (_, i) => i + 1),
      locale: "en",
    } as TurnContext;
    expect(encodeTurn(many, 1000)).toBeUndefined();
    expect(encodeTurn({ query: null, locale: "en" } as unknown as TurnContext, 100)).toBeUndefined();
    expect(
      encodeTurn({ query: { intent: "cochairs" }, locale: "fr" } as unknown as TurnContext, 100),
    ).toBeUndefined();
  });

  it("a false flag is the same as none", () => {
    expect(encodeTurn({ query: { intent: "cochairs", round: 2 }, locale: "en", yesno: false }, 100)).toBe(
      "e/cochairs:2",
    );
    expect(encodeTurn({ query: { intent: "membership", round: 2 }, locale: "en", yesno: true }, 100)).toBe(
      "ey/membership:2",
    );
  });

  it("an empty list of rounds is the same as none", () => {
    expect(encodeTurn({ query: { intent: "rounds" }, rounds: [], locale: "en" }, 100)).toBe("e/rounds");
  });

  it.each([
    "",
    "/",
    "e",
    "e/",
    "x2/cochairs:2",
    "e2/",
    "e0/cochairs",
    "e2,,3/cochairs",
    "e2/bogus:2",
    "eq2/cochairs:2",
    "eyy2/cochairs:2",
    "E2/cochairs:2",
    "e2/cochairs:two",
    "e2/cochairs:2:XX",
    "e/membership:::::::%E0%A4%A",
    "e/cochairs:2:JP:x:y:z:attended:p:extra",
    `e/${"x".repeat(300)}`,
    "e1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21/rounds",
  ])("ignores garbage %j", (text) => {
    expect(decodeTurn(text)).toBeUndefined();
  });

  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const decoded = decodeTurn(text);
        if (decoded !== undefined) expect(INTENTS).toContain(decoded.query.intent);
      }),
    );
  });
});

describe("the context in an answer's delete button", () => {
  it.each(contexts)("fits a custom_id and comes back from the components: %o", (context) => {
    const id = answerDeleteId(owner, context);
    expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(parseCustomId(id)).toMatchObject({ type: "delete", owner });
    expect(turnFromComponents([{ type: 1, components: [{ type: 2, custom_id: id }] }])).toEqual(context);
  });

  it("a context too long for the custom_id is left out; the button still deletes", () => {
    const context: TurnContext = {
      query: { intent: "membership", relation: "held_in", place: "キャンベラ".repeat(6) },
      locale: "ja",
    };
    const id = answerDeleteId(owner, context);
    expect(id).toBe(deleteCustomId(owner));
    expect(parseCustomId(id)).toEqual({ type: "delete", owner });
  });

  it("the delete button of an old answer (no context) still deletes and carries nothing", () => {
    expect(parseCustomId(`dd:del:${owner}`)).toEqual({ type: "delete", owner });
    expect(turnFromComponents([{ type: 1, components: [{ type: 2, custom_id: `dd:del:${owner}` }] }])).toBe(
      undefined,
    );
  });

  it("garbage after the owner is ignored: the button still deletes, no context is read", () => {
    for (const turn of ["zz", "e2/nonsense", "e2/cochairs:2:XX", "%%%"]) {
      const id = `dd:del:${owner}:${turn}`;
      expect(parseCustomId(id)).toMatchObject({ type: "delete", owner });
      expect(turnFromComponents([{ type: 1, components: [{ custom_id: id }] }])).toBeUndefined();
    }
  });

  it.each<unknown>([
    undefined,
    null,
    "dd:del:1:e2/cochairs:2",
    [null],
    [{ components: "x" }],
    [{ components: [null, 1, { custom_id: 5 }] }],
    [{ type: 1, components: [{ custom_id: "dd:q:1:cochairs:2" }] }],
    [{ type: 1, components: [{ custom_id: `dd:del:${"9".repeat(200)}:e2/cochairs:2` }] }],
  ])("reads nothing from malformed components %j", (components) => {
    expect(turnFromComponents(components)).toBeUndefined();
  });

  it("renderReply puts the answer's context on the delete button of a public answer only", () => {
    const context: TurnContext = { query: { intent: "cochairs", round: 2 }, rounds: [2], locale: "en" };
    const answer: Answer = {
      question: "who co-chaired round 2?",
      intent: "cochairs",
      round: 2,
      locale: "en",
      title: "Co-chairs",
      text: "…",
      sections: [],
      sources: [],
      confidence: "high",
      suggestions: [],
      context,
    };
    const shown = renderReply({ kind: "answer", answer }, { owner, ephemeral: false });
    expect(turnFromComponents(shown.components)).toEqual(context);
    const noContext = renderReply(
      { kind: "answer", answer: { ...answer, context: undefined } },
      { owner, ephemeral: false },
    );
    expect(turnFromComponents(noContext.components)).toBeUndefined();
    const privately = renderReply({ kind: "answer", answer }, { owner, ephemeral: true });
    expect(privately.components).toEqual([]);
  });
});
