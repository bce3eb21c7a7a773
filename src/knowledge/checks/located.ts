import type { ParsedFile } from "../load.ts";
import type { Dialogue, GlossaryTerm, Organisation, Person, Round, Source } from "../types.ts";

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
