import type { Side } from "../answer-types.ts";
import { isKnown, latestRound, latestRoundRecording, participantsOf, roundByNumber } from "../queries.ts";
import type { Round } from "../types.ts";
import { alsoRecorded } from "./also-recorded.ts";
import { conflictNote, correctionNote, heldNotRecorded, latestRoundNote, suggest } from "./common.ts";
import type { Ctx } from "./context.ts";
import { composeCountComparison } from "./count-compare.ts";
import type { Draft } from "./draft.ts";
import {
  countryName,
  joinList,
  ordinal,
  organisationName,
  pick,
  roundName,
  roundWhenWhere,
  sideAdjective,
} from "./format.ts";
import { representingNote } from "./representing.ts";

/** Each side's recorded list as a section; what is recorded and what is missing, for the summary line. */
function sideSections(
  ctx: Ctx,
  draft: Draft,
  round: Round,
  lists: ReturnType<typeof participantsOf>,
): { recorded: string[]; missing: string[] } {
  const { kb, locale } = ctx;
  const recorded: string[] = [];
  const missing: string[] = [];
  for (const list of lists) {
    const country = countryName(list.side, locale);
    const adjective = sideAdjective(list.side, locale);
    // what the record holds beyond the list (the co-chair's organisation, bodies the source names)
    const { text: also, evidence: alsoEvidence } = alsoRecorded(ctx, round, list.side, locale);
    draft.cite(alsoEvidence);
    if (!isKnown(list.fact)) {
      missing.push(adjective);
      const none = pick(locale, "Not recorded in the knowledge base.", "記録されていません。");
      draft.section(country, also ? `${none}\n${also}` : none);
      continue;
    }
    draft.cite(list.fact.evidence);
    const complete = list.fact.value.complete;
    const count = list.organisations.length;
    recorded.push(
      complete
        ? pick(
            locale,
            `${count} ${adjective} organisation${count === 1 ? "" : "s"}`,
            `${adjective}${count}機関`,
          )
        : pick(
            locale,
            `${count} ${adjective} organisation${count === 1 ? "" : "s"} named (the source says “including”, so the ${adjective} list may be incomplete)`,
            `${adjective}${count}機関（情報源は「including（など）」としており、一覧は完全ではない可能性があります）`,
          ),
    );
    const heading = complete
      ? pick(locale, `${country} (${count})`, `${country}（${count}機関）`)
      : pick(
          locale,
          `${country} (${count} named; list may be incomplete)`,
          `${country}（${count}機関・一部のみの可能性）`,
        );
    const evidence = list.fact.evidence;
    draft.section(
      heading,
      list.organisations
        .map((org) => `• ${organisationName(org, locale)}${representingNote(kb, org, evidence, locale)}`)
        .concat(also ? [also] : [])
        .join("\n"),
    );
  }
  return { recorded, missing };
}

/** Whether the round was held, the round that records more, and the latest round's missing list. */
function closingNotes(
  ctx: Ctx,
  draft: Draft,
  round: Round,
  named: boolean,
  lists: ReturnType<typeof participantsOf>,
): void {
  const { kb, locale } = ctx;
  if (!isKnown(round.held)) {
    draft.say(`${heldNotRecorded(round.number, locale, "held")}${pick(locale, ".", "。")}`);
  }
  const fullest = latestRoundRecording(kb, "participants", "JP");
  if (lists.every((l) => !isKnown(l.fact)) || (!named && fullest && fullest.number !== round.number)) {
    if (fullest && fullest.number !== round.number)
      suggest(draft, locale, { intent: "agencies", round: fullest.number });
  }
  const latest = latestRound(kb);
  if (!named && latest && latest.number !== round.number) {
    draft.say(
      pick(
        locale,
        `(No participants are recorded for the ${ordinal(latest.number)} round, the latest on record.)`,
        `（記録上最新の第${latest.number}回の参加機関は記録されていません。）`,
      ),
    );
  }
}

