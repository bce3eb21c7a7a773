/**
 * How often the dialogue meets and how long since it last did, computed from the dates on record and
 * today's date: the gaps between recorded rounds, rounds whose date is not recorded said plainly, and no
 * "annual" that the record does not show.
 */
import { isKnown, wasHeld } from "../queries.ts";
import type { DateValue, Round } from "../types.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import { cityName, formatDate, joinList, ordinal, pick } from "./format.ts";

/** Months from one date to another (by month; a date known to the year only counts from its middle). */
export function monthsBetween(a: DateValue, b: { year: number; month?: number }): number {
  return (b.year - a.year) * 12 + ((b.month ?? 6) - (a.month ?? 6));
}

/** The span is not exact when either date is known only to the month or year, or approximately. */
const rough = (...dates: DateValue[]) => dates.some((d) => d.precision !== "day" || d.approximate);

/** "18 months", "about 6 years", "約6年", "16か月". */
export function spanText(months: number, about: boolean, locale: "en" | "ja"): string {
  const years = months / 12;
  if (locale === "ja") {
    const text = months < 24 ? `${months}か月` : `${Number.isInteger(years) ? years : years.toFixed(1)}年`;
    return `${about || (months >= 24 && !Number.isInteger(years)) ? "約" : ""}${text}`;
  }
  if (months < 24) return `${about ? "about " : ""}${months} month${months === 1 ? "" : "s"}`;
  const whole = Math.round(years * 2) / 2;
  return `${about || whole !== years ? "about " : ""}${whole} years`;
}

interface Dated {
  round: Round;
  date: DateValue;
}

const datedRounds = (rounds: Round[]): Dated[] =>
  rounds.flatMap((round) =>
    isKnown(round.date) && wasHeld(round) ? [{ round, date: round.date.value }] : [],
  );

/** "between the 3rd and the 5th: about 6 years (the 4th's date is not recorded)" for each pair. */
function gapTexts(ctx: Ctx, dated: Dated[]): string[] {
  const { kb, locale } = ctx;
  const out: string[] = [];
  for (let i = 1; i < dated.length; i++) {
    const a = dated[i - 1] as Dated;
    const b = dated[i] as Dated;
    const span = spanText(monthsBetween(a.date, b.date), rough(a.date, b.date), locale);
    const between = kb.rounds.filter((r) => r.number > a.round.number && r.number < b.round.number);
    const gap = between.map((r) => pick(locale, `the ${ordinal(r.number)}`, `第${r.number}回`));
    const note = gap.length
      ? pick(
          locale,
          ` (${joinList(gap, locale)} in between: date not recorded)`,
          `（間の${gap.join("・")}は開催日が記録されていません）`,
        )
      : "";
    out.push(
      pick(
        locale,
        `${ordinal(a.round.number)} → ${ordinal(b.round.number)}: ${span}${note}`,
        `第${a.round.number}回→第${b.round.number}回：${span}${note}`,
      ),
    );
  }
  return out;
}

/** Recorded rounds one per calendar year, every year from the first to the last (what "annual" would need). */
function everyYear(ctx: Ctx, dated: Dated[]): boolean {
  const years = dated.map((d) => d.date.year);
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return false;
  const all = ctx.kb.rounds.every((r) => isKnown(r.date) && wasHeld(r));
  return all && new Set(years).size === years.length && last - first + 1 === years.length;
}

interface YearGap {
  a: Dated;
  b: Dated;
  /** years strictly between the two rounds' years, and rounds numbered between them */
  years: number;
  between: number;
}

/** Two consecutive dated rounds with more years between them than rounds numbered between them: a year without a round. */
function yearsWithoutRound(dated: Dated[]): YearGap | undefined {
  for (let i = 1; i < dated.length; i++) {
    const a = dated[i - 1] as Dated;
    const b = dated[i] as Dated;
    const years = b.date.year - a.date.year - 1;
    const between = b.round.number - a.round.number - 1;
    if (years > between) return { a, b, years, between };
  }
  return undefined;
}

function gapSentence(gap: YearGap, locale: "en" | "ja"): string {
  const { a, b, years, between } = gap;
  return pick(
    locale,
    `not every year: between the ${ordinal(a.round.number)} (${a.date.year}) and the ${ordinal(b.round.number)} (${b.date.year}) there are ${years} years${between ? ` but only ${between} round${between === 1 ? "" : "s"} numbered in between` : " and no round numbered in between"}, so at least ${years - between} year${years - between === 1 ? "" : "s"} had none.`,
    `毎年ではありません。第${a.round.number}回（${a.date.year}年）と第${b.round.number}回（${b.date.year}年）の間の${years}年間に${between ? `番号上は${between}回しかない` : "番号上の回はない"}ため、少なくとも${years - between}年は開催されていません。`,
  );
}

