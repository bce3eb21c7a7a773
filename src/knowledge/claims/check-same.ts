/**
 * "Were rounds 2 and 3 held on the same weekday?", "第1回と第2回は同じ都市で開催されましたか": one recorded value
 * of two rounds compared. Yes only when both are recorded and equal; No saying both; not recorded when
 * either is unknown (or recorded too coarsely to compare).
 */
import { formatDate, localText, personName } from "../answer/format.ts";
import type { Side } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { cochairsOf, isKnown, roleAt, roundByNumber } from "../queries.ts";
import type { Evidence, Round } from "../types.ts";
import { weekdayOf } from "./dates.ts";
import { checked, roundEn, roundJa, WEEKDAY_EN, WEEKDAY_JA } from "./text.ts";
import type { Check, Claim, SameAspect } from "./types.ts";

/** A round's value of one aspect: what is compared, and how it is said. */
interface Value {
  key: string;
  en: string;
  ja: string;
  evidence: Evidence[];
  /** the value in each language it is recorded in (titles): compared in a language both have */
  keys?: { en?: string; ja?: string };
}

/** Equal, different, or not comparable (a title recorded only in Japanese against one only in English). */
function sameValue(va: Value, vb: Value): boolean | undefined {
  if (!va.keys || !vb.keys) return va.key === vb.key;
  if (va.keys.en !== undefined && vb.keys.en !== undefined) return va.keys.en === vb.keys.en;
  if (va.keys.ja !== undefined && vb.keys.ja !== undefined) return va.keys.ja === vb.keys.ja;
  return undefined;
}

const ASPECT: Record<SameAspect, { en: string; ja: string }> = {
  date: { en: "date", ja: "開催日" },
  weekday: { en: "weekday", ja: "開催曜日" },
  place: { en: "place", ja: "開催地" },
  cochair: { en: "co-chair", ja: "共同議長" },
  title: { en: "co-chairs' titles", ja: "共同議長の肩書" },
  year: { en: "year", ja: "開催年" },
  month: { en: "month", ja: "開催月" },
};

function dateValue(round: Round, aspect: SameAspect): Value | undefined {
  if (!isKnown(round.date)) return undefined;
  const d = round.date.value;
  const { evidence } = round.date;
  const exact = d.precision === "day" && !d.approximate && d.month !== undefined && d.day !== undefined;
  if (aspect === "year") return { key: String(d.year), en: String(d.year), ja: `${d.year}年`, evidence };
  if (aspect === "month") {
    if (d.approximate || d.month === undefined || d.precision === "year") return undefined;
    return { key: `${d.year}-${d.month}`, en: formatDate(d, "en"), ja: formatDate(d, "ja"), evidence };
  }
  if (!exact || d.month === undefined || d.day === undefined) return undefined;
  if (aspect === "date")
    return {
      key: `${d.year}-${d.month}-${d.day}`,
      en: formatDate(d, "en"),
      ja: formatDate(d, "ja"),
      evidence,
    };
  const w = weekdayOf(d.year, d.month, d.day);
  return {
    key: String(w),
    en: `a ${WEEKDAY_EN[w]} (${formatDate(d, "en")})`,
    ja: `${WEEKDAY_JA[w]}（${formatDate(d, "ja")}）`,
    evidence,
  };
}

function roundValue(kb: KnowledgeBase, round: Round, aspect: SameAspect, side?: Side): Value | undefined {
  if (aspect === "place") {
    if (!isKnown(round.place)) return undefined;
    const city = round.place.value.city;
    const en = city.en ?? city.ja ?? "";
    return { key: en.toLowerCase(), en, ja: city.ja ?? en, evidence: round.place.evidence };
  }
  if (aspect === "cochair") {
    const sides: Side[] = side ? [side] : ["JP", "AU"];
    const chairs = cochairsOf(kb, round).filter((c) => sides.includes(c.side));
    if (chairs.length < sides.length) return undefined;
    return {
      key: chairs.map((c) => c.person.id).join("+"),
      en: chairs.map((c) => personName(c.person, "en")).join(" and "),
      ja: chairs.map((c) => personName(c.person, "ja")).join("と"),
      evidence: chairs.flatMap((c) => c.evidence),
    };
  }
  if (aspect === "title") return titleValue(kb, round, side);
  return dateValue(round, aspect);
}

/** The titles of a round's co-chairs (of one side, or both), compared as recorded. */
function titleValue(kb: KnowledgeBase, round: Round, side?: Side): Value | undefined {
  const sides: Side[] = side ? [side] : ["JP", "AU"];
  const chairs = cochairsOf(kb, round).filter((c) => sides.includes(c.side));
  const titles = chairs.map((c) => roleAt(c.person, round.number)?.title);
  if (chairs.length < sides.length || titles.some((t) => !t)) return undefined;
  const text = (locale: "en" | "ja") =>
    chairs.map((c, i) => `${personName(c.person, locale)} (${localText(titles[i] ?? {}, locale)})`);
  const all = (lang: "en" | "ja") =>
    titles.every((t) => t?.[lang] !== undefined) ? titles.map((t) => t?.[lang]).join("+") : undefined;
  const en = all("en");
  const ja = all("ja");
  return {
    key: en ?? ja ?? "",
    keys: { ...(en !== undefined ? { en } : {}), ...(ja !== undefined ? { ja } : {}) },
    en: text("en").join(" and "),
    ja: text("ja").join("と"),
    evidence: chairs.flatMap((c) => c.evidence),
  };
}

export function checkSame(kb: KnowledgeBase, claim: Claim & { kind: "same" }): Check {
  const { side } = claim;
  const [a, b] = claim.rounds;
  const ra = roundByNumber(kb, a);
  const rb = roundByNumber(kb, b);
  const va = ra ? roundValue(kb, ra, claim.aspect, side) : undefined;
  const vb = rb ? roundValue(kb, rb, claim.aspect, side) : undefined;
  const what = ASPECT[claim.aspect];
  if (!va || !vb) {
    const missing = [va ? undefined : a, vb ? undefined : b].filter((n): n is number => n !== undefined);
    return checked(
      claim,
      "unrecorded",
      `the ${what.en} of ${missing.map(roundEn).join(" and ")} is not recorded${claim.aspect === "weekday" || claim.aspect === "date" ? " to the day" : ""}`,
      `${missing.map(roundJa).join("と")}の${what.ja}は記録されていません`,
      [...(va?.evidence ?? []), ...(vb?.evidence ?? [])],
    );
  }
  const same = sameValue(va, vb);
  if (same === undefined)
    return checked(
      claim,
      "unrecorded",
      `the ${what.en} of ${roundEn(a)} and ${roundEn(b)} are recorded in different languages only (${va.en}; ${vb.en}), so they cannot be compared`,
      `${roundJa(a)}と${roundJa(b)}の${what.ja}は別々の言語でしか記録されておらず、比較できません（${va.ja}／${vb.ja}）`,
      [...va.evidence, ...vb.evidence],
    );
  const chaired = claim.aspect === "cochair" || claim.aspect === "title";
  const verb = chaired ? "was co-chaired by" : "was held";
  const on = claim.aspect === "place" ? " in " : chaired ? " " : " on ";
  const at = claim.aspect === "year" || claim.aspect === "month" ? " in " : on;
  return checked(
    claim,
    same ? "yes" : "no",
    `${roundEn(a)} ${verb}${at}${va.en} and ${roundEn(b)}${at}${vb.en}`,
    `${roundJa(a)}の${what.ja}は${va.ja}、${roundJa(b)}は${vb.ja}です`,
    [...va.evidence, ...vb.evidence],
  );
}
