/**
 * "CERT Australia, representing the Australian Cyber Security Center": an organisation recorded at a round on
 * behalf of another. Read from the evidence quotes of the round's participant list (the pattern "X,
 * representing the Y", X and Y being recorded names, acronyms or aliases of organisations), never hard-coded.
 */
import type { Locale } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import type { Evidence, Organisation } from "../types.ts";
import { organisationName, pick } from "./format.ts";

const names = (org: Organisation): string[] =>
  [org.name.en, org.name.ja, org.acronym, ...(org.aliases ?? [])].filter(
    (n): n is string => typeof n === "string" && n.length > 0,
  );

const key = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

interface Representation {
  /** the representing organisation's name as written in the quote (lower case, spaces folded) */
  who: string;
  /** the represented organisation's name as written (lower case, spaces folded) */
  target: string;
}

/** Every "X, representing the Y" of one quote, read once per evidence object (quotes never change). */
const readings = new WeakMap<Evidence, Representation[]>();
/** Each organisation by every recorded name, once per knowledge base. */
const byName = new WeakMap<KnowledgeBase, Map<string, Organisation[]>>();

function organisationsByName(kb: KnowledgeBase): Map<string, Organisation[]> {
  let map = byName.get(kb);
  if (!map) {
    map = new Map();
    for (const org of kb.organisations.values())
      for (const n of names(org)) map.set(key(n), [...(map.get(key(n)) ?? []), org]);
    byName.set(kb, map);
  }
  return map;
}

/** An organisation's names in matching form, once per organisation. */
const keysOf = new WeakMap<Organisation, string[]>();
function ownKeys(org: Organisation): string[] {
  let own = keysOf.get(org);
  if (!own) {
    own = names(org).map(key);
    keysOf.set(org, own);
  }
  return own;
}

function representations(e: Evidence): Representation[] {
  let found = readings.get(e);
  if (!found) {
    found = [
      ...(e.quote ?? "").matchAll(/([^,;]+?),\s*representing (?:the )?([^,;.]+?)(?=,|;|\.|\s+and\s|$)/g),
    ].map((m) => ({ who: key(m[1] ?? ""), target: key(m[2] ?? "") }));
    readings.set(e, found);
  }
  return found;
}

/** The organisation that `org` represented, according to these evidence quotes, if any. */
export function representedBy(
  kb: KnowledgeBase,
  org: Organisation,
  evidence: readonly Evidence[],
): Organisation | undefined {
  const own = ownKeys(org);
  for (const e of evidence) {
    for (const { who, target } of representations(e)) {
      if (!own.some((n) => who === n || who.endsWith(` ${n}`))) continue;
      const other = organisationsByName(kb)
        .get(target)
        ?.find((o) => o.id !== org.id);
      if (other) return other;
    }
  }
  return undefined;
}

/** " (representing the Australian Cyber Security Centre (ACSC))", or "" when nothing is recorded. */
export function representingNote(
  kb: KnowledgeBase,
  org: Organisation,
  evidence: readonly Evidence[],
  locale: Locale,
  /** "clause": ", representing the …" after a sentence already ending in parentheses */
  style: "paren" | "clause" = "paren",
): string {
  const other = representedBy(kb, org, evidence);
  if (!other) return "";
  const name = organisationName(other, locale);
  return pick(
    locale,
    style === "clause" ? `, representing the ${name}` : ` (representing the ${name})`,
    `（${name}の代表として）`,
  );
}
