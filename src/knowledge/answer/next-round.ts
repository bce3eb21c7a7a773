import {
  type Announcement,
  announcementBy,
  isKnown,
  latestAnnouncement,
  latestHeldRound,
  roundByNumber,
  samePlace,
  wasHeld,
} from "../queries.ts";
import type { Round } from "../types.ts";
import { correctionNote, heldNotRecorded, suggest } from "./common.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import {
  cityName,
  formatDate,
  onDate,
  ordinal,
  pick,
  RoundName,
  roundName,
  roundWhenWhere,
} from "./format.ts";
import { leadWithLatest } from "./next-today.ts";
import { heldSentence } from "./when-where.ts";

/** "the 2nd round (2 August 2016) announced the 3rd round for Canberra in 2017" */
function announcementSentence(a: Announcement, locale: "en" | "ja"): string {
  const byDate = isKnown(a.by.date) ? formatDate(a.by.date.value, locale) : "";
  const place = a.announced.place ? cityName(a.announced.place, locale) : "";
  const date = a.announced.date ? formatDate(a.announced.date, locale) : "";
  if (locale === "ja") {
    const what = `${date ? `${date}に` : ""}${place ? `${place}で` : ""}`;
    return `第${a.by.number}回${byDate ? `（${byDate}）` : ""}で、第${a.announced.round}回を${what}開催すると発表されました。`;
  }
  const what = `${place ? ` for ${place}` : ""}${date ? ` in ${date}` : ""}`;
  return `${RoundName(a.by.number, locale)}${byDate ? ` (${byDate})` : ""} announced the ${ordinal(a.announced.round)} round${what}.`;
}

/** What became of the announced round: held (where, when), or not recorded. */
function outcomeSentence(ctx: Ctx, a: Announcement, latestSaid = false): string {
  const { kb, locale } = ctx;
  const target = a.target;
  if (target && wasHeld(target)) {
    const place = isKnown(target.place) ? target.place.value : undefined;
    const date = isKnown(target.date) ? target.date.value : undefined;
    const samePlaceAsAnnounced =
      place &&
      a.announced.place &&
      samePlace(place, a.announced.place.city.en ?? a.announced.place.city.ja ?? "");
    if (locale === "ja") {
      return `実際には${date ? `${formatDate(date, locale)}に` : ""}${place ? `${cityName(place, locale)}で` : ""}開催されました${place && a.announced.place && !samePlaceAsAnnounced ? `（発表された${cityName(a.announced.place, locale)}ではありません）` : ""}。`;
    }
    const where = place ? ` in ${cityName(place, locale)}` : "";
    const when = date ? ` ${onDate(date, locale)}` : "";
    const contrast =
      place && a.announced.place && !samePlaceAsAnnounced
        ? ` (not in ${cityName(a.announced.place, locale)} as announced)`
        : "";
    return `It was held${where}${when}${contrast}.`;
  }
  const latest = latestHeldRound(kb);
  const latestText =
    latest && latest.number !== a.by.number && !latestSaid
      ? pick(
          locale,
          `; the latest round on record is the ${ordinal(latest.number)} (${roundWhenWhere(latest, locale)})`,
          `。記録上最新の回は第${latest.number}回（${roundWhenWhere(latest, locale)}）です`,
        )
      : "";
  return pick(
    locale,
    `${heldNotRecorded(a.announced.round, locale, "when")}${latestText}.`,
    `${heldNotRecorded(a.announced.round, locale, "when")}${latestText}。`,
  );
}

/** "where was the 2nd round supposed to be held?" with no announcement of it on record. */
function noAnnouncementOf(ctx: Ctx, draft: Draft, announced: number): void {
  const { kb, locale } = ctx;
  // "where was the 2nd round supposed to be held?" with no announcement of it on record
  draft.round = announced;
  draft.title = pick(locale, `Announcement of the ${ordinal(announced)} round`, `第${announced}回の開催発表`);
  draft.say(
    pick(
      locale,
      `No announcement of the ${ordinal(announced)} round is recorded in the knowledge base.`,
      `第${announced}回の開催についての発表は記録されていません。`,
    ),
  );
  const target = roundByNumber(kb, announced);
  if (target && wasHeld(target)) {
    draft.say(heldSentence(target, locale));
    if (isKnown(target.date)) draft.cite(target.date.evidence);
  }
}

