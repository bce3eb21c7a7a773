import { jsonPath, type KbError } from "./errors.ts";
import type { KnowledgeBase, ParsedFile } from "./load.ts";
import type { Dialogue, GlossaryTerm, Organisation, Person, Round, Source } from "./types.ts";
import { walkObjects } from "./walk.ts";

type Located<T> = { item: T; file: string; path: (string | number)[] };

const normaliseName = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s.·・]/g, "");

/** Assembles the parsed files into one knowledge base and checks what no single file can: ids, references. */
export function checkKnowledgeBase(
  files: ParsedFile[],
  dir: string,
): { kb?: KnowledgeBase; errors: KbError[] } {
  const errors: KbError[] = [];
  const fail = (file: string, path: (string | number)[], message: string) =>
    errors.push({ file, path: jsonPath(path), message });

  const dialogues: Located<Dialogue>[] = [];
  const rounds: Located<Round>[] = [];
  const sources: Located<Source>[] = [];
  const organisations: Located<Organisation>[] = [];
  const people: Located<Person>[] = [];
  const terms: Located<GlossaryTerm>[] = [];
  for (const { file, data } of files) {
    switch (data.kind) {
      case "dialogue":
        dialogues.push({ item: data, file, path: [] });
        break;
      case "round":
        rounds.push({ item: data, file, path: [] });
        break;
      case "sources":
        data.sources.forEach((item, i) => {
          sources.push({ item, file, path: ["sources", i] });
        });
        break;
      case "organisations":
        data.organisations.forEach((item, i) => {
          organisations.push({ item, file, path: ["organisations", i] });
        });
        break;
      case "people":
        data.people.forEach((item, i) => {
          people.push({ item, file, path: ["people", i] });
        });
        break;
      case "glossary":
        data.terms.forEach((item, i) => {
          terms.push({ item, file, path: ["terms", i] });
        });
        break;
    }
  }

  if (dialogues.length !== 1) {
    fail(
      dialogues[1]?.file ?? dir,
      ["kind"],
      `expected exactly one file of kind "dialogue", found ${dialogues.length}`,
    );
  }

  const indexById = <T extends { id: string }>(list: Located<T>[], what: string) => {
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
  const sourceById = indexById(sources, "source");
  const organisationById = indexById(organisations, "organisation");
  const personById = indexById(people, "person");
  indexById(terms, "glossary term");

  const roundFile = new Map<number, string>();
  for (const { item, file } of rounds) {
    const first = roundFile.get(item.number);
    if (first) fail(file, ["number"], `duplicate round number ${item.number} (also in ${first})`);
    else roundFile.set(item.number, file);
  }

  const refs = (file: string, path: (string | number)[], value: unknown) => {
    walkObjects(
      value,
      (node, at) => {
        if (!Array.isArray(node.evidence)) return;
        node.evidence.forEach((evidence: { source?: unknown }, i: number) => {
          if (typeof evidence.source === "string" && !sourceById.has(evidence.source)) {
            fail(
              file,
              [...at, "evidence", i, "source"],
              `unknown source "${evidence.source}" (not in sources)`,
            );
          }
        });
      },
      path,
    );
  };
  const checkRef = (
    file: string,
    path: (string | number)[],
    id: string,
    map: Map<string, unknown>,
    what: string,
  ) => {
    if (!map.has(id)) fail(file, path, `unknown ${what} "${id}" (no ${what} has this id)`);
  };

  for (const { item, file, path } of [...dialogues, ...rounds, ...organisations, ...people, ...terms]) {
    refs(file, path, item);
  }
  for (const { item, file } of dialogues) {
    if (item.origin.status === "known") {
      item.origin.value.agreedBy.forEach((id, i) => {
        checkRef(file, ["origin", "value", "agreedBy", i], id, personById, "person");
      });
    }
  }
  for (const { item, file } of rounds) {
    for (const side of ["JP", "AU"] as const) {
      const cochair = item.cochairs[side];
      if (cochair.status === "known") {
        checkRef(file, ["cochairs", side, "value"], cochair.value, personById, "person");
      }
      const list = item.participants[side];
      if (list.status === "known") {
        list.value.organisations.forEach((id, i) => {
          checkRef(
            file,
            ["participants", side, "value", "organisations", i],
            id,
            organisationById,
            "organisation",
          );
          const org = organisationById.get(id);
          if (org && org.country !== side) {
            fail(
              file,
              ["participants", side, "value", "organisations", i],
              `"${id}" is not an organisation of ${side}`,
            );
          }
        });
      }
    }
    const next = item.nextRoundAnnounced;
    if (next.status === "known" && next.value.round <= item.number) {
      fail(
        file,
        ["nextRoundAnnounced", "value", "round"],
        `the next round must come after round ${item.number}`,
      );
    }
  }
  for (const { item, file, path } of organisations) {
    if (item.partOf) checkRef(file, [...path, "partOf"], item.partOf, organisationById, "organisation");
  }
  for (const { item, file, path } of people) {
    item.roles.forEach((role, i) => {
      if (role.organisation) {
        checkRef(
          file,
          [...path, "roles", i, "organisation"],
          role.organisation,
          organisationById,
          "organisation",
        );
      }
    });
  }
  checkNameClashes(organisations, fail);

  const dialogue = dialogues[0]?.item;
  if (errors.length > 0 || !dialogue) return { errors };
  return {
    errors,
    kb: {
      dialogue,
      rounds: rounds.map((r) => r.item).sort((a, b) => a.number - b.number),
      sources: sourceById,
      organisations: organisationById,
      people: personById,
      glossary: terms.map((t) => t.item),
    },
  };
}

/** Two organisations answering to the same name or alias would make lookups ambiguous. */
function checkNameClashes(
  organisations: Located<Organisation>[],
  fail: (file: string, path: (string | number)[], message: string) => void,
) {
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
