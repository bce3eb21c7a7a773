/**
 * "Did the 3rd round happen before the 2nd?": which of two rounds met first, by their recorded dates, compared
 * at the precision both have ("around December 2023" and "11 December 2017" compare by year and month). A round
 * not recorded as held, or two dates the same at that precision, leave the order unrecorded.
 */
import { formatDate } from "../answer/format.ts";
import type { KnowledgeBase } from "../load.ts";
import { isKnown, roundByNumber, roundsHeldIn } from "../queries.ts";
import type { DateValue as RoundDate } from "../types.ts";
import { checked, roundEn, roundJa } from "./text.ts";
import type { Check, Claim } from "./types.ts";

type OrderClaim = Extract<Claim, { kind: "order" }>;

/** -1, 0 or 1 at the finest precision both dates have. */
function compareDates(a: RoundDate, b: RoundDate): number {
  const parts = (d: RoundDate) => [
    d.year,
    d.precision === "year" ? undefined : d.month,
    d.precision === "day" ? d.day : undefined,
  ];
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined || y === undefined) return 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function checkOrder(kb: KnowledgeBase, claim: OrderClaim): Check {
  const a = roundByNumber(kb, claim.round);
  const b = roundByNumber(kb, claim.other);
  const when = (n: number, date: RoundDate | undefined) => ({
    en: date
      ? `${roundEn(n)} was held ${date.precision === "day" && !date.approximate ? "on" : "in"} ${formatDate(date, "en")}`
      : `${roundEn(n)} is not recorded as held`,
    ja: date
      ? `${roundJa(n)}は${formatDate(date, "ja")}に開催されました`
      : `${roundJa(n)}の開催は記録されていません`,
  });
  const da = a && isKnown(a.date) ? a.date.value : undefined;
  const db = b && isKnown(b.date) ? b.date.value : undefined;
  const [wa, wb] = [when(claim.round, da), when(claim.other, db)];
  const evidence = [
    ...(a && isKnown(a.date) ? a.date.evidence : []),
    ...(b && isKnown(b.date) ? b.date.evidence : []),
  ];
  const order = da && db ? compareDates(da, db) : 0;
  const verdict = order === 0 ? "unrecorded" : order < 0 === (claim.relation === "before") ? "yes" : "no";
  return checked(claim, verdict, `${wa.en}; ${wb.en}`, `${wa.ja}。${wb.ja}`, evidence);
}

type FirstInClaim = Extract<Claim, { kind: "first_in" }>;

/**
 * "Was round 3 the first round held in Tokyo?": No when another round held there came before (after, for the
 * last); not recorded while a round on that side of it has no recorded place; Yes otherwise.
 */
export function checkFirstIn(kb: KnowledgeBase, claim: FirstInClaim): Check {
  const there = roundsHeldIn(kb, claim.place).map((r) => r.number);
  const first = claim.which === "first";
  const target = first ? Math.min(...there) : Math.max(...there);
  const beyond = (n: number) => (first ? n < claim.round : n > claim.round);
  const unknown = kb.rounds.filter((r) => beyond(r.number) && !isKnown(r.place)).map((r) => r.number);
  const verdict =
    there.length === 0 || !there.includes(claim.round) || target !== claim.round
      ? "no"
      : unknown.length > 0
        ? "unrecorded"
        : "yes";
  const heldThere = there.length
    ? {
        en: `the rounds on record held in ${claim.place}: ${there.map(roundEn).join(", ")}`,
        ja: `${claim.place}で開催された回：${there.map(roundJa).join("、")}`,
      }
    : {
        en: `no round on record was held in ${claim.place}`,
        ja: `${claim.place}で開催された回は記録されていません`,
      };
  const note = unknown.length
    ? {
        en: ` (the place of ${unknown.map(roundEn).join(", ")} is not recorded)`,
        ja: `（${unknown.map(roundJa).join("、")}の開催地は記録されていません）`,
      }
    : { en: "", ja: "" };
  const evidence = kb.rounds.flatMap((r) =>
    there.includes(r.number) && isKnown(r.place) ? r.place.evidence : [],
  );
  return checked(claim, verdict, `${heldThere.en}${note.en}`, `${heldThere.ja}${note.ja}`, evidence);
}

type IsRoundClaim = Extract<Claim, { kind: "is_round" }>;

/** "Was round 2 the inaugural meeting?": Yes when the round named is the first (or latest) on record, else No. */
export function checkIsRound(claim: IsRoundClaim): Check {
  const word = claim.which === "first" ? { en: "first", ja: "最初" } : { en: "latest", ja: "最新" };
  return checked(
    claim,
    claim.round === claim.other ? "yes" : "no",
    `the ${word.en} round on record is ${roundEn(claim.other).replace(/^the /, "the ")}`,
    `記録上${word.ja}の回は${roundJa(claim.other)}です`,
  );
}
