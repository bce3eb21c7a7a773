import {
  announcementOf,
  isKnown,
  latestRound,
  latestRoundWhere,
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
  eraSentence,
  formatDate,
  NO,
  NOT_RECORDED,
  onDate,
  ordinal,
  pick,
  RoundName,
  weekday,
  YES,
} from "./format.ts";
import { composeRoundsOnWeekday } from "./weekday-rounds.ts";

/** "held in Tokyo on 2 August 2016 (a Tuesday)" / "2016年8月2日（火曜日）に東京で開催" — what is known of it. */
export function heldSentence(round: Round, locale: "en" | "ja"): string {
  const date = isKnown(round.date) ? round.date.value : undefined;
  const place = isKnown(round.place) ? round.place.value : undefined;
  const day = date ? weekday(date, locale) : undefined;
  if (locale === "ja") {
    const when = date ? `${formatDate(date, locale)}${day ? `（${day}）` : ""}に` : "";
    const where = place ? `${cityName(place, locale)}で` : "";
    return `第${round.number}回は${when}${where}開催されました。`;
  }
  const where = place ? ` in ${cityName(place, locale)}` : "";
  const when = date ? ` ${onDate(date, locale)}${day ? ` (a ${day})` : ""}` : "";
  return `${RoundName(round.number, locale)} was held${where}${when}.`;
}

/**
 * The verdict of a yes/no question about a held round: does the date, place or announcement asked about
 * match the record? undefined when the record cannot say; "held" when only its being held is asked.
 */
function verdict(ctx: Ctx, round: Round): boolean | "held" | undefined {
  const { kb, hints } = ctx;
  const date = isKnown(round.date) ? round.date.value : undefined;
  const place = isKnown(round.place) ? round.place.value : undefined;
  const asked = hints.date;
  if (asked) {
    if (!date) return undefined;
    if (date.year !== asked.year) return false;
    if (asked.month !== undefined) {
      if (date.month === undefined) return undefined;
      if (date.month !== asked.month) return false;
    }
    if (asked.day !== undefined) {
      if (date.day === undefined || date.precision !== "day") return undefined;
      if (date.day !== asked.day) return false;
    }
    return true;
  }
  if (hints.weekday) {
    const day = date ? weekday(date, "en") : undefined;
    return day === undefined ? undefined : day.toLowerCase() === hints.weekday;
  }
  if (hints.same && hints.otherRound !== undefined) {
    const other = roundByNumber(kb, hints.otherRound);
    if (!other) return undefined;
    if (hints.same === "place") {
      if (!place || !isKnown(other.place)) return undefined;
      return samePlace(place, cityName(other.place.value, "en"));
    }
    if (!date || !isKnown(other.date)) return undefined;
    if (date.year !== other.date.value.year) return false;
    if (hints.same === "year") return true;
    if (date.month === undefined || other.date.value.month === undefined) return undefined;
    return date.month === other.date.value.month;
  }
  if (hints.place) {
    if (!place) return undefined;
    return samePlace(place, hints.place);
  }
  if (hints.asAnnounced) {
    const announced = announcementOf(kb, round.number)?.announced;
    // "held in the year round 2 said it would be?": the year (or month) announced, not the place
    if (hints.announcedAspect === "when") {
      const plan = announced?.date;
      if (!plan || !date) return undefined;
      if (plan.year !== date.year) return false;
      return plan.month === undefined || date.month === undefined ? true : plan.month === date.month;
    }
    if (!announced?.place || !place) return undefined;
    const asPlanned = samePlace(place, announced.place.city.en ?? announced.place.city.ja ?? "");
    // "was it meant to be somewhere else?": yes when it was not held where announced
    return hints.elsewhere ? !asPlanned : asPlanned;
  }
  // "Was round 3 a success?", "on the same day?" (as what?): nothing the record can settle
  if ((hints.contentWords ?? []).length > 0 || hints.sameUnresolved) return undefined;
  return "held";
}

