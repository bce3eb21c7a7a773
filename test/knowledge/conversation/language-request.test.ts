import { describe, expect, it } from "vitest";
import { languageRequest } from "../../../src/knowledge/conversation/language-request.ts";
import { answerer } from "../fixture.ts";

describe("the language the answer is asked in", () => {
  it.each([
    ["Who co-chaired round 1, in Japanese please?", "Who co-chaired round 1?", "ja"],
    ["who co-chaired round 2? answer in japanese", "who co-chaired round 2?", "ja"],
    ["Where was round 3 held (in English)?", "Where was round 3 held?", "en"],
    ["第2回の共同議長を英語で教えて", "第2回の共同議長を教えて", "en"],
    ["日本語で肩書きも教えて", "肩書きも教えて", "ja"],
  ])("%s → %s in %s", (q, text, locale) => {
    expect(languageRequest(q)).toEqual({ text, locale });
  });

  it.each([
    "What is IPA in Japanese?",
    "日豪サイバー政策協議って英語で何て言う？",
    "What is the Japanese name of NISC?",
    "Who was on the Japanese side at round 2?",
  ])("%s asks no language for the answer (or nothing else)", (q) => {
    expect(languageRequest(q)).toEqual({ text: q });
  });

  it("is honoured by the answer, and 'Japanese' is not read as the Japanese side", () => {
    const ja = answerer.ask("Who co-chaired round 1, in Japanese please?");
    const en = answerer.ask("Who co-chaired round 1?");
    expect(ja.locale).toBe("ja");
    expect(ja.context?.query.side).toBeUndefined();
    expect(ja.sources.map((s) => s.id)).toEqual(en.sources.map((s) => s.id));
    expect(answerer.ask("第1回の共同議長を英語で教えて").locale).toBe("en");
  });

  it.each(["and in Japanese?", "in English please", "日本語で", "英語でお願いします"])(
    "%s asks only for a language",
    (q) => {
      expect(languageRequest(q).text).toBe("");
    },
  );

  it.each([
    ["漢字では？", "ja"],
    ["in kanji?", "ja"],
    ["カタカナで", "ja"],
    ["ローマ字で？", "en"],
  ])("%s: a script names its language", (q, locale) => {
    expect(languageRequest(q)).toEqual({ text: "", locale });
  });

  it("'and in Japanese?' answers the previous question again, in Japanese; alone it is not a question", () => {
    const first = answerer.ask("Who co-chaired round 2?");
    const again = answerer.ask("and in Japanese?", { context: first.context });
    expect(again.locale).toBe("ja");
    expect(again.intent).toBe(first.intent);
    expect(again.round).toBe(first.round);
    expect(answerer.ask("in Japanese please").intent).toBe("unknown");
  });

  it("applies to a follow-up that asks for more of the same answer", () => {
    const first = answerer.ask("Who co-chaired round 1?");
    const next = answerer.ask("日本語で肩書きも教えて", { context: first.context });
    expect(next.locale).toBe("ja");
    expect(next.round).toBe(first.round);
    expect(next.context?.query.side).toBeUndefined();
  });
});
