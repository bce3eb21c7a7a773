/**
 * Words on the pictures, in English and Japanese. Names, places and dates come from the knowledge base
 * through the answer formatters (src/knowledge/answer/format.ts); only the pictures' own captions are here.
 */

import { formatDate, monthName, ordinal, pick } from "../knowledge/answer/format.ts";
import type { Locale } from "../knowledge/answer-types.ts";
import type { DateValue } from "../knowledge/types.ts";
import type { CellKind } from "./theme.ts";

/** "1st" / "第1回" */
export const roundLabel = (n: number, locale: Locale) => pick(locale, ordinal(n), `第${n}回`);

/** A date at its recorded precision, short: "13 Feb 2015", "Aug 2016", "2018", "~Dec 2023" / "2023年12月頃". */
export function shortDate(date: DateValue, locale: Locale): string {
  if (locale === "ja") return formatDate(date, locale);
  const month = date.month !== undefined ? monthName(date.month).slice(0, 3) : undefined;
  let text = String(date.year);
  if (date.precision !== "year" && month) text = `${month} ${date.year}`;
  if (date.precision === "day" && month && date.day !== undefined) text = `${date.day} ${month} ${date.year}`;
  return date.approximate ? `~${text}` : text;
}

export const CELL_LABEL: Record<CellKind, Record<Locale, string>> = {
  attended: { en: "Attended (in a complete list)", ja: "参加（完全な一覧に記載）" },
  partial: {
    en: "Named in a list that may be partial (“including”)",
    ja: "一部のみの可能性がある一覧（「including」）に記載",
  },
  indirect: {
    en: "Took part through its co-chair, or named in the source but not listed",
    ja: "共同議長の所属、または一覧外で情報源に記載",
  },
  absent: { en: "Not in a complete list", ja: "完全な一覧に記載なし" },
  unknown: { en: "Not recorded", ja: "記録なし" },
};

export const PARTICIPATION = {
  title: (locale: Locale) => pick(locale, "Who took part, round by round", "参加機関の記録（回ごと）"),
  subtitle: (span: string, locale: Locale) =>
    pick(
      locale,
      `Japan–Australia Cyber Policy Dialogue · organisations recorded at ${span} · from the knowledge base`,
      `日豪サイバー政策協議・${span}の参加機関・知識ベースより`,
    ),
  listed: (locale: Locale) => pick(locale, "Organisations listed", "一覧の機関数"),
  notHeld: (locale: Locale) => pick(locale, "not recorded as held", "開催記録なし"),
  note: (locale: Locale) =>
    pick(
      locale,
      "“+”: the source says “including”, so the list may be partial. “–”: no list recorded. Not recorded is not the same as absent. Quotes and sources: /agencies round:N",
      "「+」：情報源が「including（など）」としており一部のみの可能性。「–」：一覧の記録なし。「記録なし」は「不参加」ではありません。引用と出典：/参加機関 回:N",
    ),
};

export const TIMELINE = {
  title: (locale: Locale) =>
    pick(
      locale,
      "Japan–Australia Cyber Policy Dialogue: the rounds on record",
      "日豪サイバー政策協議：記録された各回",
    ),
  subtitle: (count: number, span: string, locale: Locale) =>
    pick(
      locale,
      `${count} round${count === 1 ? "" : "s"} on record, ${span} · dates at their recorded precision · from the knowledge base`,
      `記録された${count}回（${span}）・日付は記録された精度で表示・知識ベースより`,
    ),
  cochairs: (locale: Locale) => pick(locale, "Co-chairs", "共同議長"),
  cochairsNotRecorded: (locale: Locale) => pick(locale, "Co-chairs not recorded", "共同議長の記録なし"),
  dateNotRecorded: (locale: Locale) => pick(locale, "Date not recorded", "日付の記録なし"),
  placeNotRecorded: (locale: Locale) => pick(locale, "Place not recorded", "開催地の記録なし"),
  notHeld: (locale: Locale) => pick(locale, "Not recorded as held", "開催の記録なし"),
  announcedFor: (what: string, by: number, locale: Locale) =>
    pick(locale, `Announced for ${what} by the ${ordinal(by)} round`, `第${by}回で${what}での開催と発表`),
  gap: (years: number, locale: Locale) =>
    pick(locale, `${years} years without a round recorded as held`, `${years}年間、開催の記録なし`),
  legendHeld: (locale: Locale) => pick(locale, "Held (date as recorded)", "開催（記録された日付）"),
  legendAnnounced: (locale: Locale) =>
    pick(locale, "Announced, not recorded as held", "発表のみ・開催の記録なし"),
  legendApprox: (locale: Locale) => pick(locale, "~ approximate date", "頃：おおよその日付"),
  note: (locale: Locale) =>
    pick(locale, "Sources and details of each round: /round N", "各回の詳細と出典：/回次 回:N"),
};
