import { formatKbError } from "../knowledge/errors.ts";
import { knowledgeBaseDir } from "../knowledge/kb-dir.ts";
import { loadKnowledgeBase } from "../knowledge/load.ts";
import { summarise, unknownFacts } from "../knowledge/summary.ts";

/** `npm run kb:check [folder]`: validates the knowledge base, prints a summary or every error. */
const dir = process.argv[2] ?? knowledgeBaseDir();
const result = loadKnowledgeBase(dir);
if (!result.ok) {
  console.error(`✗ ${dir}: ${result.errors.length} error(s)`);
  for (const error of result.errors) console.error(`  ${formatKbError(error)}`);
  process.exit(1);
}
const s = summarise(result.kb);
const rounds = s.rounds.map((r) =>
  r.held === "yes" ? `${r.number}` : `${r.number} (announced, not recorded as held)`,
);
console.log(`✓ ${dir}: ${result.files.length} files valid`);
console.log(`  rounds:        ${s.rounds.length}: ${rounds.join(", ")}`);
console.log(`  organisations: ${s.organisations}`);
console.log(`  people:        ${s.people}`);
console.log(`  sources:       ${s.sources}`);
console.log(`  glossary:      ${s.glossaryTerms} terms`);
console.log(
  `  facts:         ${s.knownFacts} known (${s.evidence} quotes as evidence), ${s.unknownFacts} marked unknown`,
);
// what is left to fill: a round recorded as held whose facts are marked unknown (fill them from a source, or
// leave them unknown with a note saying why)
for (const round of result.kb.rounds) {
  const open = unknownFacts(round);
  if (round.held.status === "known" && open.length > 0)
    console.log(`  round ${round.number} unknown: ${open.join(", ")}`);
}
