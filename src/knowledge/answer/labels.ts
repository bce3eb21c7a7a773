/** Pieces of the short labels intents give their queries ("Co-chairs of the 2nd round", "第2回の共同議長"). */
import type { Locale } from "../answer-types.ts";
import { ordinal } from "./format.ts";

/** " of the 2nd round" / "第2回の", or nothing without a round. */
export const ofRound = (round: number | undefined, locale: Locale): string =>
  round === undefined ? "" : locale === "ja" ? `第${round}回の` : ` of the ${ordinal(round)} round`;

/** " at the 2nd round" / "第2回の", or nothing without a round. */
export const atRound = (round: number | undefined, locale: Locale): string =>
  round === undefined ? "" : locale === "ja" ? `第${round}回の` : ` at the ${ordinal(round)} round`;
