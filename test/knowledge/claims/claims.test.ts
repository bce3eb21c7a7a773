import { describe, expect, it } from "vitest";
import { formatDate } from "../../../src/knowledge/answer/format.ts";
import { checkClaim } from "../../../src/knowledge/claims/check.ts";
import { checkClaims } from "../../../src/knowledge/claims/claims.ts";
import { countAsserted, TAG } from "../../../src/knowledge/claims/cues.ts";
import { splitClaims } from "../../../src/knowledge/claims/segments.ts";
import type { Check, Verdict } from "../../../src/knowledge/claims/types.ts";
import { combine, verdictOf } from "../../../src/knowledge/claims/verdict.ts";
import { cochairsOf, isKnown, latestRound } from "../../../src/knowledge/queries.ts";
import { answerer, ask, index, kb, understand } from "../fixture.ts";

const env = { kb, index, understand: (text: string) => understand(text) };
const claimsOf = (q: string) => checkClaims(env, q, understand(q)).checks.map((c) => c.claim);
const verdict = (q: string) => verdictOf(ask(q).answer.text);

describe("the issue's wrong Yes answers", () => {
  it("a release date is not the meeting date", () => {
    const { text } = ask("Was the 2nd round held on 8 August 2016?").answer;
    expect(text).toMatch(/^No — .*2 August 2016.*press release/);
  });
  it("a co-chair's side is checked", () => {
    expect(ask("Was Tobias Feakin the Japanese co-chair of round 3?").answer.text).toMatch(
      /^No — .*Australian/,
    );
  });
  it("a list of claims says which fails", () => {
    const { text } = ask("ok so r1 canberra, r2 tokyo, r3 canberra right?").answer;
    expect(text).toMatch(/^No — the 3rd round was held in Tokyo, not Canberra/);
    expect(text).toMatch(/1st round was held in Canberra/);
  });
  it("the next round is not confirmed when no later round is announced", () => {
    const latest = latestRound(kb)?.number ?? 0;
    const beyond = kb.rounds.some(
      (r) => isKnown(r.nextRoundAnnounced) && r.nextRoundAnnounced.value.round > latest,
    );
    expect(verdict("Is the next round confirmed?")).toBe(beyond ? "yes" : "no");
    expect(verdict("次回の開催は決まっていますか？")).toBe(beyond ? "yes" : "no");
  });
});

describe("claims read from a question", () => {
  it("a date, a weekday, a city held in and one announced for", () => {
    expect(claimsOf("Was round 3 announced for Canberra and held in Tokyo on a Monday?")).toEqual(
      expect.arrayContaining([
        { kind: "place", round: 3, place: "Canberra", as: "announced" },
        { kind: "place", round: 3, place: "Tokyo", as: "held" },
        { kind: "weekday", round: 3, weekday: 1 },
      ]),
    );
  });
  it("a person's side and role, an organisation, a count", () => {
    expect(claimsOf("Was Feakin the Japanese co-chair of round 3?")).toEqual(
      expect.arrayContaining([
        { kind: "person_side", person: "feakin-tobias", side: "JP", round: 3 },
        { kind: "cochair", round: 3, person: "feakin-tobias" },
      ]),
    );
    expect(claimsOf("Did DFAT attend round 2?")).toEqual([
      { kind: "attended", round: 2, organisation: "dfat" },
    ]);
    expect(claimsOf("Did three Australian agencies attend round 2?")).toContainEqual({
      kind: "count",
      round: 2,
      count: 3,
      side: "AU",
    });
  });
  it("nothing from a wh-question, or a date that bounds", () => {
    expect(claimsOf("When was the 2nd round held?")).toEqual([]);
    expect(claimsOf("第2回のサイバー政策担当大使はどなたでしょうか")).toEqual([]);
    expect(claimsOf("Was a round held after 2016?").some((c) => c.kind === "date")).toBe(false);
  });
  it("a tag question, a count and the parts of a list", () => {
    expect(TAG.test("r1 was in Canberra, right?")).toBe(true);
    expect(TAG.test("第1回はキャンベラでしたっけ？")).toBe(true);
    expect(TAG.test("Who co-chaired round 1?")).toBe(false);
    expect(countAsserted("seven Japanese agencies")).toBe(7);
    expect(countAsserted("第1回は七機関")).toBe(7);
    expect(countAsserted("round 7")).toBeUndefined();
    expect(splitClaims("r1 canberra, r2 tokyo and r3 canberra right?")).toEqual([
      "r1 canberra",
      "r2 tokyo",
      "r3 canberra right?",
    ]);
    expect(splitClaims("held on February 13, 2015, right?")).toEqual(["held on February 13, 2015", "right?"]);
  });
  it("never cuts inside a name the reading found", () => {
    const org = [...kb.organisations.values()].find((o) => / and /.test(o.name.en ?? ""));
    if (!org?.name.en) return;
    const text = `Was the ${org.name.en} at round 1, and at round 2?`;
    expect(splitClaims(text, [org.name.en])).toEqual([
      `Was the ${org.name.en} at round 1`,
      "and at round 2?",
    ]);
    expect(splitClaims(text).length).toBeGreaterThan(2);
  });
});

