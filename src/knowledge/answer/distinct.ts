/**
 * Meetings people take for a round of the dialogue (the Quad Senior Cyber Group in Tokyo, 5–6 December 2023,
 * close to the 5th round in time and place): named in a question (by name or by its exact dates), they get a
 * clear "a different meeting".
 */
import type { KnowledgeBase } from "../load.ts";
import { roundByNumber } from "../queries.ts";
import type { DistinctMeeting, Round } from "../types.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import {
  formatDate,
  localText,
  monthName,
  NO,
  NOT_RECORDED,
  ordinal,
  pick,
  roundWhenWhere,
  YES,
} from "./format.ts";

const LATIN = /^[\x20-\x7e]+$/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A meeting of several days named by its exact span ("5–6 December 2023", "December 5-6, 2023",
 * 「2023年12月5日〜6日」): that meeting, whatever it is called. A single day of it is not enough.
 */
function datesPattern(meeting: DistinctMeeting): RegExp | undefined {
  const { date, until } = meeting;
  if (!until || date.precision !== "day" || until.precision !== "day" || date.month !== until.month)
    return undefined;
  const month = monthName(date.month ?? 1);
  const dash = "\\s*(?:[-–—~〜～]|to|and)\\s*";
  // (a meeting named by its dates — "the meeting on 5–6 December 2023", 「…6日の会合」 — not a date said of a
  // round: "was round 5 on 5–6 December 2023?" asks the round's date, which may not be recorded)
  const noun = "(?:meeting|gathering|talks|session|event|conference|one)";
  return new RegExp(
    [
      `\\b${noun}\\b[^?.]{0,40}?\\b${date.day}${dash}${until.day}(?:th)? ${month},? ${date.year}\\b`,
      `\\b${noun}\\b[^?.]{0,40}?\\b${month} ${date.day}${dash}${until.day},? ${date.year}\\b`,
      `${date.year}年${date.month}月${date.day}日?${dash}${until.day}日(?:に開かれた|に開催された|の)?(?:会合|会議|協議|ミーティング)`,
    ].join("|"),
    "i",
  );
}

/** Each distinct meeting with a test for its names, built once per knowledge base. */
const MATCHERS = new WeakMap<
  KnowledgeBase,
  { meeting: DistinctMeeting; named: (text: string) => boolean }[]
>();

function matchers(kb: KnowledgeBase) {
  let found = MATCHERS.get(kb);
  if (!found) {
    found = kb.dialogue.distinctFrom.map((meeting) => {
      const names = [meeting.name.en, meeting.name.ja, ...meeting.aliases].filter((n): n is string => !!n);
      const latin = names.filter((n) => LATIN.test(n));
      const other = names.filter((n) => !LATIN.test(n));
      const pattern = latin.length
        ? new RegExp(`\\b(?:${latin.map(escapeRegExp).join("|")})\\b`, "i")
        : undefined;
      const dates = datesPattern(meeting);
      return {
        meeting,
        named: (text: string) =>
          pattern?.test(text) === true || other.some((n) => text.includes(n)) || dates?.test(text) === true,
      };
    });
    MATCHERS.set(kb, found);
  }
  return found;
}

/** The recorded other meeting a question names, if any (by its name or an alias). */
export function distinctMeetingNamed(kb: KnowledgeBase, question: string): DistinctMeeting | undefined {
  const text = question.normalize("NFKC");
  return matchers(kb).find((m) => m.named(text))?.meeting;
}

/** A span of time two meetings may share. */
type TimeUnit = "day" | "week" | "month" | "year";

const UNITS: Record<string, TimeUnit> = {
  day: "day",
  week: "week",
  month: "month",
  year: "year",
  日: "day",
  週: "week",
  月: "month",
  年: "year",
};

/** "in the same week as …", "around the same time as …", 「同じ週」: a time shared with the other meeting, asked. */
export function sameTimeAsked(question: string): TimeUnit | undefined {
  const m = /\b(?:same|that) (day|week|month|year)\b|同じ(日|週|月|年)/i.exec(question);
  if (m) return UNITS[(m[1] ?? m[2] ?? "").toLowerCase()] ?? "week";
  // "around the same time", 同時期: no finer than the week
  return /\b(?:at|around) the same time\b|同時期|同じ時期/.test(question) ? "week" : undefined;
}

/** "Was the 5th round in the same week as the Quad meeting?": the two dates compared at the round's precision. */
function sameTimeVerdict(round: Round | undefined, meeting: DistinctMeeting, unit: TimeUnit) {
  if (round?.date.status !== "known") return "unrecorded" as const;
  const d = round.date.value;
  if (d.year !== meeting.date.year) return "no" as const;
  if (unit === "year") return "yes" as const;
  if (d.precision === "year" || d.month === undefined) return "unrecorded" as const;
  if (d.month !== meeting.date.month) return "no" as const;
  if (unit === "month") return "yes" as const;
  return "unrecorded" as const;
}

/** "No — the Quad Senior Cyber Group meeting … is a different meeting", with the round it may be taken for. */
export function composeDistinct(ctx: Ctx, draft: Draft, meeting: DistinctMeeting, sameTime?: TimeUnit): void {
  const { kb, locale } = ctx;
  const asked = ctx.query.round !== undefined ? roundByNumber(kb, ctx.query.round) : undefined;
  const near =
    asked ?? kb.rounds.find((r) => r.date.status === "known" && r.date.value.year === meeting.date.year);
  if (sameTime) {
    const verdict = sameTimeVerdict(near, meeting, sameTime);
    draft.say(verdict === "yes" ? YES(locale) : verdict === "no" ? NO(locale) : NOT_RECORDED(locale));
  }
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
      `${sameTime ? "T" : "No — t"}he ${name} (${where}, ${when}) is a different meeting: ${localText(meeting.description, locale)}.`,
      `${sameTime ? "" : "いいえ。"}${name}（${where}、${when}）は別の会合です：${localText(meeting.description, locale)}。`,
    ),
  );
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
