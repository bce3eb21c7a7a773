/**
 * What a round produced, as recorded ("what did round 3 produce?" → the Joint Statement, with its source).
 * A yes/no question naming a joint statement gets "Yes" only when the recorded outcome is one.
 */
import { isKnown, latestRound, latestRoundRecording, roundByNumber } from "../queries.ts";
import type { Round } from "../types.ts";
import { conflictNote, correctionNote, openRoundAnswer } from "./common.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import { joinList, localText, ordinal, pick, RoundName, roundName, roundWhenWhere } from "./format.ts";

/** Does the recorded outcome name a statement? */
export const isStatement = (round: Round): boolean =>
  isKnown(round.outcome) &&
  /statement|ステートメント|声明/i.test(`${round.outcome.value.en ?? ""} ${round.outcome.value.ja ?? ""}`);

/** "What were the outcomes of each round?": one section per round whose outcome is recorded. */
function everyRound(ctx: Ctx, draft: Draft): void {
  const { kb, locale } = ctx;
  draft.title = pick(locale, "Outcomes of the rounds on record", "各回の成果");
  const missing: string[] = [];
  for (const r of kb.rounds) {
    const where = roundWhenWhere(r, locale);
    const heading = pick(
      locale,
      `${RoundName(r.number, locale)}${where ? ` (${where})` : ""}`,
      `第${r.number}回${where ? `（${where}）` : ""}`,
    );
    if (isKnown(r.outcome)) {
      draft.cite(r.outcome.evidence);
      draft.section(heading, localText(r.outcome.value, locale));
    } else missing.push(pick(locale, `the ${ordinal(r.number)}`, `第${r.number}回`));
  }
  // "which rounds produced a joint statement?": those whose recorded outcome is one, first
  const statements = kb.rounds
    .filter(isStatement)
    .map((r) => pick(locale, `the ${ordinal(r.number)}`, `第${r.number}回`));
  if (ctx.hints.asksStatement)
    draft.say(
      statements.length
        ? pick(
            locale,
            `Recorded as issuing a joint statement: ${joinList(statements, locale)} round${statements.length === 1 ? "" : "s"}.`,
            `共同ステートメントの発出が記録されているのは${statements.join("・")}です。`,
          )
        : pick(
            locale,
            "No round is recorded as issuing a joint statement.",
            "共同ステートメントの発出が記録されている回はありません。",
          ),
    );
  draft.say(
    missing.length
      ? pick(
          locale,
          `The ${missing.length > 1 ? "outcomes" : "outcome"} of ${joinList(missing, locale)} round${missing.length === 1 ? "" : "s"} ${missing.length === 1 ? "is" : "are"} not recorded.`,
          `${missing.join("・")}の成果は記録されていません。`,
        )
      : pick(locale, "Recorded outcome of every round:", "各回の成果："),
  );
}

/** What the sources record the two sides reaffirming or committing to (再確認, "reaffirmed"): among the topics. */
const REAFFIRMED = /再確認|reaffirm|recommit/i;

/** "Both sides reaffirmed: …" — recorded items whose quote says the two sides reaffirmed them. */
function reaffirmed(ctx: Ctx, draft: Draft, round: Round): string {
  const { locale } = ctx;
  const topics = round.topics;
  if (!isKnown(topics)) return "";
  const quotes = topics.evidence.filter((e) => REAFFIRMED.test(e.quote));
  const items = topics.value.filter((t) =>
    quotes.some((e) => [t.en, t.ja].some((x) => x && e.quote.includes(x))),
  );
  if (items.length === 0) return "";
  draft.cite(quotes);
  const only = items.every((t) => !t.en);
  return pick(
    locale,
    `Both sides also reaffirmed${only ? " (recorded only in Japanese)" : ""}: ${items.map((t) => localText(t, locale)).join("; ")}.`,
    `両国は次を再確認しました：${items.map((t) => localText(t, locale)).join("、")}。`,
  );
}

/** The outcome of one round, checked against a joint statement when the question asks about one. */
function oneRound(ctx: Ctx, draft: Draft, round: Round): void {
  const { locale, hints } = ctx;
  const outcome = round.outcome;
  const name = roundName(round.number, locale);
  // "the round 3 joint statement was signed by both co-chairs": more than its issue is asserted
  if (hints.asksStatement && isStatement(round) && hints.statementDetail) {
    if (isKnown(outcome)) draft.cite(outcome.evidence);
    draft.say(
      pick(
        locale,
        `Not recorded — the record says ${name} issued a Joint Statement, but not who signed or drafted it or what standing it has.`,
        `記録されていません。第${round.number}回で共同ステートメントが出されたことは記録されていますが、署名者・起草者やその位置づけは記録されていません。`,
      ),
    );
    return;
  }
  // "was a joint statement issued at round 2?", "the round 2 joint statement — what did it say?"
  if (hints.asksStatement && !isStatement(round)) {
    const recorded = isKnown(outcome) ? localText(outcome.value, locale) : "";
    draft.say(
      pick(
        locale,
        `Not recorded — no joint statement is recorded for ${name}.${recorded ? ` Its recorded outcome: ${recorded}` : ""}`,
        `記録されていません。第${round.number}回の共同ステートメントは記録されていません。${recorded ? `記録されている成果：${recorded}` : ""}`,
      ),
    );
    if (isKnown(outcome)) draft.cite(outcome.evidence);
  } else if (isKnown(outcome)) {
    draft.cite(outcome.evidence);
    const text = localText(outcome.value, locale);
    draft.say(
      pick(
        locale,
        `${hints.yesno ? "Yes — " : ""}Outcome of ${name}: ${text}.`,
        `${hints.yesno ? "はい。" : ""}第${round.number}回の成果：${text}。`,
      ).replace(/\.\.$/, "."),
    );
  } else {
    draft.say(
      pick(
        locale,
        `${hints.yesno ? "Not recorded — " : ""}The outcome of ${name} is not recorded in the knowledge base.`,
        `${hints.yesno ? "記録されていません。" : ""}第${round.number}回の成果は記録されていません。`,
      ),
    );
  }
}

export function composeOutcomes(ctx: Ctx, draft: Draft): void {
  const { kb, locale, query, hints } = ctx;
  const named = roundByNumber(kb, query.round);
  if (!named && hints.acrossRounds) {
    everyRound(ctx, draft);
    return;
  }
  const round = named ?? latestRoundRecording(kb, "outcome") ?? latestRound(kb);
  if (!round) {
    draft.title = pick(locale, "Outcomes", "成果");
    draft.say(pick(locale, "No round is recorded in the knowledge base.", "回は記録されていません。"));
    return;
  }
  openRoundAnswer(ctx, draft, round, named !== undefined, {
    en: "Outcome",
    ja: "成果",
    recorded: { en: "whose outcome is on record", ja: "成果が" },
  });
  oneRound(ctx, draft, round);
  draft.say(reaffirmed(ctx, draft, round));
  const latest = latestRound(kb);
  if (!named && latest && latest.number !== round.number) {
    draft.say(
      pick(
        locale,
        `(The outcome of the ${ordinal(latest.number)} round, the latest on record, is not recorded.)`,
        `（記録上最新の第${latest.number}回の成果は記録されていません。）`,
      ),
    );
  }
  draft.say(conflictNote(ctx, round));
  draft.say(correctionNote(ctx));
}
