/**
 * The claims a yes/no or tag question asserts, read from its understanding (rounds, people, organisations,
 * side, cities: what understanding found) and from what it does not keep (the day of a date, a weekday in
 * Japanese, a count, whether a city is where a round was held or where it was announced for).
 */
import type { KnowledgeBase } from "../load.ts";
import { roundByNumber } from "../queries.ts";
import { saysAsAnnounced } from "../understand/announce.ts";
import { firstMeetingClause } from "../understand/first-meeting.ts";
import type { Understanding } from "../understand/hints.ts";
import { announcingOf } from "./announcer.ts";
import {
  ANNOUNCED,
  BOUND_AFTER,
  BOUND_BEFORE,
  COCHAIR,
  countAsserted,
  HELD,
  NOT_A_VENUE,
  RELEASE,
} from "./cues.ts";
import { findDates, findWeekdays } from "./dates.ts";
import { everyCochairClaims, repeatCochairClaims } from "./extract-every.ts";
import { firstAttendedClaims, firstInClaims, identityClaims, orderClaims } from "./extract-order.ts";
import { roleClaims, sameClaims, saysOfBoth } from "./extract-roles.ts";
import type { Claim, DateOf } from "./types.ts";

/** "NPA was absent from round 1", "didn't MOFA attend?": not being there is what is asserted. */
const ABSENT =
  /\b(?:absent|missing from|not (?:at|present|there|among)|(?:did not|didn't|never) (?:attend|take part|participate|come|go|show)|(?:was|were)(?: not|n't) (?:at|there|present|among|represented)|skip|skips|skipped|skipping|missed|(?:sat|sit) out|stayed away)\b|欠席|参加しなかった|参加していなかった|参加していない|不参加|いなかった/i;

/** What a question about a round's being held is understood as (not what a round announced, say). */
const HELD_INTENTS = new Set(["when_where", "round_overview", "rounds", "membership"]);

/** A question or one part of it, with how it was understood. */
export interface Reading {
  text: string;
  understanding: Understanding;
}

const NEXT_FIXED =
  /\bconfirm\w*|\bschedul\w*|\bset\b|\bfix\w*|\bdecid\w*|\bplann?\w*|\bannounc\w*|\barrang\w*|\bbooked|決定|決ま|予定|確定|発表/i;

/** "the next round", 次回: the round after the latest on record, unless a round is named beside it */
const NEXT_ROUND =
  /\bnext (?:round|meeting|dialogue|session|one|time)\b|次回|次の(?:回|会合|協議|会議)|今度の(?:回|会合|協議)/i;
const NAMED_ROUND =
  /第\s*[0-9一二三四五六七八九十]+\s*回|\b(?:round|meeting|dialogue|session)s? ?#?\d|\br\d|\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|inaugural|initial|last|latest|previous)\b|初回|前回|最新|最初|(?:19|20)\d\d/i;

