/**
 * Phrases whose shape carries what is asked: spans of years or rounds ("between 2015 and 2017",
 * "rounds 1 to 3"), comparisons by size ("the most agencies"), the date of a release, "since 2017".
 */
import { numberOf } from "../rounds.ts";

/** A span of years: "between 2015 and 2017", "from 2015 to 2017", "2015–2017", "2015年から2017年". */
export function yearSpan(text: string, japanese: string): [number, number] | undefined {
  const en =
    /\b(?:between|from) (\d{4}) (?:and|to|until|till|through|thru) (\d{4})\b/.exec(text) ??
    /\b(\d{4}) (?:to|until|through|thru) (\d{4})\b/.exec(text);
  const ja = /(\d{4})年?(?:から|〜|～|-|–)(\d{4})年/.exec(japanese);
  const m = en ?? ja;
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (!(a >= 1990 && b >= 1990 && a <= 2100 && b <= 2100)) return undefined;
  return a <= b ? [a, b] : [b, a];
}

const ROUNDS_NOUN = "(?:rounds|meetings|dialogues|sessions)";
const FIRST_ROUNDS = new RegExp(`\\bfirst (\\w+) ${ROUNDS_NOUN}\\b`);
const LAST_ROUNDS = new RegExp(`\\b(?:last|latest|most recent|past|previous) (\\w+) ${ROUNDS_NOUN}\\b`);
const FIRST_ROUNDS_JA =
  /(?:最初|初め|はじめ)の([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:回|つの(?:回|会合|協議))/;
const LAST_ROUNDS_JA =
  /(?:直近|最近|最後|最新)の([0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:回|つの(?:回|会合|協議))/;

/**
 * "the first three rounds", "the last two meetings", 「最初の3回」「直近の2回」: a span counted from the first
 * round or back from the latest on record (`latest`).
 */
function countedSpan(text: string, japanese: string, latest: number): [number, number] | undefined {
  const first = numberOf((FIRST_ROUNDS.exec(text) ?? FIRST_ROUNDS_JA.exec(japanese))?.[1]);
  if (first !== undefined && first >= 2) return [1, first];
  const last = numberOf((LAST_ROUNDS.exec(text) ?? LAST_ROUNDS_JA.exec(japanese))?.[1]);
  if (last !== undefined && last >= 2 && last <= latest) return [latest - last + 1, latest];
  return undefined;
}

/**
 * A span of round numbers: "rounds 1 to 3", "rounds one through three", "rounds 1-3", "第1回から第3回", and
 * spans counted from either end ("the first three rounds", 「直近の2回」; `latest` is the latest round's number).
 */
export function roundSpan(
  text: string,
  raw: string,
  japanese: string,
  latest = 0,
): [number, number] | undefined {
  const counted = countedSpan(text, japanese, latest);
  if (counted) return counted;
  const n = numberOf;
  const en =
    /\b(?:rounds|meetings|dialogues|sessions) (\w+) (?:to|through|thru|until) (\w+)\b/.exec(text) ??
    /\b(?:round|meeting|dialogue|session)s? (\d{1,3})\s*[-–~〜]\s*(\d{1,3})\b/i.exec(raw) ??
    /\b(?:from )?(?:round|meeting|dialogue|session) (\w+) (?:to|through|thru|until) (?:round |meeting |dialogue |session )?(\w+)\b/.exec(
      text,
    );
  const ja = /第?(\d{1,3})回(?:目)?(?:から|〜|～|-|–)第?(\d{1,3})回/.exec(japanese);
  const m = en ?? ja;
  const a = n(m?.[1]);
  const b = n(m?.[2]);
  if (a === undefined || b === undefined || a === b) return undefined;
  return a < b ? [a, b] : [b, a];
}

/** Size words of a comparison of rounds by their participants ("the most agencies", "参加機関が一番多い"). */
const PARTICIPANT_NOUNS =
  /\b(?:agenc(?:y|ies)|organi[sz]ations?|orgs|bodies|ministries|departments|participants|participation|delegations?|delegates|officials|attendees|people|line ?ups?)\b/;
export function askedExtreme(text: string, japanese: string): "most" | "fewest" | undefined {
  const en =
    PARTICIPANT_NOUNS.test(text) && /\b(?:which|what|when)\b|\bround\b|\bmeeting\b|\bsession\b/.test(text);
  if (en && /\b(?:fewest|least|smallest)\b/.test(text)) return "fewest";
  if (en && /\b(?:most(?! recent| current| latest)|largest|biggest|greatest|highest)\b/.test(text))
    return "most";
  if (!/機関|省庁|組織|代表団|参加者|参加|出席|顔ぶれ/.test(japanese)) return undefined;
  if (/(?:一番|最も|もっとも|いちばん)少な|最少|最小/.test(japanese)) return "fewest";
  if (/(?:一番|最も|もっとも|いちばん)(?:多|大)|最多|最大/.test(japanese)) return "most";
  return undefined;
}

/**
 * "more agencies", "fewer Australian bodies", 「第3回より多い」「どちらが多い」: two rounds compared by their
 * participants' count ("more" of the first round named, or which of them).
 */
export function askedComparative(text: string, japanese: string): "more" | "fewer" | undefined {
  if (PARTICIPANT_NOUNS.test(text)) {
    if (/\b(?:fewer|less|smaller)\b/.test(text)) return "fewer";
    if (/\b(?:more(?! recent| current| latest)|larger|bigger)\b/.test(text)) return "more";
  }
  if (!/機関|省庁|組織|代表団|参加者|参加|出席/.test(japanese) || !/より|どちら|どっち/.test(japanese))
    return undefined;
  if (/少な/.test(japanese)) return "fewer";
  if (/多/.test(japanese)) return "more";
  return undefined;
}

const RELEASE_WHEN = /\b(?:when|what date|which date|what day|dated)\b/;
const RELEASE_DOC =
  /\b(?:press release|media release|release|statement|joint statement|readout|announcement)\b/;
const RELEASE_VERB =
  /\b(?:publish|published|issue|issued|release|released|put out|come out|came out|dated|announce|announced)\b/;

/** "Was the press release on 3 August?", 「発表は12月12日でしたか？」: a date said of the release itself. */
function releaseDated(text: string, japanese: string, dated: boolean): boolean {
  if (!dated) return false;
  return (
    /^(?:so |and |but )?(?:was|is|were) (?:the |mofa s |dfat s |its |their )?(?:\w+ ){0,3}(?:press release|media release|release|joint statement|statement)\b/.test(
      text,
    ) ||
    (/(?:発表|公表|発出|プレスリリース|報道発表|共同ステートメント|声明)(?:は|が|の日付は|日は)/.test(
      japanese,
    ) &&
      !/開催|会合は|協議は/.test(japanese))
  );
}

/**
 * "When was the joint statement issued?", "第2回の発表はいつ？" — asks for the date of a release; `dated`: the
 * question gives a date, which "was the press release on 3 August?" says of the release.
 */
export function asksRelease(text: string, japanese: string, dated = false): boolean {
  if (/\bnext\b/.test(text) || /次/.test(japanese)) return false;
  if (releaseDated(text, japanese, dated)) return true;
  if (RELEASE_WHEN.test(text) && RELEASE_DOC.test(text) && RELEASE_VERB.test(text.replace(RELEASE_DOC, "")))
    return true;
  // "when was the 2nd round released by MOFA?", "when did MOFA publish round 2?": a round's release, by its
  // publisher (a round itself is held, not released)
  if (
    RELEASE_WHEN.test(text) &&
    /\b(?:released|published|put out|posted|announced) (?:by|on) (?:mofa|dfat|the ministry|the department)\b|\b(?:mofa|dfat) (?:release|publish|post|put out|announce)\w*\b/.test(
      text,
    )
  )
    return true;
  // "what date is the statement?", "which day is the press release dated?": the date a document carries
  if (/\b(?:what|which) (?:date|day)\b/.test(text) && RELEASE_DOC.test(text) && !/\bheld\b|\bmeet/.test(text))
    return true;
  // "What was the date on MOFA's English release about the 3rd round?": the date the release carries
  if (
    /\b(?:the )?date (?:on|of) (?:the |mofa s |dfat s |its |their )?(?:english |japanese )?(?:press release|media release|release|statement)\b|\bthe date (?:\w+ ){0,2}(?:published|issued|released|put out) (?:the |its |their )?(?:english |japanese )?(?:press release|media release|release|statement)\b/.test(
      text,
    )
  )
    return true;
  return (
    /(?:発表|公表|発出|プレスリリース|報道発表|共同ステートメント|声明)(?:日|され|した|は|の日)/.test(
      japanese,
    ) &&
    /いつ|何日|日付|何月|発表日|公表日/.test(japanese) &&
    !/開催すると|どこ|場所|開催地/.test(japanese)
  );
}

/** "since 2017" / "after 2018" / "2017年以降" in a question of whether a round has been held since. */
export function heldAfterYear(
  text: string,
  japanese: string,
): { year: number; inclusive: boolean } | undefined {
  // "since the start of 2024" is since 2024; "after the end of 2023", after 2023
  const en =
    /\b(since|after|from) (?:the (?:start|beginning|end) of )?(\d{4})\b(?! (?:to|until|till|through)\b)/.exec(
      text,
    );
  const exists =
    /\b(?:(?:has|have|had|was|were|is|are|did) there|any|anything|been|happened|held|take place|taken place|took place|met|meet|since then)\b/;
  if (en?.[2] && exists.test(text)) return { year: Number(en[2]), inclusive: en[1] !== "after" };
  const ja = /(\d{4})年(以降|以来|から|より後|の後|より あと|以後)/.exec(japanese);
  if (ja?.[1] && /ある|あった|あります|開催|行われ|開かれ|ありました/.test(japanese))
    return { year: Number(ja[1]), inclusive: ja[2] !== "より後" && ja[2] !== "の後" };
  return undefined;
}

/** "How many rounds took place before 2017?", "2017年より前に開催された回は？": the rounds held before a year. */
export function heldBeforeYear(
  text: string,
  japanese: string,
): { year: number; inclusive: boolean } | undefined {
  const en = /\b(before|prior to|earlier than|until|till|up to|up until|through) (\d{4})\b/.exec(text);
  const held =
    /\b(?:how many|which|any|held|took place|take place|taken place|happened|met|rounds?|meetings?)\b/;
  if (en?.[2] && held.test(text))
    return { year: Number(en[2]), inclusive: !/before|prior|earlier/.test(en[1] ?? "") };
  const ja = /(\d{4})年(より前|以前|の前|まで)/.exec(japanese);
  if (ja?.[1] && /回|開催|行われ|開かれ/.test(japanese))
    return { year: Number(ja[1]), inclusive: ja[2] === "まで" || ja[2] === "以前" };
  return undefined;
}
