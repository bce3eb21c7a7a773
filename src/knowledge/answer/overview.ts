import {
  announcementBy,
  announcementOf,
  cochairsOf,
  isKnown,
  latestRound,
  participantsOf,
  roundByNumber,
  samePlace,
  wasHeld,
} from "../queries.ts";
import type { Round } from "../types.ts";
import { conflictNote, correctionNote, heldNotRecorded } from "./common.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import {
  cityName,
  countryName,
  formatDate,
  localText,
  ordinal,
  organisationName,
  personName,
  pick,
  roleDescription,
  roundWhenWhere,
  sideAdjective,
} from "./format.ts";
import { heldSentence } from "./when-where.ts";

/** When and where the round was held, or that it is not recorded. */
function heldSection(ctx: Ctx, draft: Draft, round: Round): void {
  const { locale } = ctx;
  if (wasHeld(round)) {
    draft.say(heldSentence(round, locale));
    if (isKnown(round.held)) draft.cite(round.held.evidence);
    if (isKnown(round.date)) {
      draft.cite(round.date.evidence);
      if (round.date.value.approximate)
        draft.say(pick(locale, "The exact date is not recorded.", "正確な日付は記録されていません。"));
    }
    if (isKnown(round.place)) draft.cite(round.place.evidence);
  } else {
    draft.say(`${heldNotRecorded(round.number, locale, "all")}${pick(locale, ".", "。")}`);
  }
}

/** What the round before had announced for it (and whether it moved). */
function announcedSection(ctx: Ctx, draft: Draft, round: Round): void {
  const { kb, locale } = ctx;
  const announcement = announcementOf(kb, round.number);
  if (!announcement) return;
  draft.cite(announcement.evidence);
  const plannedPlace = announcement.announced.place;
  const plannedDate = announcement.announced.date;
  const moved =
    plannedPlace &&
    isKnown(round.place) &&
    !samePlace(round.place.value, plannedPlace.city.en ?? plannedPlace.city.ja ?? "");
  draft.section(
    pick(locale, "As announced", "事前の発表"),
    pick(
      locale,
      `The ${ordinal(announcement.by.number)} round announced it${plannedPlace ? ` for ${cityName(plannedPlace, locale)}` : ""}${plannedDate ? ` in ${formatDate(plannedDate, locale)}` : ""}${moved && isKnown(round.place) ? `; it was held in ${cityName(round.place.value, locale)} instead` : ""}.`,
      `第${announcement.by.number}回で、${plannedDate ? `${formatDate(plannedDate, locale)}に` : ""}${plannedPlace ? `${cityName(plannedPlace, locale)}で` : ""}開催すると発表されました${moved && isKnown(round.place) ? `（実際の開催地は${cityName(round.place.value, locale)}）` : ""}。`,
    ),
  );
}

/** Both co-chairs, each with the title recorded for this round. */
function cochairSection(ctx: Ctx, draft: Draft, round: Round): void {
  const { kb, locale } = ctx;
  const notRecorded = pick(locale, "Not recorded.", "記録されていません。");
  const chairs = cochairsOf(kb, round);
  const chairLines = (["JP", "AU"] as const).map((side) => {
    const c = chairs.find((x) => x.side === side);
    if (!c) return `• ${countryName(side, locale)}: ${notRecorded}`;
    draft.cite(c.evidence);
    const role = roleDescription(kb, c.person, locale, round.number);
    return `• ${countryName(side, locale)}: ${personName(c.person, locale)}${role ? pick(locale, ` — ${role}`, `（${role}）`) : ""}`;
  });
  draft.section(pick(locale, "Co-chairs", "共同議長"), chairLines.join("\n"));
}

/** Each side's recorded participants (with a note when the list is not complete). */
function participantSections(ctx: Ctx, draft: Draft, round: Round): void {
  const { kb, locale } = ctx;
  const notRecorded = pick(locale, "Not recorded.", "記録されていません。");
  for (const list of participantsOf(kb, round)) {
    const heading = pick(
      locale,
      `${sideAdjective(list.side, locale)} participants`,
      `${sideAdjective(list.side, locale)}参加機関`,
    );
    if (!isKnown(list.fact)) {
      draft.section(heading, notRecorded);
      continue;
    }
    draft.cite(list.fact.evidence);
    const lines = list.organisations.map((o) => `• ${organisationName(o, locale)}`);
    if (!list.fact.value.complete) {
      lines.push(
        pick(
          locale,
          "(The source says “including”: the list may be incomplete.)",
          "（情報源は「including（など）」としており、一覧は完全ではない可能性があります）",
        ),
      );
    }
    draft.section(
      `${heading} (${list.organisations.length})`
        .replace(" (", pick(locale, " (", "（"))
        .replace(/\)$/, pick(locale, ")", "）")),
      lines.join("\n"),
    );
  }
}

