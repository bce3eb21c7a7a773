/** Claims about co-chairs, their sides, attendance and counts of organisations, for suite.ts. */
import type { Side } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { isKnown } from "../queries.ts";
import type { Organisation, Person, Round } from "../types.ts";
import { ord, type Say } from "./suite-dates.ts";
import type { Verdict } from "./types.ts";

const SIDES: Side[] = ["JP", "AU"];
const ADJ = { JP: "Japanese", AU: "Australian" } as const;
const ADJ_JA = { JP: "日本側", AU: "豪州側" } as const;
const nameEn = (p: Person) => p.name.en ?? p.name.ja ?? p.id;
const nameJa = (p: Person) => p.name.ja ?? p.name.en ?? p.id;

/** Everyone who co-chaired some round, with the side. */
function cochairs(kb: KnowledgeBase): { person: Person; side: Side }[] {
  const out: { person: Person; side: Side }[] = [];
  for (const round of kb.rounds) {
    for (const side of SIDES) {
      const fact = round.cochairs[side];
      const person = isKnown(fact) ? kb.people.get(fact.value) : undefined;
      if (person && !out.some((c) => c.person.id === person.id)) out.push({ person, side });
    }
  }
  return out;
}

/**
 * Every co-chair asked of every round: the round's own is Yes, another's No where that side's co-chair is
 * recorded, not recorded where it is not; the right person with the other side's adjective is No.
 */
export function cochairClaims(kb: KnowledgeBase, round: Round, say: Say): void {
  const n = round.number;
  for (const { person, side } of cochairs(kb)) {
    const fact = round.cochairs[side];
    const expect: Verdict = isKnown(fact) ? (fact.value === person.id ? "yes" : "no") : "unrecorded";
    const what = `round ${n} co-chair ${person.id}`;
    say(`Did ${nameEn(person)} co-chair the ${ord(n)} round?`, "en", expect, what);
    say(`${nameEn(person)} was a co-chair of round ${n}, right?`, "en", expect, what);
    say(`${nameJa(person)}は第${n}回の共同議長でしたか？`, "ja", expect, what);
    say(`第${n}回の共同議長は${nameJa(person)}さんでしたよね？`, "ja", expect, what);
    for (const asked of SIDES) {
      const sided: Verdict = asked !== side ? "no" : expect;
      const which = `${what} as ${asked}`;
      say(`Was ${nameEn(person)} the ${ADJ[asked]} co-chair of round ${n}?`, "en", sided, which);
      say(`${nameJa(person)}は第${n}回の${ADJ_JA[asked]}共同議長でしたっけ？`, "ja", sided, which);
    }
  }
}

/** The rule the record gives for attendance, written out independently of the checker. */
export function attendance(kb: KnowledgeBase, round: Round, org: Organisation): Verdict {
  const list = round.participants[org.country];
  if (isKnown(list) && list.value.organisations.includes(org.id)) return "yes";
  const chair = round.cochairs[org.country];
  const person = isKnown(chair) ? kb.people.get(chair.value) : undefined;
  if (person?.roles.some((r) => r.organisation === org.id && r.rounds.includes(round.number))) return "yes";
  if (!isKnown(list)) return "unrecorded";
  const names = [org.name.en, org.acronym, ...org.aliases].filter((x): x is string => !!x && x.length >= 3);
  const quotes = list.evidence.map((e) => e.quote.toLowerCase());
  const literal = (s: string) => s.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (names.some((name) => quotes.some((q) => new RegExp(`(?<![a-z])${literal(name)}(?![a-z])`).test(q))))
    return "yes";
  return list.value.complete ? "no" : "unrecorded";
}

/** Every organisation asked of every round. */
export function attendanceClaims(kb: KnowledgeBase, round: Round, say: Say): void {
  const n = round.number;
  for (const org of kb.organisations.values()) {
    const expect = attendance(kb, round, org);
    const short = org.acronym ?? org.name.en ?? org.id;
    const ja = org.name.ja ?? short;
    const what = `round ${n} attended by ${org.id}`;
    say(`Did ${short} attend the ${ord(n)} round?`, "en", expect, what);
    say(`${short} was at round ${n}, right?`, "en", expect, what);
    say(`${ja}は第${n}回に参加しましたか？`, "ja", expect, what);
    say(`第${n}回には${ja}も参加していましたよね？`, "ja", expect, what);
  }
}

/** The number of organisations a side sent: the recorded count of a complete list is Yes, one more No. */
export function countClaims(round: Round, say: Say): void {
  const n = round.number;
  for (const side of SIDES) {
    const list = round.participants[side];
    if (!isKnown(list) || !list.value.complete) continue;
    const count = list.value.organisations.length;
    for (const [c, expect] of [
      [count, "yes"],
      [count + 1, "no"],
    ] as const) {
      const what = `round ${n} ${side} count ${c}`;
      say(`Did ${c} ${ADJ[side]} agencies attend round ${n}?`, "en", expect, what);
      say(`第${n}回の${ADJ_JA[side]}参加機関は${c}機関でしたか？`, "ja", expect, what);
    }
  }
}

/** A co-chair's side, and whether a person is recorded at a round (co-chairing it or holding a role there). */
export function personClaims(kb: KnowledgeBase, round: Round, say: Say): void {
  const n = round.number;
  for (const { person } of cochairs(kb)) {
    const there =
      person.roles.some((r) => r.rounds.includes(n)) ||
      SIDES.some((s) => {
        const fact = round.cochairs[s];
        return isKnown(fact) && fact.value === person.id;
      });
    const expect: Verdict = there ? "yes" : "unrecorded";
    const what = `round ${n} attended by ${person.id}`;
    say(`Did ${nameEn(person)} attend the ${ord(n)} round?`, "en", expect, what);
    say(`${nameJa(person)}は第${n}回に出席しましたか？`, "ja", expect, what);
  }
}

/** "Is Feakin Japanese?": the side a person is recorded on. */
export function sideClaims(kb: KnowledgeBase, say: Say): void {
  for (const { person } of cochairs(kb)) {
    for (const side of SIDES) {
      const expect: Verdict = person.country === side ? "yes" : "no";
      const what = `${person.id} on the ${side} side`;
      say(`Was ${nameEn(person)} on the ${ADJ[side]} side?`, "en", expect, what);
      say(`${nameJa(person)}は${ADJ_JA[side]}の人でしたよね？`, "ja", expect, what);
    }
  }
}
