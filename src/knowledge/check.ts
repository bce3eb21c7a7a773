import { basename } from "node:path";
import { checkFutureDates, checkMeetingsAgainstSources, checkRoundOrder } from "./checks/chronology.ts";
import { checkConflicts } from "./checks/conflicts.ts";
import {
  type Collected,
  collect,
  type Fail,
  forEachEvidence,
  type Ids,
  type Located,
} from "./checks/located.ts";
import { checkQuotes } from "./checks/quotes.ts";
import { checkWeekdays } from "./checks/weekdays.ts";
import { jsonPath, type KbError } from "./errors.ts";
import type { KnowledgeBase, ParsedFile } from "./load.ts";
import type { Organisation, Round } from "./types.ts";

export interface CheckOptions {
  /** What "the future" is measured from (default: now). */
  today?: Date;
  /** Each source's stored text by source id, for the word-for-word check of quotes (skipped when absent). */
  sourceTexts?: ReadonlyMap<string, string>;
  /**
   * Kinds of file ("sources", "people", …) of which one failed validation: references to what they define are
   * not checked, since every one would be reported as unknown (errors that follow from the first).
   */
  incomplete?: ReadonlySet<string>;
}

/** The kind of file that defines each kind of reference. */
const DEFINED_IN: Record<string, string> = {
  source: "sources",
  person: "people",
  organisation: "organisations",
};

const normaliseName = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s.·・]/g, "");

/**
 * Assembles the parsed files into one knowledge base and checks what no single file can: ids, references,
 * dates against their sources and each other, quotes against their sources' text, facts told twice.
 */
export function checkKnowledgeBase(
  files: ParsedFile[],
  dir: string,
  options: CheckOptions = {},
): { kb?: KnowledgeBase; errors: KbError[] } {
  const errors: KbError[] = [];
  const fail: Fail = (file, path, message) => errors.push({ file, path: jsonPath(path), message });
  const all = collect(files);
  if (all.dialogues.length !== 1) {
    const count = all.dialogues.length;
    fail(
      all.dialogues[1]?.file ?? dir,
      ["kind"],
      `expected exactly one file of kind "dialogue", found ${count}`,
    );
  }
  const ids = indexIds(all, fail);
  const incomplete = options.incomplete ?? new Set<string>();
  // a reference to a kind whose file failed validation is not reported: the first error explains it
  const refFail: Fail = (file, path, message) => {
    const what = /^unknown (\w+) "/.exec(message)?.[1] ?? "";
    if (!incomplete.has(DEFINED_IN[what] ?? "") && !(what === "round" && incomplete.has("round")))
      fail(file, path, message);
  };
  checkRoundNumbers(all.rounds, fail);
  checkEvidenceSources(all, ids, refFail);
  checkReferences(all, ids, refFail);
  checkNameClashes(all.organisations, fail);
  checkMeetingsAgainstSources(all, ids, fail);
  checkFutureDates(all, options.today ?? new Date(), fail);
  checkRoundOrder(all.rounds, fail);
  checkWeekdays(all.rounds, fail);
  checkConflicts(all, ids, fail);
  if (options.sourceTexts) checkQuotes(all, ids, options.sourceTexts, fail);

  const dialogue = all.dialogues[0]?.item;
  if (errors.length > 0 || !dialogue) return { errors };
  return {
    errors,
    kb: {
      dialogue,
      rounds: all.rounds.map((r) => r.item).sort((a, b) => a.number - b.number),
      sources: ids.sources,
      organisations: ids.organisations,
      people: ids.people,
      glossary: all.terms.map((t) => t.item),
    },
  };
}

/** Ids are unique within their kind; the first definition wins. */
function indexIds(all: Collected, fail: Fail): Ids {
  const index = <T extends { id: string }>(list: Located<T>[], what: string) => {
    const byId = new Map<string, T>();
    const firstFile = new Map<string, string>();
    for (const { item, file, path } of list) {
      if (byId.has(item.id)) {
        fail(
          file,
          [...path, "id"],
          `duplicate ${what} id "${item.id}" (first defined in ${firstFile.get(item.id)})`,
        );
        continue;
      }
      byId.set(item.id, item);
      firstFile.set(item.id, file);
    }
    return byId;
  };
  const ids = {
    sources: index(all.sources, "source"),
    organisations: index(all.organisations, "organisation"),
    people: index(all.people, "person"),
  };
  index(all.terms, "glossary term");
  return ids;
}

