import { describe, expect, it } from "vitest";
import { monthsBetween, spanText } from "../../../src/knowledge/answer/cadence.ts";
import { formatDate, ordinal } from "../../../src/knowledge/answer/format.ts";
import { createAnswerer } from "../../../src/knowledge/answerer.ts";
import { readComparison } from "../../../src/knowledge/conversation/compare-reading.ts";
import {
  cochairsOf,
  isKnown,
  latestHeldRound,
  roundByNumber,
  wasHeld,
} from "../../../src/knowledge/queries.ts";
import { answerer, ask, kb } from "../fixture.ts";

const at = (iso: string) => createAnswerer(kb, { now: () => new Date(iso) });
const latest = latestHeldRound(kb);
const latestDate = latest && isKnown(latest.date) ? latest.date.value : undefined;

describe("cadence and recency, from the dates on record and today's date", () => {
  it("counts months and says spans plainly", () => {
    expect(
      monthsBetween(
        { year: 2015, month: 2, day: 13, precision: "day", approximate: false },
        { year: 2016, month: 8 },
      ),
    ).toBe(18);
    expect(spanText(18, false, "en")).toBe("18 months");
    expect(spanText(72, true, "en")).toBe("about 6 years");
    expect(spanText(16, false, "ja")).toBe("16か月");
  });

  it("how long since the last round depends on the injected clock", () => {
    if (!latest || !latestDate) return;
    const a = at(`${latestDate.year + 1}-${String(latestDate.month ?? 6).padStart(2, "0")}-15T00:00:00Z`).ask(
      "how long since the last round?",
    );
    const b = at(`${latestDate.year + 4}-${String(latestDate.month ?? 6).padStart(2, "0")}-15T00:00:00Z`).ask(
      "how long since the last round?",
    );
    expect(a.round).toBe(latest.number);
    expect(a.text).toMatch(/about 12 months ago/);
    expect(b.text).toMatch(/about 4 years ago/);
    expect(at("2026-12-03T00:00:00Z").ask("when did we last meet the Australians?").text).toMatch(
      /today is 3 December 2026/,
    );
  });

  it("never says annual unless the record shows a round every year; unrecorded rounds are named", () => {
    const answer = at("2026-12-03T00:00:00Z").ask("is it annual?");
    const undated = kb.rounds.filter((r) => !(isKnown(r.date) && wasHeld(r)));
    // two dated rounds further apart in years than the rounds numbered between them: not every year (No)
    const dated = kb.rounds.filter((r) => isKnown(r.date) && wasHeld(r));
    const gap = dated.some((r, i) => {
      const prev = dated[i - 1];
      if (!prev || !isKnown(prev.date) || !isKnown(r.date)) return false;
      return r.date.value.year - prev.date.value.year - 1 > r.number - prev.number - 1;
    });
    if (gap) expect(answer.text).toMatch(/^No — not every year/);
    else if (undated.length > 0) expect(answer.text).toMatch(/^Not recorded — /);
    for (const r of undated) expect(answer.text).toMatch(new RegExp(`the ${r.number}(st|nd|rd|th)`));
    expect(answer.text).not.toMatch(/\bis (an )?annual\b|\bmeets (every year|annually)\b/i);
    const how = at("2026-12-03T00:00:00Z").ask("how often do they meet?");
    expect(how.sections.some((s) => /→/.test(s.body))).toBe(true);
  });
});

describe("comparisons of rounds", () => {
  it("reads the rounds, the aspect and the side", () => {
    expect(readComparison(kb, "did the aussie co-chair change between r2 and r3?", undefined)).toMatchObject({
      rounds: [2, 3],
      aspects: ["cochairs"],
      side: "AU",
      yesno: "changed",
    });
    expect(readComparison(kb, "第1回と第2回の違いは？", undefined)?.rounds).toEqual([1, 2]);
    expect(readComparison(kb, "who co-chaired round 2?", undefined)).toBeUndefined();
    expect(
      readComparison(kb, "how did it change from round 3?", {
        query: { intent: "cochairs", round: 2 },
        locale: "en",
      })?.rounds,
    ).toEqual([2, 3]);
  });

  it("says what changed, and a yes/no only from recorded facts", () => {
    const two = roundByNumber(kb, 2);
    const three = roundByNumber(kb, 3);
    if (!two || !three) return;
    const au = (r: typeof two) => cochairsOf(kb, r).find((c) => c.side === "AU")?.person.name.en ?? "";
    const answer = at("2026-12-03T00:00:00Z").ask("did the aussie co-chair change between r2 and r3?");
    const changed = au(two) !== au(three);
    expect(answer.text).toMatch(changed ? /^Yes — / : /^No — /);
    expect(answer.text).toContain(au(two));
    expect(answer.text).toContain(au(three));
  });

  it("an unrecorded part is said to be unrecorded, not counted as absent", () => {
    const unrecorded = kb.rounds.find((r) => wasHeld(r) && r.participants.JP.status !== "known");
    const recorded = kb.rounds.find((r) => r.participants.JP.status === "known");
    if (!unrecorded || !recorded) return;
    const answer = at("2026-12-03T00:00:00Z").ask(
      `compare the japanese agencies at round ${recorded.number} and round ${unrecorded.number}`,
    );
    expect(answer.text).toMatch(/not recorded for the \d+(st|nd|rd|th), so they cannot be compared/);
    expect(answer.text).not.toMatch(/Only at/);
  });
});

