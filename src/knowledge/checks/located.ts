import type { ParsedFile } from "../load.ts";
import type { Dialogue, GlossaryTerm, Organisation, Person, Round, Source } from "../types.ts";
import { walkObjects } from "../walk.ts";

/** One record of the knowledge base, with the file and JSON path it came from. */
export type Located<T> = { item: T; file: string; path: (string | number)[] };

/** Records an error at a file and JSON path. */
export type Fail = (file: string, path: (string | number)[], message: string) => void;

/** Every record of the parsed files, sorted by kind. */
export interface Collected {
  dialogues: Located<Dialogue>[];
  rounds: Located<Round>[];
  sources: Located<Source>[];
  organisations: Located<Organisation>[];
  people: Located<Person>[];
  terms: Located<GlossaryTerm>[];
}

/** Where ids resolve to: the first record of each id. */
export interface Ids {
  sources: Map<string, Source>;
  organisations: Map<string, Organisation>;
  people: Map<string, Person>;
}

export function collect(files: ParsedFile[]): Collected {
  const all: Collected = { dialogues: [], rounds: [], sources: [], organisations: [], people: [], terms: [] };
  const each = <T>(list: Located<T>[], items: T[], file: string, key: string) => {
    items.forEach((item, i) => {
      list.push({ item, file, path: [key, i] });
    });
  };
  for (const { file, data } of files) {
    if (data.kind === "dialogue") all.dialogues.push({ item: data, file, path: [] });
    else if (data.kind === "round") all.rounds.push({ item: data, file, path: [] });
    else if (data.kind === "sources") each(all.sources, data.sources, file, "sources");
    else if (data.kind === "organisations")
      each(all.organisations, data.organisations, file, "organisations");
    else if (data.kind === "people") each(all.people, data.people, file, "people");
    else each(all.terms, data.terms, file, "terms");
  }
  return all;
}

/** An evidence entry of a record, as parsed (not yet trusted), with its file and JSON path. */
export type EvidenceAt = {
  evidence: { source?: unknown; quote?: unknown };
  file: string;
  path: (string | number)[];
};

/** Calls `visit` with every evidence entry of every record that can hold facts. */
export function forEachEvidence(all: Collected, visit: (at: EvidenceAt) => void): void {
  const records: Located<unknown>[] = [
    ...all.dialogues,
    ...all.rounds,
    ...all.organisations,
    ...all.people,
    ...all.terms,
  ];
  for (const { item, file, path } of records) {
    walkObjects(
      item,
      (node, at) => {
        if (!Array.isArray(node.evidence)) return;
        node.evidence.forEach((evidence: EvidenceAt["evidence"], i: number) => {
          visit({ evidence, file, path: [...at, "evidence", i] });
        });
      },
      path,
    );
  }
}