/** The recorded topics and outcome. */
function topicsAndOutcome(ctx: Ctx, draft: Draft, round: Round): void {
  const { locale } = ctx;
  const notRecorded = pick(locale, "Not recorded.", "記録されていません。");
  if (isKnown(round.topics)) {
    draft.cite(round.topics.evidence);
    draft.section(
      pick(locale, "Topics", "議題"),
      round.topics.value.map((t) => `• ${localText(t, locale)}`).join("\n"),
    );
  } else {
    draft.section(pick(locale, "Topics", "議題"), notRecorded);
  }
  if (isKnown(round.outcome)) {
    draft.cite(round.outcome.evidence);
    draft.section(pick(locale, "Outcome", "成果"), localText(round.outcome.value, locale));
  }
}

/** The next round it announced, and whether that round was held. */
function nextSection(ctx: Ctx, draft: Draft, round: Round): void {
  const { kb, locale } = ctx;
  const notRecorded = pick(locale, "Not recorded.", "記録されていません。");
  const next = announcementBy(kb, round);
  if (next) {
    draft.cite(next.evidence);
    const planned = [
      next.announced.place ? cityName(next.announced.place, locale) : "",
      next.announced.date ? formatDate(next.announced.date, locale) : "",
    ].filter(Boolean);
    const target = next.target;
    const happened =
      target && wasHeld(target)
        ? pick(
            locale,
            ` It was held: ${roundWhenWhere(target, locale)}.`,
            `実際の開催：${roundWhenWhere(target, locale)}。`,
          )
        : pick(
            locale,
            " Whether or when it was held is not recorded.",
            "開催されたかどうかは記録されていません。",
          );
    draft.section(
      pick(locale, "Next round announced", "次回の発表"),
      pick(
        locale,
        `The ${ordinal(next.announced.round)} round${planned.length ? `, for ${planned.join(", ")}` : ""}.${happened}`,
        `第${next.announced.round}回${planned.length ? `（${planned.join("、")}）` : ""}。${happened}`,
      ),
    );
  } else {
    draft.section(pick(locale, "Next round announced", "次回の発表"), notRecorded);
  }
}

/** Everything recorded about one round (the /round command, "tell me about round 2"). */
export function composeOverview(ctx: Ctx, draft: Draft): void {
  const { kb, locale, query } = ctx;
  const named = roundByNumber(kb, query.round);
  const round = named ?? latestRound(kb);
  if (!round) {
    draft.title = pick(locale, "Rounds", "回");
    draft.say(
      pick(locale, "No rounds are recorded in the knowledge base.", "記録されている回はありません。"),
    );
    return;
  }
  draft.round = round.number;
  const name = localText(kb.dialogue.name, locale);
  const context = roundWhenWhere(round, locale);
  draft.title = pick(
    locale,
    `The ${ordinal(round.number)} ${name}${context ? ` — ${context}` : ""}`,
    `第${round.number}回${name}${context ? `（${context}）` : ""}`,
  );
  if (ctx.hints.yesno) {
    // "Was round 3 a success?": nothing the record settles; say what it does record
    draft.say(
      pick(
        locale,
        `Not recorded — the knowledge base does not record that. What it records about the ${ordinal(round.number)} round:`,
        `記録されていません。知識ベースにはその記録がありません。第${round.number}回について記録されていること：`,
      ),
    );
  }
  if (!named)
    draft.say(
      pick(
        locale,
        `No round was named: this is the latest on record, the ${ordinal(round.number)}.`,
        `回の指定がないため、記録上最新の第${round.number}回についてお答えします。`,
      ),
    );
  heldSection(ctx, draft, round);
  announcedSection(ctx, draft, round);
  cochairSection(ctx, draft, round);
  participantSections(ctx, draft, round);
  topicsAndOutcome(ctx, draft, round);
  nextSection(ctx, draft, round);
  draft.say(conflictNote(ctx, round));
  draft.say(correctionNote(ctx));
}
