/** Checks of what a round's own record says: when, on which weekday, where, whether held, what it announced. */
import { formatDate } from "../answer/format.ts";
import type { KnowledgeBase } from "../load.ts";
import {
  announcementOf,
  isKnown,
  latestAnnouncement,
  latestRound,
  roundByNumber,
  samePlace,
} from "../queries.ts";
import type { DateValue, Fact, Round } from "../types.ts";
import { otherBy } from "./check-place.ts";
import { weekdayOf } from "./dates.ts";
import { askedDate, checked, roundEn, roundJa, WEEKDAY_EN, WEEKDAY_JA } from "./text.ts";
import type { AskedDay, Check, Claim, DateOf, Verdict } from "./types.ts";

/** How a date asked compares with a recorded one, part by part, at the recorded precision. */
export function compareDate(asked: AskedDay, recorded: DateValue): Verdict {
  if (asked.year !== undefined && asked.year !== recorded.year) return "no";
  let verdict: Verdict = "yes";
  if (asked.month !== undefined) {
    if (recorded.month === undefined) verdict = "unrecorded";
    else if (recorded.month !== asked.month) {
      if (!recorded.approximate) return "no";
      verdict = "unrecorded";
    }
  }
  if (asked.day !== undefined) {
    if (recorded.precision !== "day" || recorded.day === undefined || recorded.approximate)
      return "unrecorded";
    if (recorded.day !== asked.day) return "no";
  }
  return verdict;
}

const DATE_WORDS: Record<DateOf, { en: string; ja: string }> = {
  held: { en: "was held", ja: "の開催日は" },
  released: { en: "is reported in a press release dated", ja: "を報じたプレスリリースの日付は" },
  announced: { en: "was announced for", ja: "の開催予定時期として発表されたのは" },
};

function recordedDate(kb: KnowledgeBase, round: Round, of: DateOf): { fact?: Fact<DateValue>; by?: Round } {
  if (of === "held") return { fact: round.date };
  if (of === "released") return { fact: round.released };
  const a = announcementOf(kb, round.number);
  if (!a?.announced.date) return {};
  return { fact: { status: "known", value: a.announced.date, evidence: a.evidence }, by: a.by };
}

export function checkDate(kb: KnowledgeBase, claim: Claim & { kind: "date" }): Check {
  const round = roundByNumber(kb, claim.round);
  const n = claim.round;
  const asked = askedDate(claim.date);
  const { fact } = round ? recordedDate(kb, round, claim.of) : {};
  if (!round || !isKnown(fact)) {
    return checked(
      claim,
      "unrecorded",
      `the ${claim.of === "held" ? "date" : claim.of === "released" ? "press release date" : "announced date"} of ${roundEn(n)} is not recorded`,
      `${roundJa(n)}の${claim.of === "held" ? "開催日" : claim.of === "released" ? "プレスリリースの日付" : "開催予定時期"}は記録されていません`,
    );
  }
  const by = claim.of === "announced" ? announcementOf(kb, n) : undefined;
  const wrongBy = by !== undefined && claim.by !== undefined && claim.by !== by.by.number;
  const verdict = wrongBy ? "no" : compareDate(claim.date, fact.value);
  const on = formatDate(fact.value, "en");
  const words = DATE_WORDS[claim.of];
  let en = `${roundEn(n)} ${words.en} ${claim.of === "held" && fact.value.precision === "day" && !fact.value.approximate ? "on " : claim.of === "held" && !fact.value.approximate ? "in " : ""}${on}`;
  let ja = `${roundJa(n)}${words.ja}${formatDate(fact.value, "ja")}です`;
  if (wrongBy) {
    const note = otherBy(by, claim.by);
    en += note.en;
    ja += note.ja;
  } else if (verdict === "no") {
    en += `, not ${asked.en}`;
    ja += `（${asked.ja}ではありません）`;
    const other = otherDateNote(round, claim);
    en += other.en;
    ja += other.ja;
  } else if (verdict === "unrecorded") {
    en += `; ${asked.en} is not recorded`;
    ja += `。${asked.ja}かどうかは記録されていません`;
  }
  return checked(claim, verdict, en, ja, fact.evidence);
}

