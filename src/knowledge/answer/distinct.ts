/**
 * Meetings people take for a round of the dialogue (the Quad Senior Cyber Group in Tokyo, 5–6 December 2023,
 * close to the 5th round in time and place): named in a question, they get a clear "a different meeting".
 */
import type { KnowledgeBase } from "../load.ts";
import { roundByNumber } from "../queries.ts";
import type { DistinctMeeting } from "../types.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import { formatDate, localText, ordinal, pick, roundWhenWhere } from "./format.ts";

const LATIN = /^[\x20-\x7e]+$/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The recorded other meeting a question names, if any (by its name or an alias). */
export function distinctMeetingNamed(kb: KnowledgeBase, question: string): DistinctMeeting | undefined {
  const text = question.normalize("NFKC");
  return kb.dialogue.distinctFrom.find((meeting) =>
    [meeting.name.en, meeting.name.ja, ...meeting.aliases]
      .filter((n): n is string => !!n)
      .some((name) =>
        LATIN.test(name) ? new RegExp(`\\b${escapeRegExp(name)}\\b`, "i").test(text) : text.includes(name),
      ),
  );
}

/** "No — the Quad Senior Cyber Group meeting … is a different meeting", with the round it may be taken for. */
export function composeDistinct(ctx: Ctx, draft: Draft, meeting: DistinctMeeting): void {
  const { kb, locale } = ctx;
  const name = localText(meeting.name, locale);
  const when = meeting.until
    ? pick(
        locale,
        `${meeting.date.day}–${formatDate(meeting.until, locale)}`,
        `${formatDate(meeting.date, locale)}〜${meeting.until.day}日`,
      )
    : formatDate(meeting.date, locale);
  const where = localText(meeting.place.city, locale);
  draft.title = pick(locale, `${name}: not a round of this dialogue`, `${name}：本協議の回ではありません`);
  draft.citeIds([meeting.source]);
  draft.say(
    pick(
      locale,
      `No — the ${name} (${where}, ${when}) is a different meeting: ${localText(meeting.description, locale)}.`,
      `いいえ。${name}（${where}、${when}）は別の会合です：${localText(meeting.description, locale)}。`,
    ),
  );
  const asked = ctx.query.round !== undefined ? roundByNumber(kb, ctx.query.round) : undefined;
  const near =
    asked ?? kb.rounds.find((r) => r.date.status === "known" && r.date.value.year === meeting.date.year);
  if (near && near.held.status === "known") {
    draft.cite(near.held.evidence);
    draft.round = near.number;
    draft.say(
      pick(
        locale,
        `The ${ordinal(near.number)} round of the dialogue: ${roundWhenWhere(near, locale) || "when and where not recorded"}.`,
        `本協議の第${near.number}回：${roundWhenWhere(near, locale) || "日時・場所は記録されていません"}。`,
      ),
    );
  }
}