/** "When was the joint statement issued?": the date of the round's release, beside the meeting's date. */
function composeReleased(ctx: Ctx, draft: Draft): void {
  const { kb, locale, query } = ctx;
  const named = roundByNumber(kb, query.round);
  const round = named ?? latestRoundWhere(kb, (r) => r.released !== undefined && isKnown(r.released));
  if (!round) {
    draft.title = pick(locale, "Release date", "発表日");
    draft.say(pick(locale, "No release date is recorded.", "発表日は記録されていません。"));
    return;
  }
  draft.round = round.number;
  draft.title = pick(
    locale,
    `When the release on the ${ordinal(round.number)} round was published`,
    `第${round.number}回の発表日`,
  );
  const lead = named
    ? ""
    : pick(
        locale,
        `No round was named, so this is the latest round with a release on record: the ${ordinal(round.number)}. `,
        `回の指定がないため、発表日が記録されている最新の回（第${round.number}回）についてお答えします。`,
      );
  const released = round.released;
  if (released && isKnown(released)) {
    draft.cite(released.evidence);
    draft.say(
      pick(
        locale,
        `${lead}The release on ${RoundName(round.number, locale).replace(/^The/, "the")} is dated ${formatDate(released.value, locale)}.`,
        `${lead}第${round.number}回についての発表は${formatDate(released.value, locale)}付けです。`,
      ),
    );
  } else {
    draft.say(
      pick(
        locale,
        `${lead}Not recorded — the date of a release on the ${ordinal(round.number)} round is not recorded in the knowledge base.`,
        `${lead}記録されていません。第${round.number}回についての発表の日付は記録されていません。`,
      ),
    );
    if (released && !isKnown(released) && released.note) draft.say(pick(locale, `(${released.note})`, ""));
  }
  if (wasHeld(round)) {
    if (round.held.status === "known") draft.cite(round.held.evidence);
    if (isKnown(round.date)) draft.cite(round.date.evidence);
    if (isKnown(round.place)) draft.cite(round.place.evidence);
    draft.say(
      isKnown(round.date)
        ? heldSentence(round, locale)
        : pick(
            locale,
            `${heldSentence(round, locale)} Its exact date is not recorded.`,
            `${heldSentence(round, locale)}日付は記録されていません。`,
          ),
    );
  }
  draft.say(correctionNote(ctx));
}

/** A round recorded as held: the verdict of a yes/no question, then when and where. */
function heldAnswer(ctx: Ctx, draft: Draft, round: Round, named: boolean): void {
  const { locale, hints } = ctx;
  draft.cite(round.held.status === "known" ? round.held.evidence : []);
  if (isKnown(round.date)) draft.cite(round.date.evidence);
  if (isKnown(round.place)) draft.cite(round.place.evidence);
  let prefix = "";
  const checked = hints.yesno ? verdict(ctx, round) : undefined;
  // "Was round 3 held at the Hilton?": the building is not recorded — what contradicts stays a No, never a Yes
  const v = hints.venue && checked !== false ? undefined : checked;
  // "was anything held in between?" with no round named: a Yes would be about a round nobody asked about
  if (hints.yesno && !(v === "held" && !named))
    prefix = v === undefined ? NOT_RECORDED(locale) : v ? YES(locale) : NO(locale);
  if (hints.current && hints.yesno) {
    // "Is the dialogue still going?": the record stops at its latest round
    prefix = pick(
      locale,
      "Not recorded — the knowledge base does not record the present. ",
      "記録されていません。現在の状況は記録されていません。",
    );
  }
  const lead = !named
    ? pick(
        locale,
        `The latest round on record is the ${ordinal(round.number)}. `,
        `記録上最新の回は第${round.number}回です。`,
      )
    : "";
  draft.say(`${prefix}${lead}${heldSentence(round, locale)}`);
  heldDetails(ctx, draft, round);
}

