/**
 * A question built on a claim ("Why did Feakin co-chair round 2?", "How come round 3 was held in Canberra?",
 * 「なぜ第3回はキャンベラで開催されたの？」) is answered only after its claim is checked: when the record
 * contradicts it, the answer says so first, with what is recorded (src/knowledge/claims); otherwise it says that
 * the reasons are not recorded (no source records why).
 */
import type { Answer, Locale } from "../answer-types.ts";
import { type ClaimEnv, checkClaims } from "../claims/claims.ts";
import { combine, verdictText } from "../claims/verdict.ts";

/** "why did …", "why was …", "how come …": the claim, put as a yes/no question ("did …?", "was …?"). */
export function premiseOf(question: string): string | undefined {
  const en = /^\s*(?:but\s+|so\s+|and\s+)?(?:why|how come)\s+(.+?)\s*\??\s*$/i.exec(question);
  if (en?.[1]) {
    const clause = en[1];
    // "why did X …" → "did X …?"; "how come X was …" → "X was …, right?"
    return /^(?:did|was|were|is|are|does|do|has|have|had)\b/i.test(clause)
      ? `${clause}?`
      : `${clause}, right?`;
  }
  const ja = /^(?:なぜ|どうして|何で|なんで)(.+?)(?:の|んですか|のですか|のか)?[?？]?$/.exec(question.trim());
  return ja?.[1] ? `${ja[1]}ですよね？` : undefined;
}

/** The composed answer, or the record's "No — …" first when the question's premise is contradicted. */
export function checkPremise(env: ClaimEnv, answer: Answer, question: string, locale: Locale): Answer {
  const premise = premiseOf(question);
  if (!premise) return answer;
  try {
    const { checks } = checkClaims(env, premise, env.understand(premise));
    if (combine(checks) === "no")
      return { ...answer, text: `${verdictText(checks, locale)}\n\n${answer.text}`.slice(0, 4000) };
    // the record tells what happened, never why: said, so that the facts are not taken for a reason
    const why =
      locale === "ja"
        ? "理由は記録されていません（情報源は経緯のみを記録しています）。"
        : "Why is not recorded: the sources record what happened, not the reasons.";
    return answer.intent === "unknown"
      ? answer
      : { ...answer, text: `${answer.text}\n${why}`.slice(0, 4000) };
  } catch {
    return answer;
  }
}
