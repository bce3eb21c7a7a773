/**
 * One verdict per fact: whether an organisation attended a round, and whether a person co-chaired it, is
 * answered the same through every path — the /org and /agencies commands' queries, /cochairs, a yes/no
 * question in English or Japanese, a tag question, a plain wh-question — for every pair on record.
 * Expectations come from the data by the rules in src/knowledge/claims/suite-people.ts.
 */
import { describe, expect, it } from "vitest";
import type { Answer, Locale, Query, Side } from "../../../src/knowledge/answer-types.ts";
import { attendance } from "../../../src/knowledge/claims/suite-people.ts";
import type { Verdict } from "../../../src/knowledge/claims/types.ts";
import { verdictOf } from "../../../src/knowledge/claims/verdict.ts";
import { isKnown } from "../../../src/knowledge/queries.ts";
import type { Organisation, Person, Round } from "../../../src/knowledge/types.ts";
import { answerer, kb } from "../fixture.ts";

const COUNTRY = { JP: { en: "Japan", ja: "日本" }, AU: { en: "Australia", ja: "オーストラリア" } } as const;
const ADJ = { JP: { en: "Japanese", ja: "日本側" }, AU: { en: "Australian", ja: "豪州側" } } as const;
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const mentions = (text: string, names: (string | undefined)[]) =>
  names.some((n) => n && new RegExp(`(?<![A-Za-z])${literal(n)}(?![A-Za-z])`).test(text));

/** The verdict a list of agencies gives about one organisation: listed or named, not recorded, or absent. */
function listVerdict(answer: Answer, org: Organisation, locale: Locale): Verdict {
  const section = answer.sections.find((s) => s.heading.startsWith(COUNTRY[org.country][locale]));
  const body = section?.body ?? "";
  if (mentions(body, [org.name.en, org.name.ja, org.acronym])) return "yes";
  if (!section || /not recorded|記録されていません/i.test(body)) return "unrecorded";
  return /may be incomplete|一部のみ/.test(section.heading) ? "unrecorded" : "no";
}

const query = (q: Query, locale: Locale) => answerer.answerQuery(q, { locale });
const ord = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

function organisationPaths(round: Round, org: Organisation): Record<string, Verdict | undefined> {
  const n = round.number;
  const side: Side = org.country;
  const short = org.acronym ?? org.name.en ?? org.id;
  const ja = org.name.ja ?? short;
  const membership: Query = { intent: "membership", organisation: org.id, relation: "attended", round: n };
  return {
    "/org": verdictOf(query(membership, "en").text),
    "/org ja": verdictOf(query(membership, "ja").text),
    "/agencies": listVerdict(query({ intent: "agencies", round: n }, "en"), org, "en"),
    "/agencies side ja": listVerdict(query({ intent: "agencies", round: n, side }, "ja"), org, "ja"),
    "yes/no": verdictOf(answerer.ask(`Did ${short} attend the ${ord(n)} round?`).text),
    tag: verdictOf(answerer.ask(`${short} was at round ${n}, right?`).text),
    "yes/no ja": verdictOf(answerer.ask(`${ja}は第${n}回に参加しましたか？`).text),
    wh: listVerdict(answerer.ask(`Which ${ADJ[side].en} agencies attended round ${n}?`), org, "en"),
    "wh ja": listVerdict(answerer.ask(`第${n}回の${ADJ[side].ja}の参加機関は？`), org, "ja"),
  };
}

function cochairVerdict(round: Round, person: Person): Verdict {
  const fact = round.cochairs[person.country];
  return isKnown(fact) ? (fact.value === person.id ? "yes" : "no") : "unrecorded";
}

/** The verdict a list of co-chairs gives about one person. */
function cochairListVerdict(answer: Answer, person: Person): Verdict {
  const text = `${answer.text}\n${answer.sections.map((s) => s.body).join("\n")}`;
  if (mentions(text, [person.name.en, person.name.ja])) return "yes";
  return /not recorded|記録されていません/i.test(text) ? "unrecorded" : "no";
}

function personPaths(round: Round, person: Person): Record<string, Verdict | undefined> {
  const n = round.number;
  const en = person.name.en ?? person.id;
  const ja = person.name.ja ?? en;
  const membership: Query = { intent: "membership", person: person.id, relation: "cochaired", round: n };
  return {
    "/cochairs": cochairListVerdict(query({ intent: "cochairs", round: n }, "en"), person),
    "/cochairs ja": cochairListVerdict(query({ intent: "cochairs", round: n }, "ja"), person),
    "membership query": verdictOf(query(membership, "en").text),
    "yes/no": verdictOf(answerer.ask(`Did ${en} co-chair the ${ord(n)} round?`).text),
    tag: verdictOf(answerer.ask(`${en} co-chaired round ${n}, correct?`).text),
    "yes/no ja": verdictOf(answerer.ask(`${ja}は第${n}回の共同議長でしたか？`).text),
    wh: cochairListVerdict(answerer.ask(`Who co-chaired round ${n}?`), person),
    "wh ja": cochairListVerdict(answerer.ask(`第${n}回の共同議長は誰ですか？`), person),
  };
}

const cochairPeople = [...kb.people.values()].filter((p) => p.roles.some((r) => r.rounds.length > 0));

describe("one verdict per fact, whatever the path", () => {
  it("every (round, organisation) pair: /org, /agencies, yes/no, tag, wh-question, Japanese agree", () => {
    const disagreements: string[] = [];
    for (const round of kb.rounds) {
      for (const org of kb.organisations.values()) {
        const expected = attendance(kb, round, org);
        for (const [path, got] of Object.entries(organisationPaths(round, org))) {
          if (got !== expected)
            disagreements.push(`round ${round.number} ${org.id} via ${path}: ${got} ≠ ${expected}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("every (round, person) pair: /cochairs, membership, yes/no, tag, wh-question, Japanese agree", () => {
    expect(cochairPeople.length).toBeGreaterThan(0);
    const disagreements: string[] = [];
    for (const round of kb.rounds) {
      for (const person of cochairPeople) {
        const expected = cochairVerdict(round, person);
        for (const [path, got] of Object.entries(personPaths(round, person))) {
          if (got !== expected)
            disagreements.push(`round ${round.number} ${person.id} via ${path}: ${got} ≠ ${expected}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});