/** What the date and place leave out: an approximate date, the release date, the place announced. */
function heldDetails(ctx: Ctx, draft: Draft, round: Round): void {
  const { kb, locale } = ctx;
  const announcement = announcementOf(kb, round.number);
  if (isKnown(round.date) && round.date.value.approximate) {
    draft.say(
      pick(
        locale,
        "The exact date is not recorded: the only source does not give one, and its context places the round in that month.",
        "正確な日付は記録されていません（情報源に日付がなく、文脈からその月と判断されています）。",
      ),
    );
  } else if (!isKnown(round.date)) {
    draft.say(pick(locale, "Its date is not recorded.", "日付は記録されていません。"));
  }
  if (!isKnown(round.place))
    draft.say(pick(locale, "Its place is not recorded.", "開催地は記録されていません。"));
  if (round.released && isKnown(round.released) && isKnown(round.date)) {
    const released = round.released.value;
    const date = round.date.value;
    if (released.day !== date.day || released.month !== date.month || released.year !== date.year) {
      draft.say(
        pick(
          locale,
          `The press release reporting it is dated ${formatDate(released, locale)}.`,
          `報道発表の日付は${formatDate(released, locale)}です。`,
        ),
      );
      draft.cite(round.released.evidence);
    }
  }
  if (
    announcement?.announced.place &&
    isKnown(round.place) &&
    !samePlace(round.place.value, announcement.announced.place.city.en ?? "")
  ) {
    draft.say(
      pick(
        locale,
        `${RoundName(announcement.by.number, locale)} had announced it for ${cityName(announcement.announced.place, locale)}.`,
        `第${announcement.by.number}回では${cityName(announcement.announced.place, locale)}での開催が発表されていました。`,
      ),
    );
    draft.cite(announcement.evidence);
  }
}

/** A round not recorded as held: say so, and what had been announced for it. */
function notHeldAnswer(ctx: Ctx, draft: Draft, round: Round): void {
  const { kb, locale, hints } = ctx;
  const announcement = announcementOf(kb, round.number);
  draft.say(
    pick(
      locale,
      `${hints.yesno ? "Not recorded — " : ""}${heldNotRecorded(round.number, locale, "all")}.`,
      `${hints.yesno ? "記録されていません。" : ""}第${round.number}回が開催されたかどうか、いつどこで開催されたかは記録されていません（それを記録した情報源は見つかっていません）。`,
    ),
  );
  if (announcement) {
    const planned = [
      announcement.announced.place
        ? pick(
            locale,
            `for ${cityName(announcement.announced.place, locale)}`,
            `${cityName(announcement.announced.place, locale)}で`,
          )
        : "",
      announcement.announced.date
        ? pick(
            locale,
            `in ${formatDate(announcement.announced.date, locale)}`,
            `${formatDate(announcement.announced.date, locale)}に`,
          )
        : "",
    ].filter(Boolean);
    const by = roundByNumber(kb, announcement.by.number);
    const byDate = by && isKnown(by.date) ? formatDate(by.date.value, locale) : "";
    draft.say(
      pick(
        locale,
        `It had been announced by the ${ordinal(announcement.by.number)} round${byDate ? ` (${byDate})` : ""} ${planned.join(" ")}.`,
        `第${announcement.by.number}回${byDate ? `（${byDate}）` : ""}で、${planned.join("")}開催すると発表されていました。`,
      ),
    );
    draft.cite(announcement.evidence);
  }
}

export function composeWhenWhere(ctx: Ctx, draft: Draft): void {
  const { kb, locale, query, hints } = ctx;
  if (hints.released) {
    composeReleased(ctx, draft);
    return;
  }
  const named = roundByNumber(kb, query.round);
  // "which round was held on a Friday?": no round named, a weekday asked
  if (!named && hints.weekday && !hints.year && !hints.date) {
    composeRoundsOnWeekday(ctx, draft, hints.weekday);
    return;
  }
  const round = named ?? latestRound(kb);
  if (!round) {
    draft.title = pick(locale, "Date and place", "日時と場所");
    draft.say(
      pick(locale, "No rounds are recorded in the knowledge base.", "記録されている回はありません。"),
    );
    return;
  }
  draft.round = round.number;
  draft.title = pick(
    locale,
    `When and where the ${ordinal(round.number)} round was held`,
    `第${round.number}回の日時と場所`,
  );
  if (wasHeld(round)) heldAnswer(ctx, draft, round, named !== undefined);
  else notHeldAnswer(ctx, draft, round);
  if (hints.era && isKnown(round.date)) draft.say(eraSentence(round.date.value, locale));
  if (hints.venue)
    draft.say(
      pick(
        locale,
        "The venue (building) is not recorded: the sources give the city only.",
        "会場（建物）は記録されていません（情報源には都市名のみが記載されています）。",
      ),
    );
  if (hints.timeOfDay)
    draft.say(
      pick(
        locale,
        "The time of day is not recorded: the sources give the date only.",
        "時刻は記録されていません（情報源には日付のみが記載されています）。",
      ),
    );
  draft.say(conflictNote(ctx, round));
  draft.say(correctionNote(ctx));
}
