/**
 * The next round as it stands today: the latest round on record comes first, and whether any announcement
 * of a round after it is on record; only then the last announcement on record (which may be years old).
 */
import type { Announcement } from "../queries.ts";
import { isKnown, latestHeldRound } from "../queries.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import { ordinal, pick, roundWhenWhere } from "./format.ts";

/** No announcement on record names a round after the latest round held. */
export function nothingAnnouncedAfterLatest(ctx: Ctx, last: Announcement | undefined): boolean {
  const latest = latestHeldRound(ctx.kb);
  return latest !== undefined && (!last || last.announced.round <= latest.number);
}

/**
 * "The latest round on record is the 5th (around December 2023, Tokyo); no announcement of a later round
 * is on record." — said first; a yes/no question ("is the next round confirmed?") is answered by it.
 * Returns false when an announcement of a round after the latest is on record (then that is the answer).
 */
export function leadWithLatest(ctx: Ctx, draft: Draft, last: Announcement | undefined): boolean {
  const { kb, locale, hints } = ctx;
  const latest = latestHeldRound(kb);
  if (!latest || !nothingAnnouncedAfterLatest(ctx, last)) return false;
  if (isKnown(latest.date)) draft.cite(latest.date.evidence);
  if (isKnown(latest.place)) draft.cite(latest.place.evidence);
  const when = roundWhenWhere(latest, locale);
  const verdict = hints.yesno && !hints.place ? pick(locale, "No — ", "いいえ。") : "";
  const notRecorded =
    hints.yesno && hints.place ? pick(locale, "Not recorded — ", "記録されていません。") : "";
  draft.title = pick(
    locale,
    `The next round: none announced after the ${ordinal(latest.number)} (the latest on record)`,
    `次回：記録上最新の第${latest.number}回より後の回の発表は記録されていません`,
  );
  draft.say(
    pick(
      locale,
      `${verdict}${notRecorded}${verdict || notRecorded ? "the" : "The"} latest round on record is the ${ordinal(latest.number)}${when ? ` (${when})` : ""}; no announcement of a later round is on record, so no next round is confirmed.`,
      `${verdict}${notRecorded}記録上最新の回は第${latest.number}回${when ? `（${when}）` : ""}です。それより後の回の開催発表は記録されておらず、次回は確定していません。`,
    ),
  );
  return true;
}
