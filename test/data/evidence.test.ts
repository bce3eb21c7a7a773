import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { missingPart, normaliseForQuote } from "../../src/knowledge/checks/quotes.ts";
import { loadKnowledgeBaseOrThrow } from "../../src/knowledge/load.ts";
import type { Evidence } from "../../src/knowledge/types.ts";
import { factRecords, walkObjects } from "../../src/knowledge/walk.ts";
import { DATA_DIR } from "../helpers/data-copy.ts";

const kb = loadKnowledgeBaseOrThrow(DATA_DIR);
const evidence: Evidence[] = [];
walkObjects(factRecords(kb), (node) => {
  if (Array.isArray(node.evidence)) evidence.push(...(node.evidence as Evidence[]));
});

it("every evidence quote appears word for word in its source's stored text", () => {
  expect(evidence.length).toBeGreaterThan(0);
  const missing: string[] = [];
  for (const { source: id, quote } of evidence) {
    const source = kb.sources.get(id);
    if (!source?.text) {
      missing.push(`${id}: no stored text`);
      continue;
    }
    const text = normaliseForQuote(readFileSync(join(DATA_DIR, source.text), "utf8"));
    const part = missingPart(quote, text);
    if (part !== undefined) missing.push(`${id}: ${part}`);
  }
  expect(missing).toEqual([]);
});

it("the normalisation forgives only whitespace, typographic quotes and '…' between parts", () => {
  const text = normaliseForQuote("Japan and  Australia\nwill hold the “3rd” meeting in Canberra next year.");
  expect(missingPart('Japan and Australia will hold the "3rd" meeting', text)).toBeUndefined();
  expect(missingPart("Japan and Australia … in Canberra next year.", text)).toBeUndefined();
  expect(missingPart("in Canberra … Japan and Australia", text)).toBe("Japan and Australia");
  expect(missingPart("Japan and Australia will hold the 4th meeting", text)).toBeDefined();
});

it("every source is a public web page, and every source that evidence cites has its text stored", () => {
  const cited = new Set(evidence.map((e) => e.source));
  for (const source of kb.sources.values()) {
    expect(source.url).toMatch(/^https?:\/\//);
    if (cited.has(source.id)) expect(source.text, source.id).toBe(`sources/${source.id}.txt`);
  }
});

it("every round-2 co-chair and participant is named in the release's own words", () => {
  const release = readFileSync(join(DATA_DIR, "sources", "mofa-2016-08-08-en.txt"), "utf8");
  const round2 = kb.rounds.find((r) => r.number === 2);
  if (!round2) throw new Error("round 2 missing");
  for (const side of ["JP", "AU"] as const) {
    const cochair = round2.cochairs[side];
    if (cochair.status !== "known") throw new Error(`round 2 ${side} co-chair not known`);
    expect(release).toContain(kb.people.get(cochair.value)?.name.en);
    const list = round2.participants[side];
    if (list.status !== "known") throw new Error(`round 2 ${side} participants not known`);
    for (const id of list.value.organisations) {
      const org = kb.organisations.get(id);
      const names = [org?.name.en, org?.acronym].filter((n): n is string => !!n);
      expect(
        names.some((name) => release.includes(name)),
        `${id} not named in the release`,
      ).toBe(true);
    }
  }
});
