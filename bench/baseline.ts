/**
 * The baseline: what a user could do without the bot's understanding of questions — full-text passage retrieval
 * over the source texts with a well-known library. The top passage (with its source) is taken as the answer and
 * scored by the same evaluation checks as the bot.
 *
 * Corpus: the sentences of the founding press release (bench/corpus/, a copy of the project's seed document) and
 * every evidence quote in the knowledge base folder (the quoted source sentences), each labelled by its source id.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Fuse from "fuse.js";
import MiniSearch from "minisearch";

export const SEED_RELEASE = fileURLToPath(new URL("./corpus/seed-press-release-2016.txt", import.meta.url));
/** The seed release's id in data/sources.json. */
export const SEED_SOURCE_ID = "mofa-2016-08-08-en";

export interface Passage {
  id: number;
  text: string;
  /** source id, as in sources.json */
  source: string;
}

/** Splits English and Japanese prose into sentences. */
export function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=(?<!\b(?:Mr|Mrs|Ms|Dr|St|No))[.!?])\s+(?=[A-Z0-9"“(])|(?<=[。！？])/u))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function collectQuotes(value: unknown, out: { quote: string; source: string }[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectQuotes(item, out);
    return;
  }
  if (!value || typeof value !== "object") return;
  const node = value as Record<string, unknown>;
  if (typeof node.quote === "string" && typeof node.source === "string") {
    out.push({ quote: node.quote, source: node.source });
  }
  for (const child of Object.values(node)) collectQuotes(child, out);
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return jsonFiles(full);
    return name.endsWith(".json") && name !== "schema.json" ? [full] : [];
  });
}

/** The passages: seed-release sentences, then every distinct evidence quote of `kbDir`. */
export function buildCorpus(kbDir: string, seedRelease = SEED_RELEASE): Passage[] {
  const seen = new Set<string>();
  const passages: Passage[] = [];
  const add = (text: string, source: string) => {
    const key = text.normalize("NFKC").replace(/\s+/g, " ").trim();
    if (!key || seen.has(key)) return;
    seen.add(key);
    passages.push({ id: passages.length, text: key, source });
  };
  for (const sentence of sentences(readFileSync(seedRelease, "utf8"))) add(sentence, SEED_SOURCE_ID);
  const quotes: { quote: string; source: string }[] = [];
  for (const file of jsonFiles(kbDir).sort()) collectQuotes(JSON.parse(readFileSync(file, "utf8")), quotes);
  for (const { quote, source } of quotes) add(quote, source);
  return passages;
}

/** A retrieval baseline: question in, best passage (or nothing) out. */
export interface Retriever {
  name: string;
  description: string;
  search(question: string): Passage | undefined;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * MiniSearch's default tokenizer splits on spaces and punctuation only, so a Japanese sentence would be one
 * token. A user-grade setup adds character bigrams for CJK runs (what Lucene's CJK analyzer does).
 */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.split(/[\s\p{P}\p{S}]+/u)) {
    if (!word) continue;
    if (!CJK.test(word)) {
      tokens.push(word);
      continue;
    }
    for (const run of word.split(/([\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+)/u)) {
      if (!run) continue;
      if (!CJK.test(run)) tokens.push(run);
      else if (run.length === 1) tokens.push(run);
      else for (let i = 0; i < run.length - 1; i++) tokens.push(run.slice(i, i + 2));
    }
  }
  return tokens;
}

export function miniSearchRetriever(passages: Passage[]): Retriever {
  const index = new MiniSearch<Passage>({
    fields: ["text"],
    storeFields: ["text", "source"],
    tokenize,
    searchOptions: { fuzzy: 0.2, prefix: true, combineWith: "OR" },
  });
  index.addAll(passages);
  const byId = new Map(passages.map((p) => [p.id, p]));
  return {
    name: "MiniSearch BM25",
    description:
      "minisearch 7, BM25+ ranking over the passages, OR of terms, fuzzy 0.2, prefix, CJK bigram tokens; top passage",
    search(question) {
      const hit = index.search(question)[0];
      return hit ? byId.get(hit.id as number) : undefined;
    },
  };
}

export function fuseRetriever(passages: Passage[]): Retriever {
  const fuse = new Fuse(passages, { keys: ["text"], ignoreLocation: true, includeScore: true });
  return {
    name: "fuse.js",
    description:
      "fuse.js 7 fuzzy search over the passages (default threshold 0.6, ignoreLocation); top passage",
    search(question) {
      return fuse.search(question, { limit: 1 })[0]?.item;
    },
  };
}

/** The passage as a user would see it: the sentence and where it comes from. */
export const passageAnswer = (passage: Passage | undefined) =>
  passage ? `${passage.text}\n(source: ${passage.source})` : "";
