/** kb:import drafts a round from a press release; on the real releases of rounds 1–3, each draft agrees with data/. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { missingPart, normaliseForQuote } from "../../../src/knowledge/checks/quotes.ts";
import { parseDateLine } from "../../../src/knowledge/import/dates.ts";
import { draftRound } from "../../../src/knowledge/import/draft-round.ts";
import { matchOrganisationList } from "../../../src/knowledge/import/names.ts";
import { readRelease } from "../../../src/knowledge/import/release.ts";
import { NameIndex } from "../../../src/knowledge/indexes.ts";
import { loadKnowledgeBaseOrThrow } from "../../../src/knowledge/load.ts";
import type { Round } from "../../../src/knowledge/types.ts";
import { walkObjects } from "../../../src/knowledge/walk.ts";
import { DATA_DIR } from "../../helpers/data-copy.ts";

const kb = loadKnowledgeBaseOrThrow(DATA_DIR);
const index = new NameIndex(kb);
const sourceText = (id: string) => readFileSync(join(DATA_DIR, "sources", `${id}.txt`), "utf8");

/** What a draft and the data must agree on: the facts the importer reads, as values or "unknown". */
function comparable(round: Round) {
  const value = (fact: { status: string; value?: unknown }) =>
    fact.status === "known" ? fact.value : "unknown";
  const list = (fact: Round["participants"]["JP"]) =>
    fact.status === "known"
      ? { ...fact.value, organisations: [...fact.value.organisations].sort() }
      : "unknown";
  return {
    number: round.number,
    held: value(round.held),
    date: value(round.date),
    place: value(round.place),
    released: round.released ? value(round.released) : "unknown",
    cochairs: { JP: value(round.cochairs.JP), AU: value(round.cochairs.AU) },
    participants: { JP: list(round.participants.JP), AU: list(round.participants.AU) },
    nextRoundAnnounced: value(round.nextRoundAnnounced),
  };
}

describe("drafts of the real releases agree with data/", () => {
  it.each([
    [1, "mofa-2015-02-13-ja"],
    [2, "mofa-2016-08-08-en"],
    [3, "mofa-2017-12-12-en"],
  ])("round %i from %s", (number, sourceId) => {
    const draft = draftRound(sourceText(sourceId), index, { sourceId });
    const recorded = kb.rounds.find((r) => r.number === number);
    if (!recorded) throw new Error(`round ${number} is not in data/`);
    expect(comparable(draft.round)).toEqual(comparable(recorded));
    expect(draft.newOrganisations).toEqual([]);
    expect(draft.cochairs.every((c) => c.id)).toBe(true);
    // every quote is the release's own words
    const text = normaliseForQuote(sourceText(sourceId));
    walkObjects(draft.round, (node) => {
      if (!Array.isArray(node.evidence)) return;
      for (const e of node.evidence as { source: string; quote: string }[]) {
        expect(e.source).toBe(sourceId);
        expect(missingPart(e.quote, text)).toBeUndefined();
      }
    });
    expect(draft.unknown).toEqual(expect.arrayContaining(["topics", "outcome"]));
  });

  it("the seed document (round 2, English) from its own file name", () => {
    const seed = readFileSync(
      new URL("../../../bench/corpus/seed-press-release-2016.txt", import.meta.url),
      "utf8",
    );
    const draft = draftRound(seed, index);
    expect(draft.round.number).toBe(2);
    expect(draft.sourceId).toBe("release-2016-08-08-en");
  });
});

describe("reading a release", () => {
  it("dates in both languages and the Japanese eras", () => {
    expect(parseDateLine("August 8, 2016")).toMatchObject({ year: 2016, month: 8, day: 8 });
    expect(parseDateLine("12 December 2017")).toMatchObject({ year: 2017, month: 12, day: 12 });
    expect(parseDateLine("平成27年2月13日")).toMatchObject({ year: 2015, month: 2, day: 13 });
    expect(parseDateLine("令和5年12月6日")).toMatchObject({ year: 2023, month: 12, day: 6 });
    expect(parseDateLine("The 2nd Japan-Australia Cyber Policy Dialogue")).toBeUndefined();
  });

  it("sentences do not end at Mr. or Dr.; editorial notes and list numbers are dropped", () => {
    const release = readRelease(
      "Title\nMay 1, 2020\n1. It was co-chaired by Mr. A B and Dr. C D. Next.\n[the stored copy ends here]",
    );
    expect(release.language).toBe("en");
    expect(release.date?.line).toBe("May 1, 2020");
    expect(release.sentences).toEqual(["Title", "It was co-chaired by Mr. A B and Dr. C D.", "Next."]);
  });

  it("a list of organisations: names with commas and 'and' inside, representing-clauses, new names", () => {
    const list = matchOrganisationList(
      index,
      "Ministry of Internal Affairs and Communications, Ministry of Economy, Trade and Industry, CERT Australia, representing the Australian Cyber Security Center, and Fictional Agency for Tests",
      "JP",
    );
    expect(list.ids).toEqual(["mic", "meti", "cert-australia"]);
    expect(list.unknown).toEqual([{ name: "Fictional Agency for Tests", country: "JP" }]);
  });

  it("'next year' is resolved against the release's date; a missing year comes from the release", () => {
    const text = sourceText("mofa-2017-12-12-en").replace("December 12, 2017", "December 12, 2019");
    const draft = draftRound(text.replace("on 11 December, 2017", "on 11 December"), index, {
      sourceId: "x",
    });
    expect(draft.round.date).toMatchObject({ status: "known", value: { year: 2019, month: 12, day: 11 } });
    expect(draft.round.nextRoundAnnounced).toMatchObject({
      status: "known",
      value: { round: 4, date: { year: 2020 } },
    });
  });

  it("a release that says nothing of a round leaves its facts unknown, and says so", () => {
    const draft = draftRound("Some other news\nMay 1, 2020\nNothing about the dialogue here.", index);
    expect(draft.unknown).toEqual(
      expect.arrayContaining(["held", "date", "place", "cochairs.JP", "participants.AU"]),
    );
    expect(draft.warnings.join(" ")).toMatch(/no round number/);
  });
});
