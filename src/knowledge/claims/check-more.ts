/**
 * "Round 2 had more Japanese agencies than round 3", 「第2回は第3回より参加機関が多かった？」: two rounds'
 * recorded participant counts compared. A list recorded in part counts as a lower bound: it can make "more"
 * true (the partial list already has more) or false (the other already has as many), never a guess between.
 */
import type { Side } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { moreThan, type ParticipantCount, participantCountOf } from "../queries.ts";
import { checked, roundEn, roundJa } from "./text.ts";
import type { Check, Claim } from "./types.ts";

type MoreClaim = Extract<Claim, { kind: "more" }>;

const sideEn = (side: Side | undefined) => (side === "JP" ? "Japanese " : side === "AU" ? "Australian " : "");
const sideJa = (side: Side | undefined) => (side === "JP" ? "日本側の" : side === "AU" ? "豪州側の" : "");

/** "the 2nd round: 10 Japanese organisations on record (a partial list)" in both languages. */
function countText(n: number, count: ParticipantCount, side: Side | undefined) {
  if (!count.known)
    return {
      en: `${roundEn(n)}: its ${sideEn(side)}participants are not recorded`,
      ja: `${roundJa(n)}：${sideJa(side)}参加機関は記録されていません`,
    };
  const partial = count.complete ? { en: "", ja: "" } : { en: " (a partial list)", ja: "（一部のみの一覧）" };
  return {
    en: `${roundEn(n)}: ${count.total} ${sideEn(side)}organisations on record${partial.en}`,
    ja: `${roundJa(n)}：${sideJa(side)}参加機関${count.total}機関${partial.ja}`,
  };
}

export function checkMore(kb: KnowledgeBase, claim: MoreClaim): Check {
  const ca = participantCountOf(kb, claim.round, claim.side);
  const cb = participantCountOf(kb, claim.other, claim.side);
  const verdict = claim.relation === "more" ? moreThan(ca, cb) : moreThan(cb, ca);
  const [ta, tb] = [countText(claim.round, ca, claim.side), countText(claim.other, cb, claim.side)];
  return checked(claim, verdict, `${ta.en}; ${tb.en}`, `${ta.ja}。${tb.ja}`, [
    ...ca.evidence,
    ...cb.evidence,
  ]);
}
