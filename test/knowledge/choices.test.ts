import { describe, expect, it } from "vitest";
import { answerer } from "./fixture.ts";

const values = (partial: string, locale: "en" | "ja" = "en") =>
  answerer.roundChoices(partial, locale).map((c) => c.value);
const first = (partial: string) => answerer.roundChoices(partial, "en")[0]?.value;

describe("roundChoices", () => {
  it("lists every round on record with readable labels, round 4 as announced", () => {
    expect(answerer.roundChoices("", "en").map((c) => c.name)).toEqual([
      "Round 1 — 13 February 2015, Canberra",
      "Round 2 — 2 August 2016, Tokyo",
      "Round 3 — 11 December 2017, Tokyo",
      "Round 4 — announced for Canberra, 2018; not recorded as held",
      "Round 5 — around December 2023, Tokyo",
    ]);
    expect(answerer.roundChoices("", "ja").map((c) => c.name)).toEqual([
      "第1回 — 2015年2月13日 キャンベラ",
      "第2回 — 2016年8月2日 東京",
      "第3回 — 2017年12月11日 東京",
      "第4回 — 2018年にキャンベラで開催すると発表（開催の記録なし）",
      "第5回 — 2023年12月頃 東京",
    ]);
  });

  it.each([
    ["2", "2"],
    ["2nd", "2"],
    ["second", "2"],
    ["round 2", "2"],
    ["2016", "2"],
    ["第2", "2"],
    ["第二回", "2"],
    ["2回目", "2"],
    ["latest", "5"],
    ["last", "5"],
    ["most recent", "5"],
    ["first", "1"],
    ["inaugural", "1"],
    ["can", "1"],
    ["2017", "3"],
  ])("%j puts round %s first", (partial, round) => {
    expect(first(partial)).toBe(round);
  });

  it("filters by any part of the label", () => {
    expect(values("tok")).toEqual(["2", "3", "5"]);
    expect(values("東京", "ja")).toEqual(["2", "3", "5"]);
  });

  it("offers nothing for a round not on record", () => {
    expect(values("7th")).toEqual([]);
    expect(values("第8回")).toEqual([]);
  });
});

describe("organisationChoices", () => {
  it("lists every organisation (≤ 25) with its country; the value is the id", () => {
    const all = answerer.organisationChoices("", "en");
    expect(all.length).toBe(18);
    expect(all.find((c) => c.value === "npa")?.name).toBe("National Police Agency (NPA) — Japan");
    expect(answerer.organisationChoices("", "ja").find((c) => c.value === "npa")?.name).toBe(
      "警察庁（NPA） — 日本",
    );
  });

  it.each([
    ["npa", "npa"],
    ["NPA", "npa"],
    ["police", "npa"],
    ["警察", "npa"],
    ["home", "home-affairs"],
    ["Dept of Home Afairs", "home-affairs"],
    ["jpcrt", "jpcert-cc"],
    ["pm&c", "pmc"],
    ["豪外務", "dfat"],
  ])("%j → %s first", (partial, id) => {
    expect(answerer.organisationChoices(partial, "en")[0]?.value).toBe(id);
  });

  it("offers no near miss for a name that is not in the knowledge base", () => {
    expect(answerer.organisationChoices("AFP", "en")).toEqual([]);
    expect(answerer.organisationChoices("Australian Federal Police", "en")).toEqual([]);
  });
});

describe("search", () => {
  it("ranks exact keyword, then substring, then fuzzy", () => {
    expect(answerer.search("NPA")[0]).toMatchObject({
      kind: "organisation",
      id: "npa",
      query: { intent: "glossary", organisation: "npa" },
    });
    expect(answerer.search("mizushma")[0]).toMatchObject({ kind: "person", id: "mizushima-koichi" });
    expect(answerer.search("2016")[0]).toMatchObject({
      kind: "round",
      id: "2",
      query: { intent: "round_overview", round: 2 },
    });
    expect(answerer.search("ARF")[0]).toMatchObject({ kind: "term", id: "arf" });
  });
  it("finds topics", () => {
    const hits = answerer.search("cybercrime");
    expect(hits.map((h) => h.kind)).toEqual(["topic", "topic"]);
    expect(hits.map((h) => h.query.round)).toEqual([1, 2]);
  });
  it("respects the limit and finds nothing for nothing", () => {
    expect(answerer.search("a", { limit: 2 }).length).toBeLessThanOrEqual(2);
    expect(answerer.search("")).toEqual([]);
    expect(answerer.search("zzzzqqqq")).toEqual([]);
  });
});
