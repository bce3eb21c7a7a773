import type { Answerer } from "../knowledge/answer-types.ts";
import type { KbError } from "../knowledge/errors.ts";
import { type KnowledgeBase, loadKnowledgeBase } from "../knowledge/load.ts";

/** One loaded knowledge base and the engine built on it; never changes once made. */
export interface Knowledge {
  readonly kb: KnowledgeBase;
  readonly answerer: Answerer;
  /** 1 for the first load, +1 for each successful reload */
  readonly version: number;
  readonly loadedAt: Date;
}

export type BuildAnswerer = (kb: KnowledgeBase) => Answerer;

export type ReloadResult = { ok: true; knowledge: Knowledge } | { ok: false; errors: KbError[] };

/**
 * Holds the current knowledge and swaps it atomically. Each interaction reads `current()` once and uses
 * that snapshot throughout, so a reload (file watch, admin command) never mixes two bases in one answer.
 */
export class KnowledgeHolder {
  #current: Knowledge;

  constructor(kb: KnowledgeBase, answerer: Answerer) {
    this.#current = { kb, answerer, version: 1, loadedAt: new Date() };
  }

  /** Loads `dir` and builds the engine; the errors, located by file and path, when the data is bad. */
  static load(
    dir: string,
    build: BuildAnswerer,
  ): { ok: true; holder: KnowledgeHolder } | { ok: false; errors: KbError[] } {
    const result = loadKnowledgeBase(dir);
    if (!result.ok) return result;
    return { ok: true, holder: new KnowledgeHolder(result.kb, build(result.kb)) };
  }

  current(): Knowledge {
    return this.#current;
  }

  replace(kb: KnowledgeBase, answerer: Answerer): Knowledge {
    this.#current = { kb, answerer, version: this.#current.version + 1, loadedAt: new Date() };
    return this.#current;
  }

  /** Reloads `dir`; on bad data the current knowledge stays in place and the errors are returned. */
  reload(dir: string, build: BuildAnswerer): ReloadResult {
    const result = loadKnowledgeBase(dir);
    if (!result.ok) return result;
    return { ok: true, knowledge: this.replace(result.kb, build(result.kb)) };
  }
}