/** "8 August 2016 is the date of the press release": the other recorded date of the round that was asked. */
function otherDateNote(round: Round, claim: Claim & { kind: "date" }): { en: string; ja: string } {
  const asked = askedDate(claim.date);
  if (
    claim.of === "held" &&
    isKnown(round.released) &&
    compareDate(claim.date, round.released.value) === "yes"
  )
    return {
      en: ` (${asked.en} is the date of the press release reporting it)`,
      ja: `。${asked.ja}はこの回を報じたプレスリリースの日付です`,
    };
  if (claim.of === "released" && isKnown(round.date) && compareDate(claim.date, round.date.value) === "yes")
    return { en: ` (${asked.en} is when the round was held)`, ja: `。${asked.ja}は開催日です` };
  return { en: "", ja: "" };
}

export function checkWeekday(kb: KnowledgeBase, claim: Claim & { kind: "weekday" }): Check {
  const round = roundByNumber(kb, claim.round);
  const n = claim.round;
  const fact = round?.date;
  const v = isKnown(fact) ? fact.value : undefined;
  if (v?.precision !== "day" || v.approximate || v.month === undefined || v.day === undefined) {
    const known = v ? ` (only ${formatDate(v, "en")} is recorded)` : "";
    return checked(
      claim,
      "unrecorded",
      `the exact day of ${roundEn(n)} is not recorded${known}`,
      `${roundJa(n)}の開催日（曜日）は記録されていません${v ? `（記録は${formatDate(v, "ja")}のみ）` : ""}`,
    );
  }
  const actual = weekdayOf(v.year, v.month, v.day);
  const verdict = actual === claim.weekday ? "yes" : "no";
  const not = verdict === "no" ? `, not a ${WEEKDAY_EN[claim.weekday]}` : "";
  const notJa = verdict === "no" ? `（${WEEKDAY_JA[claim.weekday]}ではありません）` : "";
  return checked(
    claim,
    verdict,
    `${roundEn(n)} was held on ${formatDate(v, "en")}, a ${WEEKDAY_EN[actual]}${not}`,
    `${roundJa(n)}は${formatDate(v, "ja")}（${WEEKDAY_JA[actual]}）に開催されました${notJa}`,
    fact && isKnown(fact) ? fact.evidence : [],
  );
}

/** "Is the next round confirmed?": only when a round after the latest on record is announced. */
export function checkNextConfirmed(kb: KnowledgeBase, claim: Claim): Check {
  const latest = latestRound(kb);
  const a = latestAnnouncement(kb);
  const place = a?.announced.place;
  const what = a
    ? {
        en: `${roundEn(a.by.number)} announced ${roundEn(a.announced.round)}${place ? ` for ${place.city.en ?? place.city.ja}` : ""}${a.announced.date ? ` in ${formatDate(a.announced.date, "en")}` : ""}`,
        ja: `${roundJa(a.by.number)}による発表（${roundJa(a.announced.round)}を${a.announced.date ? `${formatDate(a.announced.date, "ja")}に` : ""}${place ? `${place.city.ja ?? place.city.en}で` : ""}開催予定）`,
      }
    : undefined;
  const after = latest ? latest.number : 0;
  if (a && latest && a.announced.round > latest.number && what) {
    const place = claim.kind === "next_confirmed" ? claim.place : undefined;
    const date = claim.kind === "next_confirmed" ? claim.date : undefined;
    const placeOk = !place || (a.announced.place !== undefined && samePlace(a.announced.place, place));
    const dateOk = !date || (a.announced.date !== undefined && compareDate(date, a.announced.date) === "yes");
    return checked(
      claim,
      placeOk && dateOk ? "yes" : "no",
      what.en,
      `${what.ja}が記録されています`,
      a.evidence,
    );
  }
  // no announcement of a later round is on record: whether one was made (and where, when) is not recorded —
  // the record does not say there was none
  return checked(
    claim,
    "unrecorded",
    `no later round than ${roundEn(after)} is announced on record${what ? `; the last announcement on record is that ${what.en}` : ""}`,
    `${roundJa(after)}より後の回の発表は記録されていません${what ? `。記録上最後の発表は${what.ja}です` : ""}`,
    a?.evidence ?? [],
  );
}
