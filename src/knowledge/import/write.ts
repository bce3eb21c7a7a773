/** kb:import --write: adds a drafted round, its source and text, and new people and organisations to data/. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Country, Evidence, Organisation, Person, Source, Text } from "../types.ts";
import type { NamedPerson } from "./cochairs.ts";
import { type ImportDraft, newOrganisationId, newPersonId } from "./draft-round.ts";

export interface SourceDetails {
  url: string;
  publisher: string;
  title?: string;
}

const HAS_JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const text = (value: string): Text => (HAS_JAPANESE.test(value) ? { ja: value } : { en: value });

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}
const writeJson = (path: string, value: unknown) =>
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** Writes the draft into `dir`; returns the files written. Refuses to overwrite a round or a source. */
export function writeDraft(
  dir: string,
  draft: ImportDraft,
  releaseText: string,
  details: SourceDetails,
): string[] {
  const roundFile = join(dir, "rounds", `round-${draft.round.number}.json`);
  if (existsSync(roundFile)) throw new Error(`${roundFile} exists already: kb:import adds new rounds only`);
  const sourcesPath = join(dir, "sources.json");
  const sources = readJson<{ sources: Source[] }>(sourcesPath);
  if (sources.sources.some((s) => s.id === draft.sourceId))
    throw new Error(`source "${draft.sourceId}" exists already`);
  const date = draft.release.date?.value;
  if (!date) throw new Error("the release has no date line: add the source by hand");
  sources.sources.push({
    id: draft.sourceId,
    publisher: details.publisher,
    title: details.title ?? draft.release.title,
    date,
    url: details.url,
    language: draft.release.language,
    text: `sources/${draft.sourceId}.txt`,
  });
  mkdirSync(join(dir, "sources"), { recursive: true });
  writeFileSync(join(dir, "sources", `${draft.sourceId}.txt`), releaseText);
  writeJson(sourcesPath, sources);
  const written = [sourcesPath, join(dir, "sources", `${draft.sourceId}.txt`)];
  if (addOrganisations(dir, draft)) written.push(join(dir, "organisations.json"));
  if (addPeople(dir, draft)) written.push(join(dir, "people.json"));
  writeJson(roundFile, draft.round);
  written.push(roundFile);
  return written;
}

function addOrganisations(dir: string, draft: ImportDraft): boolean {
  if (draft.newOrganisations.length === 0) return false;
  const path = join(dir, "organisations.json");
  const file = readJson<{ organisations: Organisation[] }>(path);
  for (const org of draft.newOrganisations) {
    const id = newOrganisationId(org.name);
    if (file.organisations.some((o) => o.id === id)) continue;
    const fact = draft.round.participants[org.country];
    const evidence =
      fact.status === "known" ? fact.evidence.map((e) => ({ source: e.source, quote: e.quote })) : [];
    file.organisations.push({
      id,
      country: org.country,
      name: text(org.name),
      aliases: [],
      evidence: evidence.map(clean),
    });
  }
  writeJson(path, file);
  return true;
}

const clean = (e: Evidence): Evidence => ({
  source: e.source,
  quote: e.quote,
  ...(e.note ? { note: e.note } : {}),
});

/** Co-chairs get a role at the new round: an existing role of the same title and organisation, else a new one. */
function addPeople(dir: string, draft: ImportDraft): boolean {
  if (draft.cochairs.length === 0) return false;
  const path = join(dir, "people.json");
  const file = readJson<{ people: Person[] }>(path);
  const n = draft.round.number;
  for (const named of draft.cochairs) {
    const fact = draft.round.cochairs[named.side];
    if (fact.status !== "known") continue;
    const evidence = fact.evidence.map(clean);
    let person = file.people.find((p) => p.id === fact.value);
    if (!person) {
      person = newPerson(named, named.side, fact.value, evidence);
      file.people.push(person);
    }
    const title = named.title ? text(named.title) : undefined;
    const same = person.roles.find(
      (r) =>
        r.organisation === named.organisation &&
        !!title &&
        (r.title.en === title.en || r.title.ja === title.ja),
    );
    if (same && !same.rounds.includes(n)) same.rounds.push(n);
    else if (!same && title)
      person.roles.push({
        title,
        rounds: [n],
        evidence,
        ...(named.organisation ? { organisation: named.organisation } : {}),
      });
  }
  writeJson(path, file);
  return true;
}

function newPerson(named: NamedPerson, side: Country, id: string, evidence: Evidence[]): Person {
  return {
    id: id || newPersonId(named, side),
    country: side,
    name: text(named.name),
    ...(named.honorific ? { honorific: { en: named.honorific } } : {}),
    aliases: [],
    roles: [],
    commentedOn: [],
    evidence,
  };
}
