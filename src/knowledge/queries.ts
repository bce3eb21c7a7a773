/**
 * Typed questions over a loaded knowledge base: rounds by number and by what they record, co-chairs,
 * participants, announcements and what followed them, organisations and people by any name.
 * Pure functions of the knowledge base; nothing here formats text.
 */
import type { Side } from "./answer-types.ts";
import type { EntityKind, NameIndex } from "./indexes.ts";
import type { KnowledgeBase } from "./load.ts";
import type {
  Evidence,
  Fact,
  KnownFact,
  NextRoundAnnouncement,
  Organisation,
  ParticipantList,
  Person,
  Place,
  Round,
} from "./types.ts";

export const SIDES: readonly Side[] = ["JP", "AU"];

export const isKnown = <T>(fact: Fact<T> | undefined): fact is KnownFact<T> => fact?.status === "known";

/**
 * Look-up tables of a knowledge base, built once on first use (a loaded base is never changed; a reload
 * is a new object): rounds by number, announcements by the round announced, attendance by organisation,
 * co-chairing by person. Every query stays O(1) in the number of rounds.
 */
interface Tables {
  byNumber: Map<number, Round>;
  announcing: Map<number, Round>;
  attendance: Map<string, Attendance[]>;
  cochaired: Map<string, { round: Round; side: Side }[]>;
}
const TABLES = new WeakMap<KnowledgeBase, Tables>();

function tables(kb: KnowledgeBase): Tables {
  let t = TABLES.get(kb);
  if (t) return t;
  t = { byNumber: new Map(), announcing: new Map(), attendance: new Map(), cochaired: new Map() };
  for (const round of kb.rounds) {
    if (!t.byNumber.has(round.number)) t.byNumber.set(round.number, round);
    const next = round.nextRoundAnnounced;
    if (isKnown(next) && !t.announcing.has(next.value.round)) t.announcing.set(next.value.round, round);
    for (const side of SIDES) {
      const fact = round.participants[side];
      if (isKnown(fact)) {
        for (const id of new Set(fact.value.organisations)) {
          const list = t.attendance.get(id) ?? [];
          list.push({ round, side, complete: fact.value.complete });
          t.attendance.set(id, list);
        }
      }
      const chair = round.cochairs[side];
      if (isKnown(chair)) {
        const list = t.cochaired.get(chair.value) ?? [];
        list.push({ round, side });
        t.cochaired.set(chair.value, list);
      }
    }
  }
  TABLES.set(kb, t);
  return t;
}

export function roundByNumber(kb: KnowledgeBase, n: number | undefined): Round | undefined {
  if (n === undefined) return undefined;
  return tables(kb).byNumber.get(n);
}

export const roundNumbers = (kb: KnowledgeBase) => kb.rounds.map((round) => round.number);

/** The highest-numbered round on record (whether or not its details are known). */
export const latestRound = (kb: KnowledgeBase): Round | undefined => kb.rounds[kb.rounds.length - 1];

/** The latest round recorded as held. */
export const latestHeldRound = (kb: KnowledgeBase): Round | undefined =>
  latestRoundWhere(kb, (round) => isKnown(round.held) && round.held.value);

export function latestRoundWhere(kb: KnowledgeBase, test: (round: Round) => boolean): Round | undefined {
  for (let i = kb.rounds.length - 1; i >= 0; i--) {
    const round = kb.rounds[i];
    if (round && test(round)) return round;
  }
  return undefined;
}

export const wasHeld = (round: Round) => isKnown(round.held) && round.held.value;

/** A fact of a round that may be asked about, to find "the latest round that records it". */
export type RoundFact = "cochairs" | "participants" | "topics" | "next" | "date" | "place" | "outcome";

export function recordsFact(round: Round, fact: RoundFact, side?: Side): boolean {
  const sides = side ? [side] : SIDES;
  switch (fact) {
    case "cochairs":
      return sides.some((s) => isKnown(round.cochairs[s]));
    case "participants":
      return sides.some((s) => isKnown(round.participants[s]));
    case "topics":
      return isKnown(round.topics);
    case "next":
      return isKnown(round.nextRoundAnnounced);
    case "date":
      return isKnown(round.date);
    case "place":
      return isKnown(round.place);
    case "outcome":
      return isKnown(round.outcome);
  }
}