describe("checks at the recorded precision", () => {
  const check = (claim: Parameters<typeof checkClaim>[2]) => checkClaim(kb, index, claim).verdict;
  it("an approximate month-precision date confirms its year but no day or weekday", () => {
    const approximate = kb.rounds.find((r) => isKnown(r.date) && r.date.value.approximate);
    if (!approximate || !isKnown(approximate.date)) return;
    const { year, month } = approximate.date.value;
    expect(check({ kind: "date", round: approximate.number, date: { year }, of: "held" })).toBe("yes");
    expect(
      check({ kind: "date", round: approximate.number, date: { year, month, day: 5 }, of: "held" }),
    ).toBe("unrecorded");
    expect(check({ kind: "date", round: approximate.number, date: { year: year - 1 }, of: "held" })).toBe(
      "no",
    );
    expect(check({ kind: "weekday", round: approximate.number, weekday: 2 })).toBe("unrecorded");
  });
  it("a round with no recorded place: not recorded, whatever the city", () => {
    const unplaced = kb.rounds.find((r) => !isKnown(r.place));
    if (!unplaced) return;
    for (const place of ["Canberra", "Tokyo", "Sydney"])
      expect(check({ kind: "place", round: unplaced.number, place, as: "held" })).toBe("unrecorded");
  });
  it("combines: any No is No, else any unrecorded is not recorded, else Yes", () => {
    const c = (v: Verdict) => ({ verdict: v }) as Check;
    expect(combine([c("yes"), c("unrecorded"), c("no")])).toBe("no");
    expect(combine([c("yes"), c("unrecorded")])).toBe("unrecorded");
    expect(combine([c("yes"), c("yes")])).toBe("yes");
    expect(combine([])).toBeUndefined();
  });
  it("Japanese answers lead with はい / いいえ / 記録されていません", () => {
    expect(ask("第2回は2016年8月8日に開催されましたか？").answer.text).toMatch(/^いいえ。/);
    expect(ask("第1回はキャンベラで開催されましたよね？").answer.text).toMatch(/^はい。/);
    expect(ask("第5回は2023年12月5日でしたっけ？").answer.text).toMatch(/^記録されていません。/);
  });
});

describe("a claim about what a round announced is answered with the announcement", () => {
  it("'Did round N say round M would be in <another year>?' tells the year announced, not when round N met", () => {
    const by = kb.rounds.find((r) => isKnown(r.nextRoundAnnounced) && r.nextRoundAnnounced.value.date);
    if (!by || !isKnown(by.nextRoundAnnounced)) return;
    const { round, date } = by.nextRoundAnnounced.value;
    if (!date) return;
    const { text } = ask(`Did round ${by.number} say the ${round}th round would be in ${date.year + 1}?`);
    expect(text).toMatch(/^No\b/);
    expect(text).toContain(String(date.year));
  });
});

describe("the order of two rounds", () => {
  const dated = kb.rounds.filter((r) => isKnown(r.date) && r.date.value.precision === "day");
  const [early, late] = dated;
  it("is checked by their recorded dates, in English and Japanese", () => {
    if (!early || !late) return;
    expect(verdict(`Did the ${late.number}th round happen before round ${early.number}?`)).toBe("no");
    expect(verdict(`Was round ${late.number} held after round ${early.number}?`)).toBe("yes");
    expect(verdict(`Was round ${late.number} earlier than round ${early.number}?`)).toBe("no");
    expect(verdict(`第${late.number}回は第${early.number}回より前に開催された？`)).toBe("no");
    expect(verdict(`第${late.number}回は第${early.number}回より後に開催された？`)).toBe("yes");
  });
  it("is not recorded when a round is not recorded as held", () => {
    const unheld = kb.rounds.find((r) => !isKnown(r.date));
    if (!unheld || !late) return;
    expect(verdict(`Was round ${late.number} held after round ${unheld.number}?`)).not.toBe("yes");
  });
});

