/**
 * Claims about what a person was (an organisation's official, a title), what one round announced of
 * another, where the dialogue first met, and what two rounds share — in other phrasings than the held-out
 * set's, with expectations derived from the data.
 */
import { describe, expect, it } from "vitest";
import { organisationShort } from "../../../src/knowledge/answer/format.ts";
import { checkClaims } from "../../../src/knowledge/claims/claims.ts";
import { weekdayOf } from "../../../src/knowledge/claims/dates.ts";
import { titlesAsserted } from "../../../src/knowledge/claims/extract-roles.ts";
import { verdictOf } from "../../../src/knowledge/claims/verdict.ts";
import { cochairsOf, isKnown, roundByNumber } from "../../../src/knowledge/queries.ts";
import type { Person, Round } from "../../../src/knowledge/types.ts";
import {
  announcingVerb,
  mentionsAnnouncing,
  saysAsAnnounced,
} from "../../../src/knowledge/understand/announce.ts";
import { ask, index, kb, understand } from "../fixture.ts";

const env = { kb, index, understand: (text: string) => understand(text) };
const kinds = (q: string) => checkClaims(env, q, understand(q)).checks.map((c) => c.claim.kind);
const verdict = (q: string) => verdictOf(ask(q).answer.text);
const people = [...kb.people.values()];
const orgOf = (p: Person) => p.roles.find((r) => r.organisation)?.organisation;

describe("a person said to belong to an organisation", () => {
  const withOrg = people.filter((p) => orgOf(p) && p.name.en);
  const person = withOrg[0] as Person;
  const own = kb.organisations.get(orgOf(person) ?? "");
  const other = withOrg.map(orgOf).find((o) => o !== orgOf(person));
  const otherOrg = kb.organisations.get(other ?? "");
  it("the data has people of two organisations", () => {
    expect(own && otherOrg).toBeTruthy();
  });
  it("another organisation is No, naming the recorded one", () => {
    if (!own || !otherOrg) return;
    const { text } = ask(`${person.name.en} works for ${organisationShort(otherOrg, "en")}, right?`).answer;
    expect(text).toMatch(/^No — /);
    expect(text).toContain(organisationShort(own, "en"));
    expect(verdict(`Was ${person.name.en} with ${organisationShort(otherOrg, "en")}?`)).toBe("no");
  });
  it("the recorded organisation is not contradicted", () => {
    if (!own) return;
    expect(verdict(`Was ${person.name.en} an official of ${organisationShort(own, "en")}?`)).toBe("yes");
  });
  it("a person whose roles record no organisation: not recorded", () => {
    const none = people.find((p) => p.name.en && p.roles.every((r) => !r.organisation));
    if (!none || !own) return;
    expect(verdict(`Was ${none.name.en} a ${organisationShort(own, "en")} official?`)).toBe("unrecorded");
  });
});

describe("a title said of a person", () => {
  const holders = people.flatMap((p) =>
    p.roles.flatMap((r) => r.rounds.map((n) => ({ p, n, title: r.title.en ?? "" }))),
  );
  const titles = [...new Set(holders.map((h) => h.title))].filter(
    (t) => /\w+ \w+ \w+/.test(t) && !/,/.test(t),
  );
  it("another title at the round is No, saying the recorded one", () => {
    const h = holders.find((x) => titles.some((t) => t !== x.title));
    const wrong = titles.find((t) => t !== h?.title);
    if (!h || !wrong) return;
    const { text } = ask(
      `Was ${h.p.name.en} serving as ${wrong} in the ${h.n === 1 ? "first" : `round ${h.n}`}?`,
    ).answer;
    expect(text).toMatch(/^No — /);
    expect(text).toContain(h.title);
  });
  it("the recorded title is not contradicted", () => {
    const h = holders.find((x) => titles.includes(x.title));
    if (!h) return;
    expect(kinds(`Was ${h.p.name.en} the ${h.title} at round ${h.n}?`)).toContain("person_title");
    expect(verdict(`Was ${h.p.name.en} the ${h.title} at round ${h.n}?`)).not.toBe("no");
  });
  it("a post that is no recorded title is not confirmed", () => {
    const h = holders.find((x) => x.title && !/deputy/i.test(x.title));
    if (!h) return;
    expect(verdict(`At round ${h.n}, was ${h.p.name.en} a deputy director?`)).toBe("unrecorded");
    // a form of address beside a name asserts nothing: 「大鷹大使は…」
    const ja = people.find((p) => p.name.ja && p.roles.some((r) => r.rounds.length > 0));
    const n = ja?.roles.find((r) => r.rounds.length > 0)?.rounds[0];
    if (ja?.name.ja && n !== undefined)
      expect(kinds(`${ja.name.ja}大使は第${n}回に出席しましたか`)).not.toContain("person_title");
  });
  it("titles are read in any order of inflection, the longer one first", () => {
    for (const t of titles) expect(titlesAsserted(kb, `Is he the ${t.toLowerCase()}?`)).toContain(t);
  });
});

