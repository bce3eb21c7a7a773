import type { Side } from "../answer-types.ts";
import { isKnown, latestRound, latestRoundRecording, participantsOf, roundByNumber } from "../queries.ts";
import { conflictNote, correctionNote, heldNotRecorded, suggest } from "./common.ts";
import type { Ctx } from "./context.ts";
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

export function composeAgencies(ctx: Ctx, draft: Draft): void {
  const { kb, locale, query } = ctx;
  const named = roundByNumber(kb, query.round);
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
    draft.say(
      pick(
        locale,
        `No round was named, so this is the latest round with participants on record: the ${ordinal(round.number)}${context ? ` (${context})` : ""}.`,
        `回の指定がないため、参加機関が記録されている最新の回である第${round.number}回${context ? `（${context}）` : ""}についてお答えします。`,
      ),
    );
  }
  const lists = participantsOf(kb, round, query.side);
  const recorded: string[] = [];
  const missing: string[] = [];
  for (const list of lists) {
    const country = countryName(list.side, locale);
    const adjective = sideAdjective(list.side, locale);
    if (!isKnown(list.fact)) {
      missing.push(adjective);
      draft.section(country, pick(locale, "Not recorded in the knowledge base.", "記録されていません。"));
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
        .join("\n"),
    );
  }
  const where = roundName(round.number, locale);
  if (recorded.length > 0) {
    draft.say(
      pick(
        locale,
        `Recorded participants of ${where}: ${joinList(recorded, locale)}.`,
        `第${round.number}回の参加機関として記録されているのは、${joinList(recorded, locale)}です。`,
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
