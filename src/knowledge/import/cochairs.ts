/** Co-chairs as a release names them: honorific, name, title and organisation, matched to people on record. */
import type { NameIndex } from "../indexes.ts";
import type { Country } from "../types.ts";
import { findJapaneseOrganisation, lookup } from "./names.ts";

export interface NamedPerson {
  /** the person on record, when the name is one */
  id?: string;
  name: string;
  honorific?: string;
  title?: string;
  organisation?: string;
  country?: Country;
  language: "en" | "ja";
}

const HONORIFIC = /^((?:(?:His|Her) Excellency\s+)?(?:Mr|Ms|Mrs|Dr|Prof)\.?)\s+/;

/** "His Excellency Mr. Koichi Mizushima, Ambassador in charge of Cyber Policy, Ministry of Foreign Affairs of Japan (MOFA)" */
function englishPerson(index: NameIndex, text: string): NamedPerson {
  const honorific = HONORIFIC.exec(text)?.[1];
  const parts = text.slice(honorific ? (HONORIFIC.exec(text)?.[0].length ?? 0) : 0).split(/,\s*/);
  const name = (parts.shift() ?? "").trim();
  let organisation: string | undefined;
  for (let start = 0; start < parts.length && !organisation; start++) {
    const id = lookup(index, "organisation", parts.slice(start).join(", "));
    if (id) {
      organisation = id;
      parts.splice(start);
    }
  }
  const title = parts.join(", ").trim();
  const id = lookup(index, "person", name);
  const country = organisation ? index.kb.organisations.get(organisation)?.country : undefined;
  return {
    name,
    language: "en",
    ...(id ? { id } : {}),
    ...(honorific ? { honorific } : {}),
    ...(title ? { title } : {}),
    ...(organisation ? { organisation } : {}),
    ...(country ? { country } : {}),
  };
}

/** "岡田隆外務省サイバー政策担当大使": name, organisation, title. */
function japanesePerson(index: NameIndex, text: string): NamedPerson | undefined {
  const org = findJapaneseOrganisation(index, text);
  if (!org || org.at === 0) return undefined;
  const name = text.slice(0, org.at);
  const title = text.slice(org.at + org.length);
  const id = lookup(index, "person", name);
  const country = index.kb.organisations.get(org.id)?.country;
  return {
    name,
    language: "ja",
    organisation: org.id,
    ...(id ? { id } : {}),
    ...(title ? { title } : {}),
    ...(country ? { country } : {}),
  };
}

/** The two co-chairs a sentence names ("co-chaired by A, and B, with…" / "共同議長は、AとBが務め"), if it does. */
export function findCochairs(index: NameIndex, sentence: string): NamedPerson[] | undefined {
  const en = /co-chaired by (.+?)(?:,? with the participation\b|\.$|$)/.exec(sentence);
  if (en?.[1]) {
    const split = en[1].split(/,?\s+and\s+(?=(?:(?:His|Her) Excellency\s+)?(?:Mr|Ms|Mrs|Dr|Prof)\.?\s)/);
    if (split.length === 2) return split.map((part) => englishPerson(index, part));
    return undefined;
  }
  const ja = /共同議長は[、，,]?(.+?)が務め/.exec(sentence);
  if (!ja?.[1]) return undefined;
  const both = ja[1];
  for (let at = both.indexOf("と"); at > 0; at = both.indexOf("と", at + 1)) {
    const first = japanesePerson(index, both.slice(0, at));
    const second = japanesePerson(index, both.slice(at + 1));
    if (first && second) return [first, second];
  }
  return undefined;
}