describe("where the dialogue first met, inside a question on its origin", () => {
  const first = [...kb.rounds].sort((a, b) => a.number - b.number)[0] as Round;
  const city = isKnown(first.place) ? first.place.value.city.en : undefined;
  const elsewhere = kb.rounds
    .map((r) => (isKnown(r.place) ? r.place.value.city.en : undefined))
    .find((c) => c && c !== city);
  it("another city is No, naming the first round's", () => {
    if (!city || !elsewhere) return;
    const { text } = ask(
      `Abe and Abbott agreed on the dialogue in 2014 and its first meeting was in ${elsewhere}, correct?`,
    ).answer;
    expect(text).toMatch(/^No — /);
    expect(text).toContain(city);
  });
  it("the first round's own city is not taken for the place of the agreement", () => {
    if (!city) return;
    expect(verdict(`The dialogue began in 2014 and first met in ${city}, right?`)).toBe("yes");
  });
});

describe("what one round announced of another", () => {
  const announcer = kb.rounds.find((r) => isKnown(r.nextRoundAnnounced) && r.nextRoundAnnounced.value.place);
  const next =
    announcer && isKnown(announcer.nextRoundAnnounced) ? announcer.nextRoundAnnounced.value : undefined;
  const n = announcer?.number ?? 0;
  const city = next?.place?.city.en ?? "";
  it("announcing, in any form of the verb, is read as the announcement of the round announced", () => {
    if (!next) return;
    for (const q of [
      `Round ${n} announces round ${next.round} for ${city}, right?`,
      `Did the round ${n} meeting say that round ${next.round} would take place in ${city}?`,
      `Was it round ${n} that announced round ${next.round} for ${city}?`,
    ])
      expect(verdict(q), q).toBe("yes");
    if (next.date)
      expect(verdict(`Round ${n} announced round ${next.round} for ${next.date.year + 1}, correct?`)).toBe(
        "no",
      );
  });
  it("another round as the announcer is No", () => {
    const other = kb.rounds.find((r) => r.number !== n && r.number !== next?.round);
    if (!next || !other) return;
    expect(verdict(`Did round ${other.number} announce round ${next.round} for ${city}?`)).toBe("no");
  });
  it("an announcement told before the question is its premise, not what is asked", () => {
    const held = next ? roundByNumber(kb, next.round) : undefined;
    if (!next || !held || !isKnown(held.place) || held.place.value.city.en === city) return;
    expect(verdict(`Round ${n} said round ${next.round} would be in ${city}. Did that happen?`)).not.toBe(
      "yes",
    );
  });
  it("the base form of announcing words", () => {
    for (const w of ["announce", "announces", "announced", "announcing", "said", "says", "planned"])
      expect(mentionsAnnouncing(`round 2 ${w} it`), w).toBe(true);
    expect(mentionsAnnouncing("第2回で発表")).toBe(true);
    expect(saysAsAnnounced("held in Tokyo as round 2 had announced")).toBe(true);
    expect(saysAsAnnounced("held in Tokyo as it was planned")).toBe(true);
    expect(saysAsAnnounced("held in Tokyo")).toBe(false);
    expect(announcingVerb(["did", "round", "2", "announce", "it"])).toEqual({ at: 3, passive: false });
    expect(announcingVerb(["was", "round", "3", "announced"])?.passive).toBe(true);
  });
});