export const latestRoundRecording = (kb: KnowledgeBase, fact: RoundFact, side?: Side) =>
  latestRoundWhere(kb, (round) => recordsFact(round, fact, side));

export interface Cochair {
  side: Side;
  person: Person;
  evidence: Evidence[];
}

/** The co-chairs of a round that are on record, Japan first. */
export function cochairsOf(kb: KnowledgeBase, round: Round): Cochair[] {
  const out: Cochair[] = [];
  for (const side of SIDES) {
    const fact = round.cochairs[side];
    if (!isKnown(fact)) continue;
    const person = kb.people.get(fact.value);
    if (person) out.push({ side, person, evidence: fact.evidence });
  }
  return out;
}

export interface SideParticipants {
  side: Side;
  fact: Fact<ParticipantList>;
  organisations: Organisation[];
}

export function participantsOf(kb: KnowledgeBase, round: Round, side?: Side): SideParticipants[] {
  return (side ? [side] : SIDES).map((s) => {
    const fact = round.participants[s];
    const organisations = isKnown(fact)
      ? fact.value.organisations.map((id) => kb.organisations.get(id)).filter((o): o is Organisation => !!o)
      : [];
    return { side: s, fact, organisations };
  });
}

/** How many organisations a round's recorded lists name (one side or both): `known` when every list asked is
 * on record, `complete` when every one is recorded in full (else `total` is a lower bound). */
export interface ParticipantCount {
  total: number;
  known: boolean;
  complete: boolean;
  evidence: Evidence[];
}

/** The count of round `n` (nothing known when the round is not on record). */
export function participantCountOf(kb: KnowledgeBase, n: number, side?: Side): ParticipantCount {
  const round = roundByNumber(kb, n);
  return round
    ? participantCount(kb, round, side)
    : { total: 0, known: false, complete: false, evidence: [] };
}

export function participantCount(kb: KnowledgeBase, round: Round, side?: Side): ParticipantCount {
  const lists = participantsOf(kb, round, side);
  return {
    total: lists.reduce((sum, l) => sum + l.organisations.length, 0),
    known: lists.every((l) => isKnown(l.fact)),
    complete: lists.every((l) => isKnown(l.fact) && l.fact.value.complete),
    evidence: lists.flatMap((l) => (isKnown(l.fact) ? l.fact.evidence : [])),
  };
}

/**
 * Is count `x` more than `y`, as far as the record tells: a partial list is a lower bound, so it can show "more"
 * (it already has more) or "not more" (the other already has as many); otherwise it is not recorded.
 */
export function moreThan(x: ParticipantCount, y: ParticipantCount): "yes" | "no" | "unrecorded" {
  if (!x.known || !y.known) return "unrecorded";
  if (x.complete && y.complete) return x.total > y.total ? "yes" : "no";
  if (!x.complete && y.complete) return x.total > y.total ? "yes" : "unrecorded";
  if (x.complete && !y.complete) return y.total >= x.total ? "no" : "unrecorded";
  return "unrecorded";
}

export interface Announcement {
  /** the round that made the announcement */
  by: Round;
  announced: NextRoundAnnouncement;
  evidence: Evidence[];
  /** the announced round's own record, when there is one */
  target?: Round;
}

/** What a round announced about the next one, with the announced round's own record. */
export function announcementBy(kb: KnowledgeBase, round: Round): Announcement | undefined {
  const fact = round.nextRoundAnnounced;
  if (!isKnown(fact)) return undefined;
  return {
    by: round,
    announced: fact.value,
    evidence: fact.evidence,
    target: roundByNumber(kb, fact.value.round),
  };
}

/** The announcement of round `n` (made by an earlier round), if any is on record. */
export function announcementOf(kb: KnowledgeBase, n: number): Announcement | undefined {
  const round = tables(kb).announcing.get(n);
  return round ? announcementBy(kb, round) : undefined;
}

