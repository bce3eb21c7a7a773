import type { KnowledgeBase } from "./load.ts";
import type { Round } from "./types.ts";
import { factRecords, walkObjects } from "./walk.ts";

export interface KnowledgeSummary {
  rounds: { number: number; held: "yes" | "not recorded" }[];
  organisations: number;
  people: number;
  sources: number;
  glossaryTerms: number;
  knownFacts: number;
  unknownFacts: number;
  evidence: number;
}

/** Counts what the knowledge base holds: known facts (each with evidence), facts marked unknown, quotes. */
export function summarise(kb: KnowledgeBase): KnowledgeSummary {
  const counts = { knownFacts: 0, unknownFacts: 0, evidence: 0 };
  walkObjects(factRecords(kb), (node) => {
    if (node.status === "known") counts.knownFacts++;
    if (node.status === "unknown") counts.unknownFacts++;
    if (Array.isArray(node.evidence)) counts.evidence += node.evidence.length;
  });
  return {
    rounds: kb.rounds.map((round) => ({
      number: round.number,
      held: round.held.status === "known" && round.held.value ? "yes" : "not recorded",
    })),
    organisations: kb.organisations.size,
    people: kb.people.size,
    sources: kb.sources.size,
    glossaryTerms: kb.glossary.length,
    ...counts,
  };
}

/** The facts of a round marked unknown, by path ("topics", "cochairs.JP"). */
export function unknownFacts(round: Round): string[] {
  const open: string[] = [];
  walkObjects(round, (node, path) => {
    if (node.status === "unknown") open.push(path.join("."));
  });
  return open;
}