export function composeAgencies(ctx: Ctx, draft: Draft): void {
  const { kb, locale, query } = ctx;
  // "how many individual officials attended?": no source counts people; the organisations follow
  if (ctx.hints.peopleCount)
    draft.say(
      pick(
        locale,
        "Not recorded — how many individual officials attended is not recorded: the sources name organisations, not a head count.",
        "記録されていません。出席者の人数は記録されていません（情報源は参加機関を挙げており、人数は記していません）。",
      ),
    );
  const named = roundByNumber(kb, query.round);
  if (ctx.hints.comparedCount && query.round !== undefined && ctx.hints.otherRound !== undefined) {
    composeCountComparison(ctx, draft, query.round, ctx.hints.otherRound);
    return;
  }
  if (!named && ctx.hints.extreme) {
    compareRounds(ctx, draft, ctx.hints.extreme);
    return;
  }
  if (!named && ctx.hints.acrossRounds) {
    acrossRounds(ctx, draft);
    return;
  }
  const round = named ?? latestRoundRecording(kb, "participants", query.side);
  if (!round) {
    draft.title = pick(locale, "Participating agencies", "参加機関");
    draft.say(
      pick(
        locale,
        "No participants are recorded in the knowledge base.",
        "参加機関は知識ベースに記録されていません。",
      ),
    );
    return;
  }
  draft.round = round.number;
  const context = roundWhenWhere(round, locale);
  const sideWord = query.side ? sideAdjective(query.side, locale) : "";
  draft.title = pick(
    locale,
    `${query.side ? `${sideWord} agencies` : "Agencies"} at the ${ordinal(round.number)} round${context ? ` (${context})` : ""}`,
    `第${round.number}回${context ? `（${context}）` : ""}の${query.side ? sideWord : ""}参加機関`,
  );
  if (!named) {
    draft.say(latestRoundNote(locale, round, { en: "with participants on record", ja: "参加機関が" }));
  }
  const lists = participantsOf(kb, round, query.side);
  const { recorded, missing } = sideSections(ctx, draft, round, lists);
  const where = roundName(round.number, locale);
  if (recorded.length > 0) {
    // both sides' lists: their total too ("how many organisations in all?")
    const known = lists.filter((l) => isKnown(l.fact));
    const total = known.length > 1 ? known.reduce((n, l) => n + l.organisations.length, 0) : undefined;
    draft.say(
      pick(
        locale,
        `Recorded participants of ${where}: ${total ? `${total} organisations — ` : ""}${joinList(recorded, locale).replace(/ organisations(?= and)/, "")}.`,
        `第${round.number}回の参加機関として記録されているのは、${joinList(recorded, locale)}${total ? `（計${total}機関）` : ""}です。`,
      ),
    );
  }
  if (missing.length > 0) {
    draft.say(
      pick(
        locale,
        `The ${joinList(missing, locale)} participants of ${where} are not recorded in the knowledge base.`,
        `第${round.number}回の${missing.join("・")}の参加機関は記録されていません。`,
      ),
    );
  }
  closingNotes(ctx, draft, round, named !== undefined, lists);
  draft.say(conflictNote(ctx, round));
  draft.say(correctionNote(ctx));
}

