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

/** The organisation that `org` represented, according to these evidence quotes, if any. */
export function representedBy(
  kb: KnowledgeBase,
  org: Organisation,
  evidence: readonly Evidence[],
): Organisation | undefined {
  const own = names(org).map(key);
  for (const e of evidence) {
    const quote = e.quote ?? "";
    for (const m of quote.matchAll(/([^,;]+?),\s*representing (?:the )?([^,;.]+?)(?=,|;|\.|\s+and\s|$)/g)) {
      const who = key(m[1] ?? "");
      if (!own.some((n) => who === n || who.endsWith(` ${n}`))) continue;
      const target = key(m[2] ?? "");
      for (const other of kb.organisations.values()) {
        if (other.id === org.id) continue;
        if (names(other).some((n) => key(n) === target)) return other;
      }
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
