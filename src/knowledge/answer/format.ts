/**
 * Wording shared by every composer, in English and Japanese: ordinals, dates (with their precision and
 * approximation), places, people and organisations (Japanese names where the data has them, English
 * otherwise: never a translation of our own), lists.
 */

import type { Locale, Side } from "../answer-types.ts";
import { ERAS } from "../era.ts";
import type { KnowledgeBase } from "../load.ts";
import { roleAt } from "../queries.ts";
import type { DateValue, Organisation, Person, Place, Round, Text } from "../types.ts";
import { WEEKDAYS_EN, WEEKDAYS_JA } from "../weekdays.ts";

export const pick = (locale: Locale, en: string, ja: string) => (locale === "ja" ? ja : en);

/** The verdict a yes/no answer opens with: "Yes — " / 「はい。」, "No — ", "Not recorded — ". */
export const YES = (locale: Locale) => pick(locale, "Yes — ", "はい。");
export const NO = (locale: Locale) => pick(locale, "No — ", "いいえ。");
export const NOT_RECORDED = (locale: Locale) => pick(locale, "Not recorded — ", "記録されていません。");
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** "the 2nd round" / "第2回" */
export const roundName = (n: number, locale: Locale) => pick(locale, `the ${ordinal(n)} round`, `第${n}回`);
/** "The 2nd round" / "第2回" */
export const RoundName = (n: number, locale: Locale) => pick(locale, `The ${ordinal(n)} round`, `第${n}回`);

/** English month names, January first (shared by answers, claims and the importer). */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const monthName = (month: number) => MONTH_NAMES[month - 1] ?? String(month);

/** "2 August 2016", "August 2016", "2018", "around December 2023" / "2016年8月2日", "2023年12月頃". */
export function formatDate(date: DateValue, locale: Locale): string {
  if (locale === "ja") {
    let text = `${date.year}年`;
    if (date.month !== undefined) text += `${date.month}月`;
    if (date.day !== undefined && date.precision === "day") text += `${date.day}日`;
    return date.approximate ? `${text}頃` : text;
  }
  let text = String(date.year);
  if (date.precision !== "year" && date.month !== undefined) text = `${monthName(date.month)} ${date.year}`;
  if (date.precision === "day" && date.day !== undefined && date.month !== undefined) {
    text = `${date.day} ${monthName(date.month)} ${date.year}`;
  }
  return date.approximate ? `around ${text}` : text;
}

/** "on 2 August 2016" / "in August 2016" / "around December 2023" — for running text. */
export function onDate(date: DateValue, locale: Locale): string {
  if (locale === "ja") return formatDate(date, locale);
  if (date.approximate) return formatDate(date, locale);
  return `${date.precision === "day" ? "on" : "in"} ${formatDate(date, locale)}`;
}

/** The day of the week of an exact date, or undefined. */
export function weekday(date: DateValue, locale: Locale): string | undefined {
  if (date.precision !== "day" || date.month === undefined || date.day === undefined || date.approximate)
    return undefined;
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return locale === "ja" ? `${WEEKDAYS_JA[day]}曜日` : WEEKDAYS_EN[day];
}

export function localText(text: Text | undefined, locale: Locale): string {
  if (!text) return "";
  return (locale === "ja" ? (text.ja ?? text.en) : (text.en ?? text.ja)) ?? "";
}

export const cityName = (place: Place, locale: Locale) => localText(place.city, locale);

export const countryName = (side: Side, locale: Locale) =>
  side === "JP" ? pick(locale, "Japan", "日本") : pick(locale, "Australia", "オーストラリア");

export const sideAdjective = (side: Side, locale: Locale) =>
  side === "JP" ? pick(locale, "Japanese", "日本側") : pick(locale, "Australian", "豪州側");

/** "National Police Agency (NPA)" / "警察庁" (or the English name where no Japanese is recorded). */
export function organisationName(org: Organisation, locale: Locale, withAcronym = true): string {
  if (locale === "ja") {
    if (org.name.ja) return org.name.ja;
    return withAcronym && org.acronym ? `${org.name.en}（${org.acronym}）` : (org.name.en ?? org.id);
  }
  const name = org.name.en ?? org.name.ja ?? org.id;
  return withAcronym && org.acronym && !name.includes(org.acronym) ? `${name} (${org.acronym})` : name;
}