/** "Which agencies have taken part, in total?": every organisation recorded at any round, with its rounds. */
function acrossRounds(ctx: Ctx, draft: Draft): void {
  const { kb, locale, query } = ctx;
  const sides: Side[] = query.side ? [query.side] : ["JP", "AU"];
  draft.title = pick(
    locale,
    `${query.side ? `${sideAdjective(query.side, locale)} agencies` : "Agencies"} recorded across the rounds`,
    `各回を通じて記録されている${query.side ? sideAdjective(query.side, locale) : ""}参加機関`,
  );
  const counts: string[] = [];
  for (const side of sides) {
    const rounds = new Map<string, number[]>();
    const gaps: number[] = [];
    for (const round of kb.rounds) {
      const list = participantsOf(kb, round, side)[0];
      if (!list || !isKnown(list.fact)) {
        gaps.push(round.number);
        continue;
      }
      draft.cite(list.fact.evidence);
      if (!list.fact.value.complete) gaps.push(round.number);
      for (const org of list.organisations) rounds.set(org.id, [...(rounds.get(org.id) ?? []), round.number]);
    }
    const lines = [...rounds.entries()].map(([id, numbers]) => {
      const org = kb.organisations.get(id);
      const at = pick(locale, `rounds ${numbers.join(", ")}`, `第${numbers.join("・")}回`);
      return `• ${org ? organisationName(org, locale) : id} (${at})`
        .replace(" (", pick(locale, " (", "（"))
        .replace(/\)$/, pick(locale, ")", "）"));
    });
    counts.push(
      pick(
        locale,
        `${rounds.size} ${sideAdjective(side, locale)}`,
        `${sideAdjective(side, locale)}${rounds.size}機関`,
      ),
    );
    const gapNote = gaps.length
      ? pick(
          locale,
          `\n(Not recorded or incomplete for rounds ${gaps.join(", ")}.)`,
          `\n（第${gaps.join("・")}回は記録なし、または一部のみ）`,
        )
      : "";
    draft.section(`${countryName(side, locale)} (${rounds.size})`, `${lines.join("\n")}${gapNote}`);
  }
  draft.say(
    pick(
      locale,
      `Across the rounds on record, ${joinList(counts, locale)} organisations are recorded as participants. Some rounds' lists are not recorded or incomplete, so the true totals may be higher.`,
      `記録されている各回を通じて、参加機関として${counts.join("、")}が記録されています。記録がない、または一部のみの回があるため、実際の数はこれより多い可能性があります。`,
    ),
  );
}

/**
 * "Which round had the most agencies?", "参加機関が一番多かった回は？": the rounds compared by the number of
 * organisations in their recorded participant lists (of the side asked, or both). Only rounds whose lists
 * are recorded in full for every side counted are compared; the others are named with what is missing.
 */
/** One round's recorded counts by side, and what keeps its total from being compared. */
function roundCount(
  ctx: Ctx,
  draft: Draft,
  round: Round,
): { parts: string[]; missing: string[]; total: number; complete: boolean } {
  const { kb, locale, query } = ctx;
  const lists = participantsOf(kb, round, query.side);
  const parts: string[] = [];
  const missing: string[] = [];
  let total = 0;
  let complete = true;
  for (const list of lists) {
    const adjective = sideAdjective(list.side, locale);
    if (!isKnown(list.fact)) {
      complete = false;
      missing.push(pick(locale, `${adjective} list not recorded`, `${adjective}の一覧は記録なし`));
      continue;
    }
    draft.cite(list.fact.evidence);
    const count = list.organisations.length;
    total += count;
    if (!list.fact.value.complete) {
      complete = false;
      missing.push(
        pick(
          locale,
          `${adjective} list incomplete (“including”)`,
          `${adjective}の一覧は一部のみ（「including」）`,
        ),
      );
    }
    parts.push(pick(locale, `${count} ${adjective}`, `${adjective}${count}`));
  }
  return { parts, missing, total, complete };
}

type Counted = { number: number; total: number; parts: string[] };

/** The round (or the tied rounds) with the most or fewest agencies among those counted in full. */
function sayExtreme(ctx: Ctx, draft: Draft, best: Counted | undefined, ties: Counted[], most: boolean): void {
  const { kb, locale, query } = ctx;
  const sides: Side[] = query.side ? [query.side] : ["JP", "AU"];
  const sideWord = query.side ? sideAdjective(query.side, locale) : "";
  if (!best) {
    draft.say(
      pick(
        locale,
        "No round has its participant lists recorded in full, so the rounds cannot be compared.",
        "参加機関の一覧が完全に記録されている回がないため、回どうしを比べることはできません。",
      ),
    );
  } else {
    const round = roundByNumber(kb, best.number);
    if (round) draft.round = round.number;
    const context = round ? roundWhenWhere(round, locale) : "";
    const names = ties.map((r) => pick(locale, `the ${ordinal(r.number)} round`, `第${r.number}回`));
    const breakdown =
      sides.length > 1
        ? pick(locale, ` (${joinList(best.parts, locale)})`, `（${best.parts.join("、")}）`)
        : "";
    draft.say(
      ties.length > 1
        ? pick(
            locale,
            `Among the rounds with complete lists, ${joinList(names, locale)} tie for the ${most ? "most" : "fewest"} ${query.side ? `${sideWord} ` : ""}agencies: ${best.total} each.`,
            `一覧が完全に記録されている回のうち、${names.join("と")}が${best.total}機関で並び、${query.side ? sideWord : ""}参加機関が${most ? "最も多い" : "最も少ない"}回です。`,
          )
        : pick(
            locale,
            `Of the rounds with complete lists on record, the ${ordinal(best.number)} round${context ? ` (${context})` : ""} had the ${most ? "most" : "fewest"} ${query.side ? `${sideWord} ` : ""}agencies: ${best.total}${breakdown}.`,
            `一覧が完全に記録されている回のうち、${query.side ? sideWord : ""}参加機関が${most ? "最も多い" : "最も少ない"}のは第${best.number}回${context ? `（${context}）` : ""}で、${best.total}機関${breakdown}です。`,
          ),
    );
  }
}