describe("several rounds' claims and rounds not on record", () => {
  it("two true claims about two rounds are a Yes, whatever one reading of the whole would say", () => {
    const [a, b] = kb.rounds.filter((r) => isKnown(r.place));
    if (!a || !b || !isKnown(a.place) || !isKnown(b.place)) return;
    const q = `r${a.number} in ${a.place.value.city.en} and r${b.number} in ${b.place.value.city.en}, right?`;
    expect(verdict(q)).toBe("yes");
  });
  it("a yes/no about a round after the last on record is not recorded", () => {
    const next = Math.max(...kb.rounds.map((r) => r.number)) + 1;
    expect(verdict(`Was round ${next} held in 2030?`)).toBe("unrecorded");
  });
});

describe("an announcement named by its year or made by a round whose announcement is not recorded", () => {
  const by = kb.rounds.find(
    (r) => isKnown(r.nextRoundAnnounced) && isKnown(r.date) && r.nextRoundAnnounced.value.place,
  );
  it("'the <year> release said round M would be in <city>' is checked against that round's announcement", () => {
    if (!by || !isKnown(by.nextRoundAnnounced) || !isKnown(by.date)) return;
    const { round, place } = by.nextRoundAnnounced.value;
    const year = by.date.value.year;
    if (kb.rounds.filter((r) => isKnown(r.date) && r.date.value.year === year).length !== 1) return;
    expect(verdict(`Did the ${year} release say round ${round} would be in ${place?.city.en}?`)).toBe("yes");
  });
  it("what a round whose announcement is not recorded announced is not recorded", () => {
    const silent = kb.rounds.find((r) => r.nextRoundAnnounced.status !== "known" && isKnown(r.date));
    if (!silent) return;
    expect(verdict(`第${silent.number}回で次回はキャンベラ開催と発表されましたよね？`)).toBe("unrecorded");
  });
});

describe("a name with the post of its recorded title is a form of address", () => {
  it("「水嶋大使」 is the person, not a title asserted", () => {
    for (const round of kb.rounds) {
      for (const c of cochairsOf(kb, round)) {
        const title = c.person.roles.find((r) => r.rounds.includes(round.number))?.title.ja;
        const name = c.person.name.ja;
        if (!title?.endsWith("大使") || !name) continue;
        const side = c.side === "JP" ? "日本側" : "豪州側";
        expect(verdict(`第${round.number}回の${side}共同議長は${name.slice(0, 2)}大使ですよね？`)).toBe(
          "yes",
        );
        return;
      }
    }
  });
});

describe("a release date said, then 'is that when the meeting was?'", () => {
  const released = kb.rounds.filter(
    (r) => r.released && isKnown(r.released) && isKnown(r.date) && r.date.value.day !== r.released.value.day,
  );
  it.each(released.map((r) => r.number))(
    "round %i: the meeting's date is checked, not the release's",
    (n) => {
      const round = kb.rounds.find((r) => r.number === n);
      if (!round?.released || !isKnown(round.released)) return;
      const day = formatDate(round.released.value, "en");
      for (const q of [
        `MOFA's page on round ${n} is dated ${day} — is that when the meeting was?`,
        `Round ${n}'s press release is dated ${day}; is that when the meeting was held?`,
      ])
        expect(answerer.ask(q).text).toMatch(/^No\b/);
    },
  );
});

describe("a list of rounds written without separators", () => {
  const places = kb.rounds.flatMap((r) =>
    isKnown(r.place) ? [{ n: r.number, city: r.place.value.city }] : [],
  );
  it("is checked round by round: all true is Yes, one wrong is No naming it", () => {
    const [a, b] = places;
    if (!a || !b) return;
    expect(answerer.ask(`r${a.n} ${a.city.en} r${b.n} ${b.city.en} right?`).text).toMatch(/^Yes\b/);
    expect(answerer.ask(`第${a.n}回は${a.city.ja}第${b.n}回は${b.city.ja}ですよね？`).text).toMatch(/^はい/);
    const other = places.find((p) => p.city.en !== b.city.en);
    if (!other) return;
    const wrong = answerer.ask(`r${a.n} ${a.city.en} r${b.n} ${other.city.en} right?`).text;
    expect(wrong).toMatch(/^No\b/);
    expect(wrong.split(".")[0]).toContain(`${b.n}`);
  });
});