/** The latest announcement of a next round on record. */
export function latestAnnouncement(kb: KnowledgeBase): Announcement | undefined {
  const round = latestRoundRecording(kb, "next");
  return round ? announcementBy(kb, round) : undefined;
}

export function roundsInYear(kb: KnowledgeBase, year: number, month?: number): Round[] {
  return kb.rounds.filter(
    (round) =>
      isKnown(round.date) &&
      round.date.value.year === year &&
      (month === undefined || round.date.value.month === month),
  );
}

export function roundsInMonth(kb: KnowledgeBase, month: number): Round[] {
  return kb.rounds.filter((round) => isKnown(round.date) && round.date.value.month === month);
}

const cityKey = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

const COUNTRY_NAMES: Record<string, "JP" | "AU"> = {
  japan: "JP",
  日本: "JP",
  australia: "AU",
  オーストラリア: "AU",
  豪州: "AU",
};

/** Is a place the city (or, given a country's name, in the country) named, in either language? */
export function samePlace(place: Place, city: string): boolean {
  const wanted = cityKey(city);
  const country = COUNTRY_NAMES[wanted];
  if (country) return place.country === country;
  return [place.city.en, place.city.ja].some((name) => name !== undefined && cityKey(name) === wanted);
}

/** Rounds recorded as held in a city (named in either language). */
export function roundsHeldIn(kb: KnowledgeBase, city: string): Round[] {
  let byCity = HELD_IN.get(kb);
  if (!byCity) {
    byCity = new Map();
    HELD_IN.set(kb, byCity);
  }
  let rounds = byCity.get(city);
  if (!rounds) {
    rounds = kb.rounds.filter((round) => isKnown(round.place) && samePlace(round.place.value, city));
    // the cities asked about are few; a flood of new ones is answered without being remembered
    if (byCity.size < 1_000) byCity.set(city, rounds);
  }
  return rounds;
}

/** The rounds held in each city asked about, worked out once per knowledge base (see roundsHeldIn). */
const HELD_IN = new WeakMap<KnowledgeBase, Map<string, Round[]>>();

/** Every city the knowledge base names (where rounds were held or announced, where it was agreed). */
export function knownCities(kb: KnowledgeBase): Place[] {
  const places: Place[] = [];
  const push = (place: Place | undefined) => {
    if (place && !places.some((p) => p.city.en === place.city.en && p.city.ja === place.city.ja))
      places.push(place);
  };
  for (const round of kb.rounds) {
    if (isKnown(round.place)) push(round.place.value);
    if (isKnown(round.nextRoundAnnounced)) push(round.nextRoundAnnounced.value.place);
  }
  if (isKnown(kb.dialogue.origin)) push(kb.dialogue.origin.value.place);
  return places;
}

export interface Attendance {
  round: Round;
  side: Side;
  complete: boolean;
}

/** The rounds whose recorded participants include an organisation. */
export function roundsAttendedBy(kb: KnowledgeBase, organisationId: string): Attendance[] {
  return [...(tables(kb).attendance.get(organisationId) ?? [])];
}

/** The rounds a person co-chaired, with the side. */
export function roundsCochairedBy(kb: KnowledgeBase, personId: string): { round: Round; side: Side }[] {
  return [...(tables(kb).cochaired.get(personId) ?? [])];
}

/** The role a person held at a round (or their first role when no round is given). */
export function roleAt(person: Person, round?: number) {
  if (round !== undefined) {
    const role = person.roles.find((r) => r.rounds.includes(round));
    if (role) return role;
  }
  return person.roles[0];
}

export function organisationByName(index: NameIndex, name: string): Organisation | undefined {
  return entityByName(index, name, "organisation") as Organisation | undefined;
}

export function personByName(index: NameIndex, name: string): Person | undefined {
  return entityByName(index, name, "person") as Person | undefined;
}

function entityByName(index: NameIndex, name: string, kind: EntityKind) {
  const hit = index.lookup(name, [kind]);
  if (!hit) return undefined;
  const kb = index.kb;
  return kind === "organisation" ? kb.organisations.get(hit.ref.id) : kb.people.get(hit.ref.id);
}