/** The claims of a whole question, or of each of its parts when the parts name different rounds. */
export function extractClaims(kb: KnowledgeBase, whole: Reading, parts: Reading[]): Claim[] {
  const { query, hints } = whole.understanding;
  const next =
    (query.intent === "next_round" && query.round === undefined && hints.announcedRound === undefined) ||
    (NEXT_ROUND.test(whole.text) && !NAMED_ROUND.test(whole.text));
  if (next) {
    return nextClaims(whole);
  }
  // "round 2 had more Japanese agencies than round 3": the two rounds' counts, compared
  if (hints.comparedCount && query.round !== undefined && hints.otherRound !== undefined) {
    const side = query.side ? { side: query.side } : {};
    return [
      { kind: "more", round: query.round, other: hints.otherRound, ...side, relation: hints.comparedCount },
    ];
  }
  const ownRounds = parts.map((p) => p.understanding.query.round);
  if (new Set(ownRounds.filter((r) => r !== undefined)).size >= 2) {
    const out: Claim[] = [];
    let current: number | undefined;
    for (const [i, part] of parts.entries()) {
      current = ownRounds[i] ?? current;
      // "co-chairs: r1 okada/biggs, r2 …": what the whole list is about holds for each part
      const cochairing = COCHAIR.test(part.text) || COCHAIR.test(whole.text);
      out.push(...claimsOf(kb, part, current === undefined ? [] : [current], cochairing));
    }
    return [...out, ...sameClaims(whole, [...new Set(ownRounds.filter((r) => r !== undefined))])];
  }
  if (query.intent === "origin") return originClaims(kb, whole);
  // "were all the Japanese co-chairs from MOFA?": each round's co-chair of the side
  const every = [
    ...everyCochairClaims(kb, whole),
    ...repeatCochairClaims(kb, whole),
    ...firstInClaims(whole),
    ...firstAttendedClaims(whole),
  ];
  if (every.length > 0) return every;
  const announcing = announcingOf(kb, whole);
  if (announcing) {
    // "the 2016 release said …": that year named the announcing round; it is not a date asserted
    const text = announcing.byDate ? whole.text.replace(announcing.byDate, " ") : whole.text;
    return claimsOf(kb, { ...whole, text }, [announcing.round], COCHAIR.test(whole.text), announcing.by);
  }
  const rounds =
    hints.announcedRound !== undefined
      ? [hints.announcedRound]
      : hints.rounds && hints.rounds.length > 1
        ? hints.rounds
        : query.round !== undefined
          ? [query.round]
          : [];
  const pair = rounds.length > 1 ? rounds : [query.round, hints.otherRound].filter((n) => n !== undefined);
  const each = pair.length > 1 && saysOfBoth(whole.text) ? pair : rounds;
  // "was round 2 the inaugural meeting?": which round it is
  const identity = identityClaims(kb, whole);
  if (identity.length > 0) return identity;
  // "did the 3rd round happen before the 2nd?": the order of the two, not the round before the 2nd
  const order = orderClaims(whole);
  if (order.length > 0) return order;
  return [...claimsOf(kb, whole, each, COCHAIR.test(whole.text)), ...sameClaims(whole, pair)];
}

/** What an origin question asserts of the first round (the rest is the origin composer's). */
function originClaims(kb: KnowledgeBase, reading: Reading): Claim[] {
  const first = Math.min(...kb.rounds.map((r) => r.number));
  const text = firstMeetingClause(reading.text);
  if (text === undefined || !Number.isFinite(first)) return [];
  const places = (reading.understanding.hints.places ?? []).filter((p) =>
    text.toLowerCase().includes(p.toLowerCase()),
  );
  const hints = { ...reading.understanding.hints, places };
  return roundClaims({ text, understanding: { ...reading.understanding, hints } }, first);
}

function claimsOf(
  kb: KnowledgeBase,
  reading: Reading,
  rounds: number[],
  cochairing: boolean,
  by?: number,
): Claim[] {
  const { query, hints } = reading.understanding;
  const out: Claim[] = [];
  const people = hints.namedPeople ?? (query.person ? [query.person] : []);
  const single = rounds.length === 1 ? rounds[0] : undefined;
  // a side said beside one person is that person's ("Was Feakin the Japanese co-chair?"); beside two, whose?
  if (query.side && people.length === 1) {
    for (const person of people) {
      out.push({
        kind: "person_side",
        person,
        side: query.side,
        ...(cochairing && single !== undefined ? { round: single } : {}),
      });
    }
  }
  for (const round of rounds) {
    // (an announced round need not be on record: what was announced for it is still a claim to check)
    if (!roundByNumber(kb, round) && by === undefined) continue;
    out.push(...(by === undefined ? roundClaims(reading, round) : announcedClaims(reading, round, by)));
    for (const person of people) out.push({ kind: cochairing ? "cochair" : "present", round, person });
    for (const name of cochairing && people.length === 0 ? (hints.unrecordedNames ?? []) : []) {
      out.push({ kind: "named_cochair", round, name, ...(query.side ? { side: query.side } : {}) });
    }
    const orgs = [query.organisation, ...(hints.otherOrganisations ?? [])].filter((o): o is string => !!o);
    for (const organisation of orgs) {
      if (cochairing && people.length === 0) out.push({ kind: "org_cochaired", round, organisation });
      else
        out.push({
          kind: "attended",
          round,
          organisation,
          ...(ABSENT.test(reading.text) ? { absent: true } : {}),
        });
    }
    const count = countAsserted(reading.text);
    if (count !== undefined)
      out.push({ kind: "count", round, count, ...(query.side ? { side: query.side } : {}) });
  }
  const person = people.length === 1 ? people[0] : undefined;
  if (person && by === undefined) out.push(...roleClaims(kb, reading, person, single));
  const hasRoundFact = out.some((c) => "round" in c && c.kind !== "person_side");
  if (!hasRoundFact && HELD.test(reading.text) && HELD_INTENTS.has(query.intent)) {
    for (const round of rounds) if (roundByNumber(kb, round)) out.push({ kind: "held", round });
  }
  return out;
}

