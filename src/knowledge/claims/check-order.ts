/**
 * "Did the 3rd round happen before the 2nd?": which of two rounds met first, by their recorded dates, compared
 * at the precision both have ("around December 2023" and "11 December 2017" compare by year and month). A round
 * not recorded as held, or two dates the same at that precision, leave the order unrecorded.
 */
import { formatDate } from "../answer/format.ts";
import type { KnowledgeBase } from "../load.ts";
import { isKnown, roundByNumber } from "../queries.ts";
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
