/**
 * One composer per intent (declared by its module in ../intents/); this dispatcher first deals with what no composer should have to: rounds that
 * are not on record and references that fit several rounds.
 */
import type { Answer } from "../answer-types.ts";
import { intentLabel, intentSpec, multiRound, roundless } from "../intents/tables.ts";
import { isKnown, participantsOf, roundByNumber } from "../queries.ts";
import { ambiguousAnswer, missingRoundAnswer, suggest } from "./common.ts";
import type { Ctx } from "./context.ts";
import { composeDistinct, distinctMeetingNamed, sameTimeAsked } from "./distinct.ts";
import { Draft } from "./draft.ts";
import { ordinal, organisationName, organisationShort, pick, roundName, sideAdjective } from "./format.ts";

/** One answer per round, in one reply. */
function composeSeveral(ctx: Ctx, draft: Draft, rounds: number[]): void {
  const { kb, locale, query } = ctx;
  const parts = rounds.filter((n) => roundByNumber(kb, n)).slice(0, 5);
  const texts: string[] = [];
  const verdicts: string[] = [];
  const titles: string[] = [];
  for (const n of parts) {
    const part = new Draft(query.intent);
    const { rounds: _all, ...hints } = ctx.hints;
    intentSpec(query.intent).compose({ ...ctx, query: { ...query, round: n }, hints }, part);
    // a paragraph that only introduces the round's section ("Topics recorded for the 1st round:") says
    // nothing once the sections are headed by their round
    const text = part.paragraphs.filter((p) => !/[:：]$/.test(p.trim())).join(locale === "ja" ? "" : " ");
    titles.push(part.title);
    const verdict = VERDICT.exec(text);
    const said = verdict?.[1] ?? verdict?.[2];
    if (said) verdicts.push(said);
    texts.push(verdict ? text.slice(verdict[0].length).replace(/^\w/, (c) => c.toUpperCase()) : text);
    for (const section of part.sections) {
      draft.section(
        section.heading.includes(String(n))
          ? section.heading
          : `${section.heading} — ${roundName(n, locale)}`,
        section.body,
      );
    }
    draft.citeIds(part.sourceIds);
  }
  // A yes/no question about several rounds: yes only if yes for each, no if no for any — asked of either
  // ("did either of them…?"): yes if yes for any, no only if no for each
  if (ctx.hints.yesno && verdicts.length === parts.length) {
    const isNo = (v: string) => v === "No" || v === "いいえ";
    const isYes = (v: string) => v === "Yes" || v === "はい";
    const either = ctx.hints.anyRound === true;
    const no = either ? verdicts.every(isNo) : verdicts.some(isNo);
    const yes = either ? verdicts.some(isYes) : verdicts.every(isYes);
    draft.say(
      no
        ? pick(locale, "No — ", "いいえ。")
        : yes
          ? pick(locale, "Yes — ", "はい。")
          : pick(locale, "Not recorded — ", "記録されていません。"),
    );
  }
  for (const text of texts) if (text.trim()) draft.say(text);
  if (draft.paragraphs.length === 0) {
    const list = parts.map((n) => roundName(n, locale));
    const last = list.pop() ?? "";
    draft.say(
      pick(
        locale,
        `Recorded for ${list.length > 0 ? `${list.join(", ")} and ${last}` : last}, round by round:`,
        `${parts.map((n) => `第${n}回`).join("・")}について、回ごとの記録：`,
      ),
    );
  }
  // "round 3 but not round 1", "which ones are new?": the difference is the answer, said first
  if (query.intent === "agencies" && ctx.hints.difference)
    draft.paragraphs.unshift(participantsOnlyAt(ctx, parts));
  else if (query.intent === "agencies" && ctx.hints.allRounds) draft.say(commonParticipants(ctx, parts));
  const names = parts.map((n) => roundName(n, locale).replace(/^the /, ""));
  draft.title =
    query.intent === "membership"
      ? titles.join(" / ")
      : `${intentLabel(query.intent, undefined, locale)} — ${names.join(locale === "ja" ? "・" : ", ")}`;
  draft.round = parts[0] ?? null;
}

const VERDICT = /^(Yes|No|Not recorded)(?:, [^—]{1,20})? — |^(はい|いいえ|記録されていません)。/;

/** "Round 3 but not round 2": the organisations the first round lists and the others do not. */
function participantsOnlyAt(ctx: Ctx, rounds: number[]): string {
  const { kb, locale } = ctx;
  const [first, ...rest] = rounds.map((n) => {
    const round = roundByNumber(kb, n);
    return round ? participantsOf(kb, round, ctx.query.side) : [];
  });
  if (!first || [first, ...rest].some((sides) => sides.some((side) => side.fact.status !== "known"))) {
    return pick(
      locale,
      "(Some of these lists are not recorded, so the difference cannot be said.)",
      "（記録されていない一覧があるため、違いは判断できません。）",
    );
  }
  const others = rest.flatMap((sides) => sides.flatMap((side) => side.organisations.map((o) => o.id)));
  const only = first.flatMap((side) => side.organisations).filter((org) => !others.includes(org.id));
  const n = rounds[0] ?? 0;
  // "did every agency of round 1 also attend round 2?": yes when none is only at the first; an incomplete
  // later list cannot say no
  const complete = rest.every((sides) =>
    sides.every((side) => isKnown(side.fact) && side.fact.value.complete),
  );
  const verdict = !ctx.hints.yesno
    ? ""
    : only.length === 0
      ? pick(locale, "Yes — ", "はい。")
      : complete
        ? pick(locale, "No — ", "いいえ。")
        : pick(locale, "Not recorded — ", "記録されていません。");
  return `${verdict}${pick(
    locale,
    `Recorded at the ${roundName(n, locale).replace(/^the /, "")} only (${only.length}): ${only.map((org) => organisationShort(org, locale)).join(", ") || "none"}.`,
    `第${n}回のみに記録されている機関（${only.length}）：${only.map((org) => organisationShort(org, locale)).join("、") || "なし"}。`,
  )}`;
}

