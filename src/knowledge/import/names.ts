/** Names in a release matched to the organisations and people on record, through the engine's name index. */
import type { NameIndex } from "../indexes.ts";
import type { Country } from "../types.ts";
import { matchKey } from "../understand/normalise.ts";

/** The index's key for a name: normalised, without "the" (as NameIndex keys its names). */
const keyOf = (name: string) =>
  matchKey(name)
    .split(" ")
    .filter((token) => token !== "the")
    .join(" ");
const withoutParenthesis = (name: string) => name.replace(/\s*[(（][^)）]*[)）]\s*$/, "").trim();

/** The id of the entity of this kind the name (or the name without a trailing "(ACRONYM)") is recorded as. */
export function lookup(index: NameIndex, kind: "organisation" | "person", name: string): string | undefined {
  for (const candidate of [name, withoutParenthesis(name)]) {
    const refs = index.byKey.get(keyOf(candidate))?.filter((ref) => ref.kind === kind) ?? [];
    if (refs.length === 1) return refs[0]?.id;
  }
  return undefined;
}

/** An organisation named in a release that is not on record yet. */
export interface NewOrganisation {
  name: string;
  country: Country;
}

/** Separators of a list of names, in English and Japanese. */
const SEPARATOR = /(,\s*(?:and\s+)?|\s+and\s+|[、，,])/;

/**
 * "National Police Agency, Ministry of Internal Affairs and Communications, …, and JPCERT/CC": each item
 * matched to a recorded organisation, joining pieces split at a comma or "and" inside a name (the longest
 * recorded name wins). Items not on record are returned as new; "representing the …" clauses are skipped.
 */
export function matchOrganisationList(
  index: NameIndex,
  list: string,
  country: Country,
): { ids: string[]; unknown: NewOrganisation[] } {
  const parts = list.replace(/[.。]\s*$/, "").split(SEPARATOR);
  const pieces = parts.filter((_, i) => i % 2 === 0);
  const separators = parts.filter((_, i) => i % 2 === 1);
  const ids: string[] = [];
  const unknown: NewOrganisation[] = [];
  let i = 0;
  while (i < pieces.length) {
    const piece = (pieces[i] ?? "").trim();
    if (!piece || /^representing\b/i.test(piece)) {
      i++;
      continue;
    }
    let matched: { id: string; next: number } | undefined;
    for (let j = Math.min(pieces.length - 1, i + 6); j >= i && !matched; j--) {
      let name = pieces[i] ?? "";
      for (let k = i + 1; k <= j; k++) name += `${separators[k - 1] ?? ""}${pieces[k] ?? ""}`;
      const id = lookup(index, "organisation", name.trim());
      if (id) matched = { id, next: j + 1 };
    }
    if (matched) {
      if (!ids.includes(matched.id)) ids.push(matched.id);
      i = matched.next;
    } else {
      unknown.push({ name: piece, country });
      i++;
    }
  }
  return { ids, unknown };
}

/** Recorded organisation names found inside a Japanese run ("岡田隆外務省サイバー政策担当大使"), longest first. */
export function findJapaneseOrganisation(
  index: NameIndex,
  text: string,
): { id: string; at: number; length: number } | undefined {
  for (const form of index.japaneseForms) {
    if (form.ref.kind !== "organisation") continue;
    const at = text.indexOf(form.display);
    if (at >= 0) return { id: form.ref.id, at, length: form.display.length };
  }
  return undefined;
}