/** The shortest recognisable name: the acronym if any, else the name. */
export function organisationShort(org: Organisation, locale: Locale): string {
  if (locale === "ja" && org.name.ja) return org.name.ja;
  return org.acronym ?? org.name.en ?? org.name.ja ?? org.id;
}

export function personName(person: Person, locale: Locale): string {
  return localText(person.name, locale) || person.id;
}

/**
 * "Ambassador in charge of Cyber Policy, Ministry of Foreign Affairs of Japan (MOFA)" for the role held at
 * a round; a title recorded only in the other language is given as recorded, marked as such.
 */
export function roleDescription(kb: KnowledgeBase, person: Person, locale: Locale, round?: number): string {
  const role = roleAt(person, round);
  if (!role) return "";
  const org = role.organisation ? kb.organisations.get(role.organisation) : undefined;
  const title = locale === "ja" ? role.title.ja : role.title.en;
  const orgText = org ? organisationName(org, locale) : "";
  if (locale === "ja") {
    if (title) return orgText && !title.startsWith(orgText) ? `${orgText}${title}` : title;
    const other = role.title.en;
    return [orgText, other].filter(Boolean).join("、");
  }
  if (title) return orgText ? `${title}, ${orgText}` : title;
  const other = role.title.ja;
  const parts = [orgText, other ? `title recorded only in Japanese: ${other}` : ""].filter(Boolean);
  return parts.join("; ");
}

/** "A, B and C" / "A、B、C" */
export function joinList(items: string[], locale: Locale): string {
  if (locale === "ja") return items.join("、");
  if (items.length <= 1) return items.join("");
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "(2 August 2016, Tokyo)" parts of a round that are known, for titles. */
export function roundWhenWhere(round: Round, locale: Locale): string {
  const parts: string[] = [];
  if (round.date.status === "known") parts.push(formatDate(round.date.value, locale));
  if (round.place.status === "known") parts.push(cityName(round.place.value, locale));
  return parts.join(pick(locale, ", ", "、"));
}

/** "the 2nd round (Tokyo, 2 August 2016)" — the round named with what is known of it. */
export function roundWithContext(round: Round, locale: Locale): string {
  const context = roundWhenWhere(round, locale);
  if (!context) return roundName(round.number, locale);
  return locale === "ja"
    ? `第${round.number}回（${context}）`
    : `the ${ordinal(round.number)} round (${context})`;
}

export const capitalise = (text: string) => (text ? text[0]?.toUpperCase() + text.slice(1) : text);

/** "1st–5th" style span of the rounds on record. */
export function roundSpan(kb: KnowledgeBase, locale: Locale): string {
  const numbers = kb.rounds.map((r) => r.number);
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (first === undefined || last === undefined) return pick(locale, "no rounds", "記録された回はありません");
  if (first === last) return pick(locale, `round ${first}`, `第${first}回`);
  return pick(locale, `rounds ${first}–${last}`, `第${first}回から第${last}回まで`);
}

/** "In the Japanese era calendar: 平成27年2月13日 (Heisei 27)." — the date as the era counts it. */
export function eraSentence(date: DateValue, locale: "en" | "ja"): string {
  const at = Date.UTC(date.year, (date.month ?? 12) - 1, date.day ?? 28);
  const era = ERAS.find((e) => at >= e.from);
  if (!era) return "";
  const year = date.year - era.year + 1;
  const ja = `${era.name}${year === 1 ? "元" : year}年${date.month ? `${date.month}月` : ""}${date.precision === "day" && date.day ? `${date.day}日` : ""}`;
  const about = date.approximate ? pick(locale, "around ", "") : "";
  const around = date.approximate ? "頃" : "";
  return pick(
    locale,
    `In the Japanese era calendar: ${about}${ja} (${era.en} ${year}).`,
    `和暦では${ja}${around}です。`,
  );
}