/** "Recorded at all of them: …" — the organisations every one of the rounds lists. */
function commonParticipants(ctx: Ctx, rounds: number[]): string {
  const { kb, locale } = ctx;
  const lists = rounds.map((n) => {
    const round = roundByNumber(kb, n);
    return round ? participantsOf(kb, round, ctx.query.side) : [];
  });
  if (lists.some((sides) => sides.some((side) => side.fact.status !== "known"))) {
    return pick(
      locale,
      "(Some of these lists are not recorded, so what they have in common cannot be said.)",
      "（記録されていない一覧があるため、共通する機関は判断できません。）",
    );
  }
  const [first, ...rest] = lists.map((sides) => sides.flatMap((side) => side.organisations));
  const common = (first ?? []).filter((org) => rest.every((list) => list.some((o) => o.id === org.id)));
  const names = common.map((org) => organisationShort(org, locale));
  return pick(
    locale,
    `Recorded at all of them (${common.length}): ${names.join(", ") || "none"}.`,
    `すべてに記録されている機関（${common.length}）：${names.join("、") || "なし"}。`,
  );
}

export function compose(ctx: Ctx, question: string, confidence: "high" | "low"): Answer {
  const { kb, locale, query, hints } = ctx;
  const draft = new Draft(query.intent);
  draft.confidence = confidence;
  const usesRound = !roundless(query.intent);
  // a question about the other meeting itself is refused; asked whether it was a round, it is told it was not
  const refused = query.intent === "unknown" && hints.reason !== undefined && !hints.yesno;
  const distinct = refused ? undefined : distinctMeetingNamed(kb, question);
  if (distinct) {
    composeDistinct(ctx, draft, distinct, sameTimeAsked(question));
  } else if (
    usesRound &&
    query.round !== undefined &&
    !roundByNumber(kb, query.round) &&
    hints.announcedRound === undefined
  ) {
    missingRoundAnswer(ctx, draft, { kind: "number", n: query.round });
  } else if (usesRound && hints.missing && query.round === undefined) {
    missingRoundAnswer(ctx, draft, hints.missing);
  } else if (usesRound && hints.ambiguous && query.round === undefined) {
    ambiguousAnswer(ctx, draft, hints.ambiguous.candidates, hints.ambiguous.via);
  } else if (hints.rounds && hints.rounds.length > 1 && multiRound(query.intent)) {
    composeSeveral(ctx, draft, hints.rounds);
  } else {
    intentSpec(query.intent).compose(ctx, draft);
    if (hints.firstAttended && draft.round === hints.firstAttended.round) firstAttendedNote(ctx, draft);
    if (hints.weakRound && draft.round !== null) {
      draft.confidence = "low";
      if (hints.relative) {
        draft.say(
          pick(
            locale,
            `(“${hints.relative}” read as the ${ordinal(draft.round)} round, the one before the latest on record.)`,
            `（「${hints.relative}」を記録上最新の回の前の回、第${draft.round}回と解釈しました。）`,
          ),
        );
      }
      for (const n of [draft.round - 1, draft.round + 1]) {
        if (roundByNumber(kb, n)) suggest(draft, locale, { ...query, round: n });
      }
    }
  }
  return draft.finish(kb, question, locale);
}

/**
 * "Which was the first round with IPA?": the round answered is the first whose recorded participants
 * include the organisation; earlier rounds whose list for its side is not recorded (or only partly) are
 * named, since it may have been at those too.
 */
function firstAttendedNote(ctx: Ctx, draft: Draft): void {
  const { kb, locale, hints } = ctx;
  const asked = hints.firstAttended;
  const org = asked ? kb.organisations.get(asked.organisation) : undefined;
  const round = asked ? roundByNumber(kb, asked.round) : undefined;
  if (!asked || !org || !round) return;
  const list = participantsOf(kb, round, org.country)[0];
  if (list && list.fact.status === "known") draft.cite(list.fact.evidence);
  const unsure = kb.rounds
    .filter((r) => r.number < round.number)
    .filter((r) => {
      const fact = participantsOf(kb, r, org.country)[0]?.fact;
      return !(fact && isKnown(fact) && fact.value.complete);
    })
    .map((r) => r.number);
  const name = organisationName(org, locale);
  const caveat = unsure.length
    ? pick(
        locale,
        ` The ${sideAdjective(org.country, locale)} participants of round${unsure.length > 1 ? "s" : ""} ${unsure.join(", ")} are not recorded in full, so it may have attended earlier.`,
        `第${unsure.join("・")}回の${sideAdjective(org.country, locale)}の参加機関は完全には記録されていないため、それ以前に参加していた可能性もあります。`,
      )
    : "";
  draft.paragraphs.unshift(
    pick(
      locale,
      `The first round at which ${name} is recorded among the participants is the ${ordinal(round.number)}.${caveat}`,
      `${name}が参加機関として記録されている最初の回は第${round.number}回です。${caveat}`,
    ),
  );
}