function compareRounds(ctx: Ctx, draft: Draft, extreme: "most" | "fewest"): void {
  const { kb, locale, query } = ctx;
  const sides: Side[] = query.side ? [query.side] : ["JP", "AU"];
  const sideWord = query.side ? sideAdjective(query.side, locale) : "";
  const most = extreme === "most";
  draft.title = pick(
    locale,
    `The round with the ${most ? "most" : "fewest"} ${query.side ? `${sideWord} ` : ""}agencies on record`,
    `${query.side ? sideWord : ""}参加機関が${most ? "最も多い" : "最も少ない"}回（記録上）`,
  );
  const full: Counted[] = [];
  const lines: string[] = [];
  const gaps: string[] = [];
  for (const round of kb.rounds) {
    const { parts, missing, total, complete } = roundCount(ctx, draft, round);
    const name = pick(locale, `${ordinal(round.number)} round`, `第${round.number}回`);
    const counted = parts.length > 0 ? joinList(parts, locale) : "";
    if (parts.length === 0) {
      lines.push(pick(locale, `• ${name}: not recorded`, `• ${name}：記録なし`));
      gaps.push(pick(locale, `the ${name} (not recorded)`, `${name}（記録なし）`));
      continue;
    }
    lines.push(
      pick(
        locale,
        `• ${name}: ${sides.length > 1 ? `${total} (${counted})` : counted}${missing.length ? `; ${missing.join("; ")}` : ""}`,
        `• ${name}：${sides.length > 1 ? `${total}機関（${counted}）` : `${counted}機関`}${missing.length ? `、${missing.join("、")}` : ""}`,
      ),
    );
    if (complete) full.push({ number: round.number, total, parts });
    else gaps.push(pick(locale, `the ${name} (${missing.join("; ")})`, `${name}（${missing.join("、")}）`));
  }
  const best = full.length
    ? full.reduce((a, b) => (most ? (b.total > a.total ? b : a) : b.total < a.total ? b : a))
    : undefined;
  const ties = best ? full.filter((r) => r.total === best.total) : [];
  const basis = pick(
    locale,
    `Counting basis: the organisations named in each round's recorded participant list${sides.length > 1 ? "s, both sides added together" : ` (${sideWord} side)`}; only rounds whose lists are recorded in full can be compared.`,
    `数え方：各回の記録された参加機関の一覧に名前のある機関の数${sides.length > 1 ? "（日本側と豪州側の合計）" : `（${sideWord}）`}です。一覧が完全に記録されている回だけを比べています。`,
  );
  sayExtreme(ctx, draft, best, ties, most);
  draft.say(basis);
  if (gaps.length > 0) {
    draft.say(
      pick(
        locale,
        `Not compared, because their lists are not recorded in full: ${joinList(gaps, locale)}. The answer could differ if those lists were complete.`,
        `一覧が完全には記録されていないため比較に含めていない回：${gaps.join("、")}。これらの一覧が完全であれば、答えが変わる可能性があります。`,
      ),
    );
  }
  draft.section(pick(locale, "Recorded counts by round", "回ごとの記録上の機関数"), lines.join("\n"));
}