describe("comparing what rounds announced", () => {
  it("compares the next round each announced, when that is asked", () => {
    const announcing = kb.rounds.filter((r) => isKnown(r.nextRoundAnnounced)).slice(0, 2);
    const [a, b] = announcing;
    if (!a || !b || !isKnown(a.nextRoundAnnounced) || !isKnown(b.nextRoundAnnounced)) return;
    const { text } = ask(`Compare the next-round announcements of rounds ${a.number} and ${b.number}.`);
    expect(text).toMatch(/Next round announced/);
    for (const r of [a, b])
      if (isKnown(r.nextRoundAnnounced))
        expect(text).toContain(`${ordinal(r.nextRoundAnnounced.value.round)} round`);
  });
});

describe("anything in common between two rounds", () => {
  const chaired = kb.rounds.filter((r) => cochairsOf(kb, r).length === 2);
  const pairs = chaired.flatMap((a, i) => chaired.slice(i + 1).map((b) => [a, b] as const));
  it.each(pairs.map(([a, b]) => ({ a: a.number, b: b.number })))(
    "co-chairs of rounds $a and $b",
    ({ a, b }) => {
      const ra = kb.rounds.find((r) => r.number === a);
      const rb = kb.rounds.find((r) => r.number === b);
      if (!ra || !rb) return;
      const ids = (r: typeof ra) => cochairsOf(kb, r).map((c) => c.person.id);
      const shared = ids(ra).some((id) => ids(rb).includes(id));
      const text = answerer.ask(`Did rounds ${a} and ${b} have any co-chair in common?`).text;
      expect(text).toMatch(shared ? /^Yes\b/ : /^No\b/);
      // the same asked as a follow-up to the two rounds asked one after the other
      const first = answerer.ask(`who co-chaired round ${a}?`);
      const second = answerer.ask(`and round ${b}?`, first.context ? { context: first.context } : {});
      const overlap = answerer.ask("any overlap?", second.context ? { context: second.context } : {});
      expect(overlap.text).toMatch(shared ? /^Yes\b/ : /^No\b/);
    },
  );
  it("another meeting named is not a round, whatever date is given with it", () => {
    const distinct = kb.dialogue.distinctFrom[0];
    const latest = kb.rounds.at(-1);
    if (!distinct?.date || !latest) return;
    const day = formatDate({ ...distinct.date, precision: "day", approximate: false }, "en");
    expect(answerer.ask(`Was round ${latest.number} the ${distinct.name.en} on ${day}?`).text).toMatch(
      /^No\b/,
    );
  });
});

describe("the same agencies at two rounds, named by their years", () => {
  it("is No when the lists differ, whatever the other claims (dates, counts) say", () => {
    const listed = kb.rounds.filter(
      (r) => isKnown(r.participants.AU) && r.participants.AU.value.complete && isKnown(r.date),
    );
    const [a, b] = listed;
    if (
      !a ||
      !b ||
      !isKnown(a.date) ||
      !isKnown(b.date) ||
      !isKnown(a.participants.AU) ||
      !isKnown(b.participants.AU)
    )
      return;
    const same =
      a.participants.AU.value.organisations.length === b.participants.AU.value.organisations.length &&
      a.participants.AU.value.organisations.every(
        (o) => isKnown(b.participants.AU) && b.participants.AU.value.organisations.includes(o),
      );
    const n = a.participants.AU.value.organisations.length;
    const text = answerer.ask(
      `Did Australia send the same ${n} agencies in ${a.date.value.year} and ${b.date.value.year}?`,
    ).text;
    expect(text).toMatch(same ? /^Yes\b/ : /^No\b/);
  });
});
