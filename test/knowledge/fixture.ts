/** A fixture knowledge base and one answerer over it, shared by the engine's tests (built once per file). */
import { fileURLToPath } from "node:url";
import type { Answer, Locale } from "../../src/knowledge/answer-types.ts";
import { createAnswerer } from "../../src/knowledge/answerer.ts";
import { NameIndex } from "../../src/knowledge/indexes.ts";
import { knowledgeBaseDir } from "../../src/knowledge/kb-dir.ts";
import { loadKnowledgeBaseOrThrow } from "../../src/knowledge/load.ts";
import { renderText } from "../../src/knowledge/render-text.ts";
import { Understander } from "../../src/knowledge/understand/understand.ts";

/** The real knowledge base: `KB_DIR` when set (e.g. a copy with a new round), else data/. */
export const DATA_DIR = knowledgeBaseDir();
/**
 * The engine's tests run on a frozen snapshot of data/ (test/fixtures/kb): what they expect names its facts
 * ("the latest round is the 5th"), and stays true when data/ gains a round. Tests of the real data derive
 * their expectations from it (test/data/).
 */
export const FIXTURE_DIR = fileURLToPath(new URL("../fixtures/kb/", import.meta.url));
export const kb = loadKnowledgeBaseOrThrow(FIXTURE_DIR);
export const answerer = createAnswerer(kb);
export const index = new NameIndex(kb);
export const understander = new Understander(kb, index);

/** The full text a user sees for a question. */
export function ask(question: string, locale?: Locale): { answer: Answer; text: string } {
  const answer = answerer.ask(question, locale ? { locale } : {});
  return { answer, text: renderText(answer) };
}

export const understand = (question: string, locale?: Locale) => understander.understand(question, locale);