export function composeCadence(ctx: Ctx, draft: Draft, yesno: boolean): void {
  const { kb, locale } = ctx;
  const dated = datedRounds(kb.rounds);
  const undated = kb.rounds.filter((r) => !dated.some((d) => d.round === r));
  for (const d of dated) if (isKnown(d.round.date)) draft.cite(d.round.date.evidence);
  draft.intent = "rounds";
  draft.title = pick(
    locale,
    "How often the dialogue has met (dates on record)",
    "協議の開催間隔（記録上の開催時期）",
  );
  const list = dated.map((d) =>
    pick(
      locale,
      `the ${ordinal(d.round.number)} ${formatDate(d.date, locale)}`,
      `第${d.round.number}回 ${formatDate(d.date, locale)}`,
    ),
  );
  const regular = everyYear(ctx, dated);
  const gap = yearsWithoutRound(dated);
  const verdict = !yesno
    ? ""
    : regular
      ? pick(locale, "Yes — ", "はい。")
      : gap
        ? pick(locale, "No — ", "いいえ。")
        : pick(locale, "Not recorded — ", "記録されていません。");
  // "is it held every year?": not when two dated rounds are further apart than the rounds between them allow
  const said = yesno && gap && !regular ? `${verdict}${gapSentence(gap, locale)}` : "";
  if (said) draft.say(said);
  const missing = undated.map((r) => pick(locale, `the ${ordinal(r.number)}`, `第${r.number}回`));
  draft.say(
    pick(
      locale,
      `${said ? "" : verdict}${regular ? "The record shows one round every year" : "No fixed cadence is on record: no source records how often the dialogue meets, and the dates on record are not evenly spaced"}. Rounds on record: ${joinList(list, locale)}${missing.length ? `; the date of ${joinList(missing, locale)} is not recorded` : ""}.`,
      `${said ? "" : verdict}${regular ? "記録上は毎年1回開催されています" : "決まった開催間隔は記録されていません。開催頻度を記した情報源はなく、記録上の開催時期の間隔も一定ではありません"}。記録されている回：${list.join("、")}${missing.length ? `。${missing.join("・")}の開催日は記録されていません` : ""}。`,
    ),
  );
  const gaps = gapTexts(ctx, dated);
  if (gaps.length)
    draft.section(
      pick(locale, "Gaps between rounds on record", "記録上の回の間隔"),
      gaps.map((g) => `• ${g}`).join("\n"),
    );
  draft.round = dated.at(-1)?.round.number ?? null;
}

/** "When did we last meet?", "how long since the last round?": the latest round held on record, and how long ago. */
export function composeRecency(ctx: Ctx, draft: Draft, today: Date): void {
  const { kb, locale } = ctx;
  const dated = datedRounds(kb.rounds);
  const last = dated.at(-1);
  draft.intent = "when_where";
  draft.title = pick(locale, "The last meeting on record", "記録上最後の会合");
  if (!last) {
    draft.say(
      pick(locale, "No round with a recorded date is on record.", "開催日が記録された回はありません。"),
    );
    return;
  }
  draft.round = last.round.number;
  draft.cite(isKnown(last.round.date) ? last.round.date.evidence : []);
  const place = isKnown(last.round.place) ? last.round.place.value : undefined;
  if (place && isKnown(last.round.place)) draft.cite(last.round.place.evidence);
  const now = { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1 };
  const ago = spanText(monthsBetween(last.date, now), true, locale);
  const todayText = formatDate(
    { year: now.year, month: now.month, day: today.getUTCDate(), precision: "day", approximate: false },
    locale,
  );
  const later = kb.rounds.filter((r) => r.number > last.round.number);
  draft.title = pick(
    locale,
    `The last meeting on record: the ${ordinal(last.round.number)} round (${formatDate(last.date, locale)}${place ? `, ${cityName(place, locale)}` : ""})`,
    `記録上最後の会合：第${last.round.number}回（${formatDate(last.date, locale)}${place ? `、${cityName(place, locale)}` : ""}）`,
  );
  draft.say(
    pick(
      locale,
      `The last meeting on record is the ${ordinal(last.round.number)} round${place ? ` in ${cityName(place, locale)}` : ""}, ${formatDate(last.date, locale)}: ${ago} ago (today is ${todayText}). ${
        later.length
          ? `A later round is on record without a date: ${joinList(
              later.map((r) => `the ${ordinal(r.number)}`),
              locale,
            )}.`
          : "No later round is on record."
      }`,
      `記録上最後の会合は${place ? `${cityName(place, locale)}で` : ""}${formatDate(last.date, locale)}に開催された第${last.round.number}回で、${ago}前です（今日は${todayText}）。${later.length ? `開催日の記録がない後の回：${later.map((r) => `第${r.number}回`).join("・")}。` : "それより後の回は記録されていません。"}`,
    ),
  );
}