describe("two rounds said to share a value", () => {
  const dated = kb.rounds.filter(
    (r) => isKnown(r.date) && r.date.value.precision === "day" && !r.date.value.approximate,
  );
  const wd = (r: Round) =>
    isKnown(r.date) ? weekdayOf(r.date.value.year, r.date.value.month ?? 1, r.date.value.day ?? 1) : -1;
  it("the weekdays compared: Yes only when equal", () => {
    const [a, b] = dated;
    if (!a || !b) return;
    const expected = wd(a) === wd(b) ? "yes" : "no";
    expect(verdict(`Did rounds ${a.number} and ${b.number} fall on the same day of the week?`)).toBe(
      expected,
    );
    expect(verdict(`第${a.number}回と第${b.number}回は同じ曜日に開かれましたか？`)).toBe(expected);
  });
  it("a weekday said of both rounds is checked for each", () => {
    const [a, b] = dated;
    if (!a || !b) return;
    const names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    const expected = wd(a) === wd(b) ? "yes" : "no";
    expect(verdict(`Were rounds ${a.number} and ${b.number} both held on a ${names[wd(a)]}?`)).toBe(expected);
  });
  it("a round whose day is not recorded: not recorded", () => {
    const a = dated[0];
    const vague = kb.rounds.find((r) => !dated.includes(r) && isKnown(r.place));
    if (!a || !vague) return;
    expect(verdict(`Were rounds ${a.number} and ${vague.number} both on the same weekday?`)).toBe(
      "unrecorded",
    );
  });
  it("cities compared, and a co-chair of a side", () => {
    const placed = kb.rounds.filter((r) => isKnown(r.place));
    const [a, b] = placed;
    if (!a || !b || !isKnown(a.place) || !isKnown(b.place)) return;
    const expected = a.place.value.city.en === b.place.value.city.en ? "yes" : "no";
    expect(verdict(`Did rounds ${a.number} and ${b.number} take place in the same city?`)).toBe(expected);
    const chaired = kb.rounds.filter((r) => isKnown(r.cochairs.JP));
    const [x, y] = chaired;
    if (!x || !y || !isKnown(x.cochairs.JP) || !isKnown(y.cochairs.JP)) return;
    const same = x.cochairs.JP.value === y.cochairs.JP.value ? "yes" : "no";
    expect(verdict(`Did rounds ${x.number} and ${y.number} have the same Japanese co-chair?`)).toBe(same);
  });
});

describe("a title asked in a language the person's title is not recorded in", () => {
  it("is not recorded, unless the kind of post differs (an ambassador is a 大使)", () => {
    const found = kb.rounds
      .flatMap((r) => cochairsOf(kb, r).map((c) => ({ round: r.number, person: c.person })))
      .map(({ round, person }) => ({
        round,
        person,
        role: person.roles.find((x) => x.rounds.includes(round)),
      }))
      .find(({ role }) => role?.title.ja && !role.title.en);
    if (!found?.role?.title.ja || !found.person.name.en)
      throw new Error("the fixture has a co-chair titled only in Japanese");
    const otherTitle = [...kb.people.values()]
      .flatMap((p) => p.roles.map((r) => r.title.en))
      .find((t): t is string => !!t && !/ambassador|minister/i.test(t));
    if (!otherTitle) throw new Error("the fixture has an English title that names no ambassador or minister");
    const verdict = (q: string) => /^(Yes|Not recorded|No)\b/.exec(ask(q).text)?.[1];
    const name = found.person.name.en;
    expect(verdict(`At round ${found.round}, was ${name} the ${otherTitle}?`)).toBe("Not recorded");
    if (!found.role.title.ja.includes("大使"))
      expect(verdict(`Was ${name} an ambassador at round ${found.round}?`)).toBe("No");
  });
});
