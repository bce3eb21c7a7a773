/**
 * "…and first met in Tokyo", 「初会合は東京で」: the part of a question on the dialogue's origin that is about
 * its first meeting — where and when the 1st round was held, not where the dialogue was agreed.
 */
const FIRST_MET =
  /\bfirst (?:met|meeting|round|session|convened|gathered|held|sat)\b|\b(?:met|convened|held|gathered) for the first time\b|\binaugural\b|初会合|初回|初めて(?:の会合|開催|会合|開かれ)|最初の(?:会合|協議|回)/i;

/** The clause on the first meeting: from the cue to the next clause (English), the clause with it (Japanese). */
export function firstMeetingClause(text: string): string | undefined {
  const cue = FIRST_MET.exec(text);
  if (!cue) return undefined;
  if (/[\u3040-\u30FF\u3400-\u9FFF]/.test(cue[0]))
    return text.split(/[、。,]/).find((c) => FIRST_MET.test(c)) ?? "";
  return text.slice(cue.index).split(/;|\bbut\b|\band (?:was|were|is|it|the|they)\b/i)[0] ?? "";
}
