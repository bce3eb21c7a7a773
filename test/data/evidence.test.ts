import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { loadKnowledgeBaseOrThrow } from "../../src/knowledge/load.ts";
import type { Evidence } from "../../src/knowledge/types.ts";
import { factRecords, walkObjects } from "../../src/knowledge/walk.ts";
import { DATA_DIR } from "../helpers/data-copy.ts";

/** The full text of the founding document (MOFA's release on round 2), kept beside the benchmark's corpus. */
const SEED = readFileSync(
  fileURLToPath(new URL("../../bench/corpus/seed-press-release-2016.txt", import.meta.url)),
  "utf8",
);

it("every quote from the round-2 release appears word for word in its full text", () => {
  const kb = loadKnowledgeBaseOrThrow(DATA_DIR);
  const evidence: Evidence[] = [];
  walkObjects(factRecords(kb), (node) => {
    if (Array.isArray(node.evidence)) evidence.push(...(node.evidence as Evidence[]));
  });
  const quotes = evidence.filter((e) => e.source === "mofa-2016-08-08-en");
  expect(quotes.length).toBeGreaterThan(10);
  for (const { quote, note } of quotes) {
    if (note?.includes("wording of the research notes")) continue;
    // "..." marks words the quote leaves out: each part must appear, in order.
    let from = 0;
    for (const part of quote.split(/\s*(?:\.\.\.|…)\s*/)) {
      const at = SEED.indexOf(part, from);
      expect(at, `quote not in the release: ${quote}`).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
  }
});

it("every round-2 co-chair and participant is named in the release's own words", () => {
  const kb = loadKnowledgeBaseOrThrow(DATA_DIR);
  const round2 = kb.rounds.find((r) => r.number === 2);
  if (!round2) throw new Error("round 2 missing");
  for (const side of ["JP", "AU"] as const) {
    const cochair = round2.cochairs[side];
    if (cochair.status !== "known") throw new Error(`round 2 ${side} co-chair not known`);
    expect(SEED).toContain(kb.people.get(cochair.value)?.name.en);
    const list = round2.participants[side];
    if (list.status !== "known") throw new Error(`round 2 ${side} participants not known`);
    for (const id of list.value.organisations) {
      const org = kb.organisations.get(id);
      const names = [org?.name.en, org?.acronym].filter((n): n is string => !!n);
      expect(
        names.some((name) => SEED.includes(name)),
        `${id} not named in the release`,
      ).toBe(true);
    }
  }
});