/** A round whose announcement of the next round is not recorded: say so, and what came after it. */
function nothingAnnounced(ctx: Ctx, draft: Draft, named: Round | undefined): void {
  const { kb, locale, hints } = ctx;
  draft.title = pick(
    locale,
    `What ${named ? roundName(named.number, locale) : "the latest round"} announced about the next round`,
    `${named ? `第${named.number}回` : "最新の回"}で発表された次回`,
  );
  const who = named ? roundName(named.number, locale) : pick(locale, "any round", "いずれの回");
  draft.say(
    pick(
      locale,
      `${hints.yesno ? "Not recorded — " : ""}What ${who} announced about the next round is not recorded in the knowledge base.`,
      `${named ? `第${named.number}回` : ""}で次回について何が発表されたかは記録されていません。`,
    ),
  );
  if (named) {
    const following = roundByNumber(kb, named.number + 1);
    if (following && wasHeld(following)) {
      draft.say(heldSentence(following, locale));
      if (isKnown(following.date)) draft.cite(following.date.evidence);
    } else if (!following) {
      draft.say(
        pick(
          locale,
          `No later round than the ${ordinal(named.number)} is on record.`,
          `第${named.number}回より後の回は記録されていません。`,
        ),
      );
    }
    const latest = latestAnnouncement(kb);
    if (latest && latest.by.number !== named.number) suggest(draft, locale, { intent: "next_round" });
  }
}

export function composeNextRound(ctx: Ctx, draft: Draft): void {
  const { kb, locale, query, hints } = ctx;
  const named = roundByNumber(kb, query.round);
  if (hints.announcedRound !== undefined && !named) {
    noAnnouncementOf(ctx, draft, hints.announcedRound);
    return;
  }
  const announcement = named ? announcementBy(kb, named) : latestAnnouncement(kb);
  const by: Round | undefined = named ?? announcement?.by;
  draft.round = by?.number ?? null;
  if (!announcement || !by) {
    nothingAnnounced(ctx, draft, named);
    return;
  }
  draft.cite(announcement.evidence);
  if (announcement.target && wasHeld(announcement.target)) {
    if (isKnown(announcement.target.date)) draft.cite(announcement.target.date.evidence);
    if (isKnown(announcement.target.place)) draft.cite(announcement.target.place.evidence);
  }
  draft.title = pick(
    locale,
    `The ${ordinal(announcement.announced.round)} round as announced by the ${ordinal(by.number)}`,
    `第${by.number}回で発表された第${announcement.announced.round}回`,
  );
  const today = !named && leadWithLatest(ctx, draft, announcement);
  let prefix = "";
  if (hints.yesno && !today) {
    const asked = hints.place;
    const target = announcement.target;
    if (asked && announcement.announced.place) {
      const matches = samePlace(announcement.announced.place, asked);
      const heldThere = target && isKnown(target.place) ? samePlace(target.place.value, asked) : undefined;
      prefix =
        heldThere === undefined
          ? matches
            ? pick(locale, "Yes, as announced — ", "はい、発表としては。")
            : pick(locale, "No — ", "いいえ。")
          : heldThere
            ? pick(locale, "Yes — ", "はい。")
            : pick(locale, "No — ", "いいえ。");
    } else {
      prefix = pick(locale, "Yes — ", "はい。");
    }
  }
  const lead = named
    ? ""
    : today
      ? pick(locale, "The last announcement on record: ", "記録上最後の発表：")
      : pick(locale, "The latest announcement on record: ", "記録上最新の発表：");
  const sentence = announcementSentence(announcement, locale);
  draft.say(
    `${prefix}${lead}${lead && locale === "en" ? sentence[0]?.toLowerCase() + sentence.slice(1) : sentence}`,
  );
  draft.say(outcomeSentence(ctx, announcement, today));
  draft.say(correctionNote(ctx));
}