/** One file per round number, named after it (rounds/round-5.json holds "number": 5). */
function checkRoundNumbers(rounds: Located<Round>[], fail: Fail): void {
  const roundFile = new Map<number, string>();
  for (const { item, file } of rounds) {
    const first = roundFile.get(item.number);
    if (first) fail(file, ["number"], `duplicate round number ${item.number} (also in ${first})`);
    else roundFile.set(item.number, file);
    const named = /^round-(\d+)\.json$/.exec(basename(file));
    if (!named)
      fail(
        file,
        ["number"],
        `a round file is named round-<number>.json (this one: round-${item.number}.json)`,
      );
    else if (Number(named[1]) !== item.number)
      fail(file, ["number"], `the file name says round ${named[1]} but "number" is ${item.number}`);
  }
}

/** Every piece of evidence cites a source of sources.json. */
function checkEvidenceSources(all: Collected, ids: Ids, fail: Fail): void {
  forEachEvidence(all, ({ evidence, file, path }) => {
    if (typeof evidence.source === "string" && !ids.sources.has(evidence.source))
      fail(file, [...path, "source"], `unknown source "${evidence.source}" (not in sources)`);
  });
}

/** Ids that records use for people, organisations, sources and rounds exist and fit. */
function checkReferences(all: Collected, ids: Ids, fail: Fail): void {
  const ref = (
    file: string,
    path: (string | number)[],
    id: string,
    map: Map<string, unknown>,
    what: string,
  ) => {
    if (!map.has(id)) fail(file, path, `unknown ${what} "${id}" (no ${what} has this id)`);
  };
  for (const { item, file } of all.dialogues) {
    if (item.origin.status === "known")
      item.origin.value.agreedBy.forEach((id, i) => {
        ref(file, ["origin", "value", "agreedBy", i], id, ids.people, "person");
      });
    item.distinctFrom.forEach((meeting, i) => {
      ref(file, ["distinctFrom", i, "source"], meeting.source, ids.sources, "source");
    });
  }
  for (const { item, file } of all.rounds) checkRoundReferences(item, file, ids, fail);
  for (const { item, file, path } of all.organisations)
    if (item.partOf) ref(file, [...path, "partOf"], item.partOf, ids.organisations, "organisation");
  const roundNumbers = new Set(all.rounds.map((r) => r.item.number));
  for (const { item, file, path } of all.people) {
    item.roles.forEach((role, i) => {
      if (role.organisation)
        ref(
          file,
          [...path, "roles", i, "organisation"],
          role.organisation,
          ids.organisations,
          "organisation",
        );
    });
    item.commentedOn.forEach((comment, i) => {
      if (!roundNumbers.has(comment.round))
        fail(
          file,
          [...path, "commentedOn", i, "round"],
          `unknown round "${comment.round}" (no round file has this number)`,
        );
    });
  }
}

function checkRoundReferences(round: Round, file: string, ids: Ids, fail: Fail): void {
  for (const side of ["JP", "AU"] as const) {
    const cochair = round.cochairs[side];
    if (cochair.status === "known" && !ids.people.has(cochair.value))
      fail(file, ["cochairs", side, "value"], `unknown person "${cochair.value}" (no person has this id)`);
    const list = round.participants[side];
    if (list.status !== "known") continue;
    list.value.organisations.forEach((id, i) => {
      const at = ["participants", side, "value", "organisations", i];
      const org = ids.organisations.get(id);
      if (!org) fail(file, at, `unknown organisation "${id}" (no organisation has this id)`);
      else if (org.country !== side) fail(file, at, `"${id}" is not an organisation of ${side}`);
    });
  }
  const next = round.nextRoundAnnounced;
  if (next.status === "known" && next.value.round <= round.number)
    fail(
      file,
      ["nextRoundAnnounced", "value", "round"],
      `the next round must come after round ${round.number}`,
    );
}

/** Two organisations answering to the same name or alias would make lookups ambiguous. */
function checkNameClashes(organisations: Located<Organisation>[], fail: Fail) {
  const owner = new Map<string, string>();
  for (const { item, file, path } of organisations) {
    const names = [item.name.en, item.name.ja, item.acronym, ...item.aliases].filter((n): n is string => !!n);
    for (const name of new Set(names.map(normaliseName))) {
      const other = owner.get(name);
      if (other && other !== item.id)
        fail(file, [...path], `name or alias "${name}" is also used by "${other}"`);
      else owner.set(name, item.id);
    }
  }
}
