/**
 * What an intent is: a kind of question, with the cue words that point at it, the slots of a query it
 * takes, how it is answered and how it is labelled. Every intent is one module declaring one IntentSpec;
 * the registry (registry.ts) derives every per-intent table from them.
 */
import { z } from "zod";
import type { Ctx } from "../answer/context.ts";
import type { Draft } from "../answer/draft.ts";
import type { Locale } from "../answer-types.ts";

/** A regular-expression source that compiles (checked when the lexicon is loaded). */
const source = z.string().refine((s) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}, "not a valid regular expression");

/**
 * One family of cue words: single words in matching form (lower case, no punctuation), phrases over the
 * question's words (alternatives, each matched between word boundaries), and Japanese substrings.
 */
export const CueGroupSchema = z
  .object({
    /** how strongly the cue points at its intent (1 = a hint, 4 = decisive) */
    weight: z.number().int().min(1).max(5),
    /** the cue alone shows the question is about the dialogue (a domain word) */
    anchors: z.boolean().optional(),
    /** exact words: the form itself carries meaning ("rounds" asks for a list, "round" does not) */
    words: z.array(z.string().regex(/^[a-z][a-z0-9]*$/)).optional(),
    /** base forms, matched with every inflection (by their Porter2 stem): "attend" → "attended", "attendance" */
    inflected: z.array(z.string().regex(/^[a-z]+$/)).optional(),
    /** phrases over the question's words; "{side}" stands for any word naming a side ("aussie", "japanese") */
    phrases: z.array(source).optional(),
    ja: z.array(source).optional(),
  })
  .strict();
export type CueGroup = z.infer<typeof CueGroupSchema>;

/** The parts of a query an intent reads. */
export type Slot = "round" | "side" | "organisation" | "person" | "term" | "relation" | "place";

export interface IntentSpec<N extends string = string> {
  name: N;
  /** the query slots the intent takes; an intent without "round" answers without resolving a round */
  slots: readonly Slot[];
  /** writes the answer */
  compose: (ctx: Ctx, draft: Draft) => void;
  /** a short label for "did you mean" buttons and several-round titles: never a person's or body's name */
  label: (round: number | undefined, locale: Locale) => string;
  /** can answer about several rounds at once ("round 2 and round 3") */
  multiRound?: boolean;
  /** cue families; an intent without cues is reached only by the structural rules or a slash command */
  cues?: readonly CueGroup[];
  /** tie-break order when cue scores are equal (lower first); intents without one are not chosen by score */
  priority?: number;
  /**
   * A narrower kind of another intent ("outcomes" of "topics"): its cues count for the broader intent
   * while the reading is decided, and the question is read as this intent when one of its own cues is in it.
   */
  refines?: string;
}
