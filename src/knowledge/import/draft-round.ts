/**
 * kb:import: a press release (plain text, English or Japanese) → a draft round file in the schema's shape.
 * Each fact the release states carries the sentence it came from as evidence; everything else is unknown.
 */
import type { NameIndex } from "../indexes.ts";
import type { Country, DateValue, Evidence, Round } from "../types.ts";
import { findCochairs, type NamedPerson } from "./cochairs.ts";
import {
  findNextRound,
  findParticipants,
  findPlace,
  heldSentence,
  meetingDate,
  type Participants,
  roundNumber,
} from "./facts.ts";
import type { NewOrganisation } from "./names.ts";
import { type Release, readRelease } from "./release.ts";

export interface ImportOptions {
  /** the source id for the release (default: the file name, if it is a valid id, else release-<date>-<lang>) */
  sourceId?: string;
}

export interface ImportDraft {
  release: Release;
  sourceId: string;
  round: Round & { $schema: string };
  cochairs: (NamedPerson & { side: Country })[];
  newOrganisations: NewOrganisation[];
  /** facts left unknown, by JSON path */
  unknown: string[];
  warnings: string[];
}

const TODO = "Not stated in the release (kb:import): fill it from a source, quoting it, or leave it unknown.";
const unknown = (note = TODO) => ({ status: "unknown" as const, note });

function defaultSourceId(release: Release, options: ImportOptions): string {
  if (options.sourceId) return options.sourceId;
  const d = release.date?.value;
  const date = d
    ? `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`
    : "undated";
  return `release-${date}-${release.language}`;
}

/** Reads a release and drafts its round. */
export function draftRound(text: string, index: NameIndex, options: ImportOptions = {}): ImportDraft {
  const kb = index.kb;
  const release = readRelease(text);
  const sourceId = defaultSourceId(release, options);
  const ev = (quote: string, note?: string): Evidence[] => [
    { source: sourceId, quote, ...(note ? { note } : {}) },
  ];
  const warnings: string[] = [];
  const held = heldSentence(release.sentences);
  let number = held ? roundNumber(held) : undefined;
  if (number === undefined) {
    number = Math.max(0, ...kb.rounds.map((r) => r.number)) + 1;
    warnings.push(
      `the release gives no round number: assumed ${number} (the next after the rounds on record)`,
    );
  }
  const released = release.date?.value;
  const date = held ? meetingDate(held, released) : undefined;
  const place = held ? findPlace(kb, held) : undefined;
  if (typeof place === "string")
    warnings.push(`the city "${place}" is not on record: add it with its country (place left unknown)`);
  const cochairSentence = release.sentences.find((s) => findCochairs(index, s));
  const named = cochairSentence ? (findCochairs(index, cochairSentence) ?? []) : [];
  const cochairs = named.map(
    (p, i) => ({ ...p, side: p.country ?? (i === 0 ? "JP" : "AU") }) as NamedPerson & { side: Country },
  );
  const participants = findParticipants(index, release.sentences);
  const round: ImportDraft["round"] = {
    $schema: "../schema.json",
    kind: "round",
    number,
    held: held ? { status: "known", value: true, evidence: ev(held) } : unknown(),
    date: date ? { status: "known", value: date.value, evidence: ev(date.sentence, date.note) } : unknown(),
    place:
      held && typeof place === "object" ? { status: "known", value: place, evidence: ev(held) } : unknown(),
    released:
      release.date && released
        ? { status: "known", value: released, evidence: ev(release.date.line, "the release's date line") }
        : unknown(),
    cochairs: {
      JP: cochairFact(cochairs, "JP", cochairSentence, ev),
      AU: cochairFact(cochairs, "AU", cochairSentence, ev),
    },
    participants: {
      JP: participantFact(participants, "JP", ev),
      AU: participantFact(participants, "AU", ev),
    },
    topics: unknown(
      "Not extracted by kb:import: fill the topics from the release, quoting it, or leave them unknown.",
    ),
    outcome: unknown(
      "Not extracted by kb:import: fill the outcome from the release, quoting it, or leave it unknown.",
    ),
    nextRoundAnnounced: nextRoundFact(index, release, released, ev, warnings),
  };
  return {
    release,
    sourceId,
    round,
    cochairs,
    newOrganisations: participants.flatMap((p) => p.unknown),
    unknown: unknownPaths(round),
    warnings,
  };
}

type Ev = (quote: string, note?: string) => Evidence[];

function cochairFact(
  cochairs: (NamedPerson & { side: Country })[],
  side: Country,
  sentence: string | undefined,
  ev: Ev,
) {
  const person = cochairs.find((c) => c.side === side);
  if (!person || !sentence) return unknown();
  const id = person.id ?? newPersonId(person, side);
  return { status: "known" as const, value: id, evidence: ev(sentence) };
}

/** An id for a person not on record: "smith-jane" from "Jane Smith"; a Japanese name gets a placeholder. */
export function newPersonId(person: NamedPerson, side: Country): string {
  const words = person.name.toLowerCase().match(/[a-z]+/g);
  if (person.language === "en" && words && words.length >= 2)
    return [words.at(-1), ...words.slice(0, -1)].join("-");
  return `new-cochair-${side.toLowerCase()}`;
}

function participantFact(lists: Participants[], side: Country, ev: Ev) {
  const list = lists.find((p) => p.side === side);
  if (!list || list.ids.length + list.unknown.length === 0) return unknown();
  const organisations = [...list.ids, ...list.unknown.map((o) => newOrganisationId(o.name))];
  const note = list.unknown.length
    ? `not yet on record: ${list.unknown.map((o) => o.name).join("; ")} (added to organisations.json by --write)`
    : undefined;
  return {
    status: "known" as const,
    value: { organisations, complete: list.complete },
    evidence: ev(list.sentence, note),
  };
}

/** "Japan Coast Guard" → "japan-coast-guard". */
export const newOrganisationId = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "") || "new-organisation";

function nextRoundFact(
  index: NameIndex,
  release: Release,
  released: DateValue | undefined,
  ev: Ev,
  warnings: string[],
) {
  const next = findNextRound(index.kb, release.sentences, released);
  if (!next) return unknown();
  const { round, place, year, city } = next.value;
  if (city) warnings.push(`the next round's city "${city}" is not on record: add it with its country`);
  const value = {
    round,
    ...(place ? { place } : {}),
    ...(year ? { date: { year, precision: "year" as const, approximate: false } } : {}),
  };
  return { status: "known" as const, value, evidence: ev(next.sentence, next.note) };
}

function unknownPaths(round: Round): string[] {
  const paths: string[] = [];
  for (const key of [
    "held",
    "date",
    "place",
    "released",
    "topics",
    "outcome",
    "nextRoundAnnounced",
  ] as const) {
    if (round[key]?.status === "unknown") paths.push(key);
  }
  for (const side of ["JP", "AU"] as const) {
    if (round.cochairs[side].status === "unknown") paths.push(`cochairs.${side}`);
    if (round.participants[side].status === "unknown") paths.push(`participants.${side}`);
  }
  return paths;
}