/** "Is the next round confirmed?", "Is the next round going to be in Canberra?": a round not yet on record. */
function nextClaims(reading: Reading): Claim[] {
  const places = reading.understanding.hints.places ?? [];
  const dates = findDates(reading.text);
  const out: Claim[] = [
    ...places.map((place) => ({ kind: "next_confirmed" as const, place })),
    ...dates.map((d) => ({ kind: "next_confirmed" as const, date: d.date })),
  ];
  if (out.length === 0 && NEXT_FIXED.test(reading.text)) out.push({ kind: "next_confirmed" });
  return out;
}

/** "held in Tokyo as announced": the city is also said to be the one announced. */

/** Dates, weekdays and cities asserted of a round. */
function roundClaims(reading: Reading, round: number): Claim[] {
  const { text } = reading;
  const { hints } = reading.understanding;
  const out: Claim[] = [];
  for (const mention of findDates(text)) {
    if (BOUND_BEFORE.test(text.slice(0, mention.at)) || BOUND_AFTER.test(text.slice(mention.end))) continue;
    out.push({ kind: "date", round, date: mention.date, of: dateOf(text, hints.released === true) });
  }
  for (const weekday of findWeekdays(text)) out.push({ kind: "weekday", round, weekday });
  for (const place of hints.places ?? []) {
    // each time the city is named, said of where it was held or where it was announced for ("announced for
    // Canberra and held in Canberra")
    const said = new Set<"held" | "announced">();
    for (const at of occurrences(text, place)) {
      if (at >= 0 && NOT_A_VENUE.test(text.slice(at + place.length))) continue;
      const as = placeAs(text, at, place);
      said.add(as);
      if (as === "held" && saysAsAnnounced(text)) said.add("announced");
    }
    for (const as of said) out.push({ kind: "place", round, place, as });
  }
  return out;
}

/** Where a place is named in the text (-1 alone when it is not found as typed). */
function occurrences(text: string, place: string): number[] {
  const lower = text.toLowerCase();
  const key = place.toLowerCase();
  const out: number[] = [];
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length)) out.push(at);
  return out.length > 0 ? out : [-1];
}

/** The places and dates a named round announced for the round it announced. */
function announcedClaims(reading: Reading, round: number, by: number): Claim[] {
  return roundClaims(reading, round)
    .filter((c) => c.kind === "place" || c.kind === "date")
    .map((c) =>
      c.kind === "place" ? { ...c, as: "announced" as const, by } : { ...c, of: "announced" as const, by },
    )
    .filter((c, i, all) => all.findIndex((o) => JSON.stringify(o) === JSON.stringify(c)) === i);
}

/** "…is dated 8 August 2016 — is that when the meeting was?" (or after a full stop): the clause that asks is about the meeting. */
const ASKS_HELD_AFTER =
  /[—–;:.]\s*(?:so |and |but )?(?:is|was) (?:that|this|it) (?:when|the (?:date|day))\b([^—–;:.]*)$/i;

function dateOf(text: string, released: boolean): DateOf {
  const asked = ASKS_HELD_AFTER.exec(text)?.[1];
  if (
    asked !== undefined &&
    !RELEASE.test(asked) &&
    (HELD.test(asked) || /\b(?:meeting|round|dialogue|talks)\b/i.test(asked))
  )
    return "held";
  if (released || RELEASE.test(text)) return "released";
  return ANNOUNCED.test(text) ? "announced" : "held";
}

/** Where a city is said to be: the words just before it (English) or just after it (Japanese). */
function placeAs(text: string, at: number, place: string): "held" | "announced" {
  if (at < 0) return ANNOUNCED.test(text) ? "announced" : "held";
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(at + place.length, at + place.length + 12);
  // "even though Canberra had been announced": the city, then what was said of it
  if (
    /^\s+(?:had been|was|were|has been)\s+(?:announced|planned|scheduled|slated|named)\b/i.test(
      text.slice(at + place.length, at + place.length + 30),
    )
  )
    return "announced";
  const cue = /[\u3040-\u30FF\u3400-\u9FFF]/.test(place)
    ? after
    : (before.split(/[,;]|\band\b|\bbut\b|\bin fact\b|\bactually\b/i).pop() ?? "");
  return ANNOUNCED.test(cue) ? "announced" : "held";
}
