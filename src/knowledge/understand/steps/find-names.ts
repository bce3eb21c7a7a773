/**
 * Step 2a, names: the organisations, people and glossary terms a question names — exact names first,
 * again after spelling correction, then Japanese names (kanji, kana, near misses of people's names) and
 * katakana transcriptions of Latin names ("ロブ・マッキノン").
 */
import type { EntityMention } from "../entities.ts";
import { fuzzyJapanesePeople, matchJapaneseNames, matchNames } from "../entities.ts";
import type { Scan, Tools } from "./scan.ts";
import { correctSpelling } from "./spelling.ts";

const sameEntity = (a: EntityMention, b: EntityMention) => a.ref.kind === b.ref.kind && a.ref.id === b.ref.id;

/** Adds the mentions not already found. */
function addNew(scan: Scan, found: EntityMention[]): void {
  for (const mention of found)
    if (!scan.mentions.some((m) => sameEntity(m, mention))) scan.mentions.push(mention);
}

export function findNames(scan: Scan, tools: Tools): void {
  const { words, consumed, corrected } = scan;
  const typed = scan.tokens.map((t) => t.raw);
  scan.mentions = matchNames(tools.index, words, typed, consumed, corrected);
  if (correctSpelling(scan, tools))
    scan.mentions.push(...matchNames(tools.index, words, typed, consumed, corrected));
  const japanese = matchJapaneseNames(tools.index, scan.compact);
  scan.japanese = japanese.rest;
  addNew(scan, japanese.mentions);
  if (!scan.mentions.some((m) => m.ref.kind === "person")) {
    const near = fuzzyJapanesePeople(tools.index, scan.japanese);
    scan.japanese = near.rest;
    scan.mentions.push(...near.mentions);
  }
  addNew(scan, tools.names.katakanaNames(scan.japanese));
}
