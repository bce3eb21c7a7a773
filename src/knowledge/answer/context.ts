import type { Locale, Query } from "../answer-types.ts";
import type { NameIndex } from "../indexes.ts";
import type { KnowledgeBase } from "../load.ts";
import type { Hints } from "../understand/hints.ts";

/** What every composer is given. */
export interface Ctx {
  kb: KnowledgeBase;
  index: NameIndex;
  locale: Locale;
  query: Query;
  hints: Hints;
}

export const noHints = (): Hints => ({ yesno: false, corrections: [] });
