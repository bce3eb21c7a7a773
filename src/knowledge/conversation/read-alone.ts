/**
 * A follow-up read by itself first: a bare round ("and 3?") or a round relative to the previous one ("the one
 * before?") asked as that round; a word that needs its noun ("and the latest?") with it; a short fragment that
 * asks something ("where?") with an anchor word, so that it reads as a question about the dialogue.
 */
import type { Locale, TurnContext } from "../answer-types.ts";
import { comparesWithAnnouncement, mentionsAnnouncing } from "../understand/announce.ts";
import type { Understanding } from "../understand/hints.ts";
import type { Reader } from "../understand/read-once.ts";
import { LATEST_WORDS, ORDINAL_WORDS, PREVIOUS_WORDS } from "../understand/vocabulary.ts";
import type { Fragment } from "./fragment.ts";
import { withRoundNamed } from "./relative-round.ts";
import { REFERS_BACK, ROUND_INTENTS, roundOnlyFromPlace } from "./round-carry.ts";

/** Reasons an unknown question is not one to read in context (it is not a fragment of a question). */
export const NOT_A_FRAGMENT = new Set([
  "empty",
  "code",
  "injection",
  "help",
  "other_dialogue",
  "other_forum",
]);

const WHICH_WAS_THAT =
  /^(?:(?:and|so|sorry|wait|ok)[,.]?\s+)*(?:which|what) (?:one|round|meeting|dialogue|session|number|round number) (?:was|is) (?:that|it|this)(?: again| one)?\s*[?？!.]*$|^(?:それは|それって|その回は)?(?:第何回|何回目|どの回)(?:のこと|だった|でしたか|ですか)?[？?]*$/i;

/** A claim made of "it": "so Australia hosted it?", "was it in Tokyo?", "did MOFA attend it?" */
const CLAIM_VERB =
  /^\s*(?:(?:so|and|but|ok)\s+)?(?:was|were|is|did|does|has|had)\b|\b(?:hosted|held|attended|chaired|co-?chaired)\s+(?:it|that)\b/i;

/** The round a fragment names by itself: "and 3?" → 3, "the one before?" after round 2 → 1. */
function roundOfFragment(fragment: Fragment, context: TurnContext): number | undefined {
  const base = context.query.round;
  if (fragment.bareRound !== undefined) return fragment.bareRound;
  return fragment.relative !== undefined && base !== undefined ? base + fragment.relative.offset : undefined;
}

/**
 * The question read with "it" / "that round" as the previous turn's round ("was it in August?" → "was round 2 in
 * August?"), read once and only when asked for; undefined when there is no such round or the reading asks nothing.
 * (After what a round announced, "it" is the round announced: announced.ts reads that.)
 */
function itAsThatRound(
  understander: Reader,
  question: string,
  locale: Locale | undefined,
  context: TurnContext,
): () => Understanding | undefined {
  const round = ROUND_INTENTS.has(context.query.intent) ? context.query.round : undefined;
  let read: Understanding | undefined | null = null;
  return () => {
    if (read !== null) return read;
    read = undefined;
    if (round === undefined || !REFERS_BACK.test(question)) return read;
    const loc = locale ?? context.locale;
    const named = understander.understand(
      question.replace(REFERS_BACK, loc === "ja" ? `第${round}回` : `round ${round}`),
      locale,
    );
    if (named.query.intent !== "unknown") read = named;
    return read;
  };
}

/** Reads the question alone, then (when it is short and says nothing on topic) with an anchor word. */
export function readAlone(
  understander: Reader,
  question: string,
  locale: Locale | undefined,
  fragment: Fragment,
  context: TurnContext,
  latest: number,
): Understanding {
  const loc = locale ?? context.locale;
  const itRead = itAsThatRound(understander, question, locale, context);
  // "did it say when the next meeting would be?" after round 1: what round 1 announced of the one after it
  // ("was that where it was supposed to be?" compares the round with its own announcement: read as it is)
  const lower = question.toLowerCase();
  const announcedOfIt = mentionsAnnouncing(lower) && !comparesWithAnnouncement(lower) ? itRead() : undefined;
  if (announcedOfIt) return announcedOfIt;
  // "which one was that?", 「それは第何回？」 after a round: that round, named and described
  if (context.query.round !== undefined && WHICH_WAS_THAT.test(question.trim()))
    return understander.understand(
      loc === "ja" ? `第${context.query.round}回` : `round ${context.query.round}`,
      locale,
    );
  const n = roundOfFragment(fragment, context);
  // a bare round ("and 3?") is asked as that round; relative words are replaced by the round they name
  // ("the one before" after round 2 is round 1; "which of them wasn't there the next time?")
  if (n !== undefined && fragment.bareRound !== undefined)
    return understander.understand(loc === "ja" ? `第${n}回` : `round ${n}`, locale);
  // (past the latest round on record, "the next one" is the dialogue's next round: read as asked)
  if (n !== undefined && fragment.relative !== undefined && n >= 1 && n <= latest)
    return understander.understand(withRoundNamed(question, fragment.relative, n, loc), locale);
  const alone = understander.understand(question, locale);
  // "so Australia hosted it?" after a round: a claim about "it", that round
  // ("it" is that round, not the round held in the place the question names)
  const noRoundOfItsOwn = alone.query.round === undefined || roundOnlyFromPlace(alone);
  const claimOfIt = noRoundOfItsOwn && CLAIM_VERB.test(question) ? itRead() : undefined;
  if (claimOfIt && claimOfIt.query.round === context.query.round) return claimOfIt;
  // "and the latest?", "the earliest?": a round named by a word that needs its noun
  const last = fragment.words.at(-1) ?? "";
  if (
    alone.query.intent === "unknown" &&
    fragment.words.length <= 4 &&
    (LATEST_WORDS.has(last) || PREVIOUS_WORDS.has(last) || ORDINAL_WORDS[last] !== undefined)
  ) {
    const named = understander.understand(`${question.replace(/[?？.!]+\s*$/, "")} round`, locale);
    if (named.query.intent !== "unknown") return named;
  }
  if (alone.query.intent !== "unknown" || fragment.words.length > 12) return alone;
  if (alone.hints.reason && NOT_A_FRAGMENT.has(alone.hints.reason)) return alone;
  // "was it in August?", "was that one on a Tuesday?" after a round: "it" is that round, named
  const named = itRead();
  if (named) return named;
  // only words that ask something (where, 日付, co-chairs) make a fragment on topic ("where?"), not any
  // words at all ("what's the weather in Paris?")
  if (fragment.cues === 0) return alone;
  const anchored = understander.understand(
    `${question} ${alone.locale === "ja" ? "（協議）" : "(dialogue)"}`,
    locale,
  );
  return anchored.query.intent === "unknown" ? alone : anchored;
}
