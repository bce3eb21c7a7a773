import { describe, expect, it } from "vitest";
import {
  CUSTOM_ID_MAX,
  decodeQuery,
  deleteCustomId,
  encodeQuery,
  openCustomId,
  parseCustomId,
  queryCustomId,
} from "../../src/bot/custom-id.ts";
import type { Query } from "../../src/knowledge/answer-types.ts";

const owner = "1250000000000000201";

describe("custom ids", () => {
  it.each<Query>([
    { intent: "cochairs", round: 2 },
    { intent: "agencies", round: 3, side: "AU" },
    { intent: "next_round" },
    { intent: "membership", organisation: "jpcert-cc", round: 3, relation: "attended" },
    { intent: "membership", person: "tobias-feakin", relation: "held_in", place: "Canberra: ACT" },
    { intent: "glossary", term: "nisc" },
    { intent: "membership", relation: "held_in", place: "東京" },
  ])("round-trips %o", (query) => {
    const id = queryCustomId(query, owner) as string;
    expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
    expect(parseCustomId(id)).toEqual({ type: "query", owner, query });
  });

  it("is compact", () => {
    expect(queryCustomId({ intent: "cochairs", round: 2 }, owner)).toBe(`dd:q:${owner}:cochairs:2`);
    expect(encodeQuery({ intent: "agencies", side: "JP" })).toBe("agencies::JP");
  });

  it("gives up rather than exceed 100 characters", () => {
    expect(
      queryCustomId({ intent: "membership", relation: "held_in", place: "x".repeat(80) }, owner),
    ).toBeUndefined();
  });

  it("parses delete and open ids", () => {
    expect(parseCustomId(deleteCustomId(owner))).toEqual({ type: "delete", owner });
    expect(parseCustomId(openCustomId(owner))).toEqual({ type: "open", owner });
    expect(parseCustomId(deleteCustomId(undefined))).toEqual({ type: "delete", owner: undefined });
  });

  it.each([
    "",
    "hello",
    "dd",
    "dd:q",
    `dd:q:${owner}`,
    `dd:q:${owner}:nonsense:2`,
    `dd:q:${owner}:cochairs:two`,
    `dd:q:${owner}:cochairs:0`,
    `dd:q:${owner}:agencies:2:NZ`,
    `dd:q:${owner}:person:::Not An Id`,
    `dd:q:${owner}:membership:::::attended:%E0%A4%A`,
    `dd:q:${owner}:cochairs:2:JP::::::extra`,
    "dd:q:abc:cochairs:2",
    `dd:open:${owner}:x`,
    "dd:zap:1",
    `dd:q:${owner}:cochairs:${"9".repeat(100)}`,
  ])("rejects malformed %j", (id) => {
    expect(parseCustomId(id)).toBeUndefined();
  });

  it("a delete button may carry an answer's follow-up context after the owner (decoded by turn-code.ts)", () => {
    expect(parseCustomId(deleteCustomId(owner, "e2/cochairs:2"))).toEqual({
      type: "delete",
      owner,
      turn: "e2/cochairs:2",
    });
    expect(parseCustomId(`dd:del:${owner}:x`)).toEqual({ type: "delete", owner, turn: "x" });
  });

  it("decodes only what it encodes", () => {
    expect(decodeQuery("round_overview:5")).toEqual({ intent: "round_overview", round: 5 });
    expect(decodeQuery("__proto__")).toBeUndefined();
  });
});
