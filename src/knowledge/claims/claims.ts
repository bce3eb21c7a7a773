/**
 * Claim checking, the one entry point: a yes/no or tag question is answered by checking every fact it
 * asserts (src/knowledge/claims/extract.ts) against the knowledge base (check.ts); the verdict (verdict.ts)
 * replaces the composed answer's when that would confirm more than the record holds.
 */
import { distinctMeetingNamed } from "../answer/distinct.ts";
import type { Answer } from "../answer-types.ts";
import type { NameIndex } from "../indexes.ts";
import type { KnowledgeBase } from "../load.ts";
import type { Understanding } from "../understand/hints.ts";
import { cleanInput } from "../understand/normalise.ts";
import { checkClaim } from "./check.ts";
import { claimsCover } from "./coverage.ts";
import { TAG } from "./cues.ts";
import { extractClaims, type Reading } from "./extract.ts";
import { splitClaims } from "./segments.ts";
import type { Check } from "./types.ts";
import { reviewAnswer, verdictOf } from "./verdict.ts";

/** A part of a list of claims is read as the claim it is ("r2 mizushima/feakin" → "r2 mizushima/feakin, right?"). */
const asConfirmation = (part: string) =>
  TAG.test(part)
    ? part
    : /[\u3040-\u30FF\u3400-\u9FFF]$/.test(part)
      ? `${part}ですよね？`
      : `${part}, right?`;

/** At most this many parts of a question are read one by one. */
const MAX_PARTS = 8;

export interface ClaimEnv {
  kb: KnowledgeBase;
  index: NameIndex;
  /** how a text (the question, or a part of it) is understood, in the question's language */
  understand: (text: string) => Understanding;
}

/**
 * Is this a question that asserts facts to be confirmed: yes/no, a tag question, or a statement with a
 * question mark ("ok so r1 was on 13 feb 2015?")?
 */
export const asksToConfirm = (text: string, understanding: Understanding) =>
  (understanding.hints.yesno || TAG.test(text.trim()) || CONFIRM_LEAD.test(text) || STATED.test(text)) &&
  !ASKS_WHAT.test(text);

/** "Just to confirm, …", "Correct me if I'm wrong: …", "Am I right that …": a statement put to be checked. */
const CONFIRM_LEAD =
  /^\s*(?:ok(?:ay)?,?\s+)?(?:so,?\s+)?(?:just\s+)?(?:to\s+)?(?:confirm(?:ing)?|double[- ]check(?:ing)?|correct me if|am i (?:right|correct)|is it (?:true|correct|right) that|i (?:think|believe|understand|recall) that|my understanding is)\b|(?:確認|念のため)(?:です|ですが|させて|したい|まで)/i;

/** A question word or a request: "第2回の大使はどなたでしょうか", "…について教えてね" ask, they confirm nothing. */
const ASKS_WHAT =
  /^\s*(?:who|whom|whose|what|when|where|which|how|why|tell me about|list|show|describe|explain|give me)\b|教えて|知りたい|説明して|一覧|誰|だれ|どなた|いつ|どこ|何|なに|どの|どんな|どう|いくつ|どれ|なぜ|どちら|どっち/i;

/** "ok so r1 was on 13 feb 2015?": English words, a verb after the start, no question word, a question mark. */
const STATED =
  /^(?![^?？]*(?:\b(?:who|whom|whose|what|when|where|which|how|why)\b|[\u3040-\u30FF\u3400-\u9FFF]))[^?？]*\S\s+(?:was|were|is|are|did|had|has)\b[^?？]*[?？]\s*$/i;

/** The checks of every claim of a question (none when it asserts nothing checkable). */
export function checkClaims(
  env: ClaimEnv,
  raw: string,
  understanding: Understanding,
): { checks: Check[]; complete: boolean } {
  const text = cleanInput(raw);
  if (!asksToConfirm(text, understanding)) return { checks: [], complete: false };
  if (understanding.query.intent === "unknown" || understanding.hints.reason)
    return { checks: [], complete: false };
  const whole: Reading = { text, understanding };
  const names = (understanding.reading?.mentions ?? []).flatMap((m) =>
    m.kind === "person" || m.kind === "organisation" || m.kind === "term" ? [m.typed] : [],
  );
  // a part that is only the tag ("…, right?" → "right?") asserts nothing of its own
  const pieces = splitClaims(text, names).filter((p) => ` ${p}`.replace(TAG, "").trim().length > 0);
  // each part is read on its own; a long message is read whole (a list of claims is short)
  const parts: Reading[] =
    pieces.length > 1 && pieces.length <= MAX_PARTS
      ? pieces.map((p) => ({ text: p, understanding: env.understand(asConfirmation(p)) }))
      : [whole];
  const claims = extractClaims(env.kb, whole, parts);
  return {
    checks: claims.map((claim) => checkClaim(env.kb, env.index, claim)),
    complete: claimsCover(understanding, claims),
  };
}

/** The composed answer, its verdict checked against every claim the question asserts. */
export function confirmClaims(
  env: ClaimEnv,
  answer: Answer,
  text: string,
  understanding: Understanding,
): Answer {
  try {
    // "was round 5 the Quad meeting on 5–6 December 2023?": another meeting is not a round, whatever its date
    if (verdictOf(answer.text) === "no" && distinctMeetingNamed(env.kb, text)) return answer;
    const { checks, complete } = checkClaims(env, text, understanding);
    return reviewAnswer(env.kb, answer, checks, complete, understanding.hints.anyRound === true);
  } catch {
    return answer;
  }
}
