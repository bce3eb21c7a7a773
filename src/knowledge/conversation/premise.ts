/**
 * A question built on a claim ("Why did Feakin co-chair round 2?", "How come round 3 was held in Canberra?",
 * 「なぜ第3回はキャンベラで開催されたの？」) is answered only after its claim is checked: when the record
 * contradicts it, the answer says so first, with what is recorded (src/knowledge/claims); otherwise it says that
 * the reasons are not recorded (no source records why).
 */
import type { Answer, Locale } from "../answer-types.ts";
import { type ClaimEnv, checkClaims } from "../claims/claims.ts";
import { COCHAIR } from "../claims/cues.ts";
import { combine, verdictText } from "../claims/verdict.ts";

/** No source records reasons: "Why is not recorded: …", 「理由は記録されていません…」. */
export const whyNotRecorded = (locale: Locale): string =>
  locale === "ja"
    ? "理由は記録されていません（情報源は経緯のみを記録しています）。"
    : "Why is not recorded: the sources record what happened, not the reasons.";

/** "why did …", "why was …", "how come …": the claim, put as a yes/no question ("did …?", "was …?"). */
/** "Since Okada chaired round 2, who was his counterpart?": what is given, and what is asked on it. */
export function givenClause(question: string): { premise: string; asked: string } | undefined {
  const m =
    /^\s*(?:since|given that|now that|as|because)\s+([^,]{6,}?),\s*((?:who|whom|what|when|where|which|how|did|was|were)\b.*)$/i.exec(
      question,
    );
  return m?.[1] && m[2] ? { premise: m[1], asked: m[2] } : undefined;
}

export function premiseOf(question: string): string | undefined {
  // "Since Okada chaired round 2, who was his counterpart?", "Given that round 1 was in Tokyo, what date was it?"
  const given = givenClause(question);
  if (given) return `${given.premise}, right?`;
  const en = /^\s*(?:but\s+|so\s+|and\s+)?(?:why|how come)\s+(.+?)\s*\??\s*$/i.exec(question);
  if (en?.[1]) {
    const clause = en[1];
    // "why did X …" → "did X …?"; "how come X was …" → "X was …, right?"
    return /^(?:did|was|were|is|are|does|do|has|have|had)\b/i.test(clause)
      ? `${clause}?`
      : `${clause}, right?`;
  }
  // 「第1回は東京で開かれたそうですが、何日でしたか？」: what is heard, then asked about
  const heard =
    /^(.{4,}?)(?:そうですが|そうだけど|と聞きましたが|と聞いたけど|らしいですが|らしいけど|ようですが)[、,]/.exec(
      question.trim(),
    );
  if (heard?.[1]) return `${heard[1]}ですよね？`;
  const ja = /^(?:なぜ|どうして|何で|なんで)(.+?)(?:の|んですか|のですか|のか)?[?？]?$/.exec(question.trim());
  return ja?.[1] ? `${ja[1]}ですよね？` : undefined;
}

/** Intents whose question about a named organisation or person does not presuppose it was at the round. */
const NO_PRESUPPOSITION = new Set(["unknown", "membership", "glossary", "person", "origin", "rounds"]);

/**
 * "What did Home Affairs present at round 2?", "Which agency co-chaired round 3 with Home Affairs?": a question
 * about what one organisation or person did at a round presupposes it was there — put as a yes/no question.
 */
function presupposedAttendance(env: ClaimEnv, question: string, locale: Locale): string | undefined {
  const u = env.understand(question);
  const n = u.query.round;
  // 「第3回の共同議長だった水嶋大使について教えて」, "Tell me about Mizushima, who co-chaired round 3": a person
  // described as a round's co-chair
  const person = (u.reading?.mentions ?? []).filter((m) => m.kind === "person");
  const about = u.query.intent === "person" || u.query.intent === "cochairs";
  if (about && n !== undefined && person.length === 1 && COCHAIR.test(question) && !u.hints.yesno) {
    const typed = person[0] && "typed" in person[0] ? person[0].typed : undefined;
    if (typed)
      return locale === "ja" ? `${typed}は第${n}回の共同議長でしたか？` : `Did ${typed} co-chair round ${n}?`;
  }
  if (u.hints.yesno || n === undefined || NO_PRESUPPOSITION.has(u.query.intent)) return undefined;
  const named = (u.reading?.mentions ?? []).filter((m) => m.kind === "organisation" || m.kind === "person");
  const one = named.length === 1 ? named[0] : undefined;
  if (!one || !("typed" in one)) return undefined;
  return locale === "ja" ? `${one.typed}は第${n}回に参加しましたか？` : `Was ${one.typed} at round ${n}?`;
}

/** The record's "No — …" before the answer, when the presupposition is contradicted; else the answer as it was. */
function presupposed(env: ClaimEnv, answer: Answer, question: string, locale: Locale): Answer {
  const premise = presupposedAttendance(env, question, locale);
  if (!premise) return answer;
  const { checks } = checkClaims(env, premise, env.understand(premise));
  return combine(checks) === "no"
    ? { ...answer, text: `${verdictText(checks, locale)}\n\n${answer.text}`.slice(0, 4000) }
    : answer;
}

/** The composed answer, or the record's "No — …" first when the question's premise is contradicted. */
export function checkPremise(env: ClaimEnv, answer: Answer, question: string, locale: Locale): Answer {
  const premise = premiseOf(question);
  if (!premise) {
    try {
      return presupposed(env, answer, question, locale);
    } catch {
      return answer;
    }
  }
  try {
    const { checks } = checkClaims(env, premise, env.understand(premise));
    if (combine(checks) === "no")
      return { ...answer, text: `${verdictText(checks, locale)}\n\n${answer.text}`.slice(0, 4000) };
    // (a premise given, not a reason asked: nothing more to say)
    if (givenClause(question)) return answer;
    // the record tells what happened, never why: said, so that the facts are not taken for a reason
    const why = whyNotRecorded(locale);
    return answer.intent === "unknown"
      ? answer
      : { ...answer, text: `${answer.text}\n${why}`.slice(0, 4000) };
  } catch {
    return answer;
  }
}
