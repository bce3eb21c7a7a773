/**
 * Any explicit round number that is not on record gets the "no record of that round" answer, however many
 * digits it has, and a number no round can have ("round 2.5", "round -1") is never read as another round.
 */
import { describe, expect, it } from "vitest";
import { ask } from "./fixture.ts";

const NOT_ON_RECORD = /no record of|記録はありません/i;
const NAMES = /Okada|Biggs|Mizushima|McKinnon|Otaka|Feakin|岡田|ビッグス|水嶋|マッキノン|大鷹|フィーキン/;

describe("round numbers that are not on record", () => {
  for (const n of ["0", "6", "10", "99", "1000", "1368", "12345", "2.5", "-1", "- 1"]) {
    for (const question of [
      `Who co-chaired round ${n}?`,
      `Was the National Police Agency at round ${n}?`,
      `When was rd ${n} held?`,
      `Which agencies came to dialogue #${n}?`,
    ]) {
      it(question, () => {
        const answer = ask(question);
        expect(answer.text).toMatch(NOT_ON_RECORD);
        expect(answer.text).not.toMatch(NAMES);
        expect(answer.text).not.toMatch(/^\s*yes\b/i);
        expect(answer.answer.round ?? null).toBeNull();
      });
    }
  }
  for (const question of ["第1000回の共同議長は？", "第2.5回に警察庁は参加しましたか", "第12345回はいつ？"]) {
    it(question, () => {
      const answer = ask(question);
      expect(answer.text).toMatch(NOT_ON_RECORD);
      expect(answer.text).not.toMatch(NAMES);
    });
  }
  it("the 1000th round is not on record either", () => {
    expect(ask("Who co-chaired the 1000th dialogue?").text).toMatch(NOT_ON_RECORD);
  });
  it("a year after a round noun is still a year", () => {
    expect(ask("When was the meeting 2016 held?").text).toMatch(/2 August 2016/);
  });
  it("rounds on record still answer", () => {
    expect(ask("Who co-chaired round 2?").text).toMatch(/Mizushima/);
  });
});
