/**
 * Rounds named by what is recorded about them rather than by number: "the round Feakin co-chaired", "the
 * meeting that produced the joint statement", "the round that was supposed to be in Canberra but ended up
 * in Tokyo", "the round held the year after the leaders' agreement", "IPA's first appearance",
 * "水嶋大使が議長を務めた回", "共同ステートメントが出された会合", and a round next to one of those ("the round
 * after the one Mizushima chaired", "…の次の回"). The description is taken out of the question's words, so
 * that what is asked about the round (when, where, who, which agencies) decides the intent.
 */
import type { KnowledgeBase } from "../load.ts";
import {
  announcementOf,
  isKnown,
  roundByNumber,
  roundsAttendedBy,
  roundsCochairedBy,
  roundsInYear,
} from "../queries.ts";
import type { EntityMention } from "./entities.ts";
import { matchKey } from "./normalise.ts";
import { ORDINAL_WORDS } from "./vocabulary.ts";

export interface RoundDescription {
  /** the round described, or a number that is not on record ("the round after the 5th-described one") */
  round: number;
  /** a round described by a year with no round (round is then NaN) */
  year?: number;
  /** English token indices that belong to the description */
  drop: Set<number>;
  /** the Japanese text with the description taken out */
  japanese: string;
  /** the round is the first at which the describing organisation is recorded ("the first round with IPA") */
  firstAttended?: boolean;
  /** an entity that only served to describe the round */
  describer?: { kind: "person" | "organisation"; id: string };
  /** the round was described by its recorded outcome ("the meeting that produced the joint statement") */
  byOutcome?: boolean;
  via: string;
}

const NOUN = "(?:round|meeting|dialogue|dialog|session|one|edition)";
const CHAIR_VERB = "(?:cochaired|chaired|led|headed|presided over|was cochair|was chair|was the cochair)";
const JA_NOUN = "(?:回|会合|協議|会議)";
/** "が初めて参加した", "が参加した最初の回": an organisation's first round, in Japanese. */
const JA_FIRST =
  /(?:が|は|の)(?:初めて|最初に|初)(?:参加|出席)(?:した|したの|の)?(?:は|のは)?|(?:が|の)(?:参加|出席)した(?:最初|初め)の(?:回|会合|協議)/;
const JA_AFTER = new RegExp(`^の?(?:次の${JA_NOUN}|次回|翌回|後の${JA_NOUN}|あとの${JA_NOUN})`);
const JA_BEFORE = new RegExp(`^の?(?:前の${JA_NOUN}|前回)`);
// the words just before a description ("the round right after the one …", "the meeting chaired by …")
const SHIFT_BEFORE = new RegExp(
  `\\b${NOUN}(?: right| just| immediately)? (after|following|next to|succeeding|subsequent to|before|preceding|prior to|previous to|ahead of)(?: the)? $`,
);
const NOUN_BEFORE_CHAIR = new RegExp(
  `\\b${NOUN}(?: that| which| where| at which| in which| when)?(?: (?:was|were))?(?: ${CHAIR_VERB} by)? ?$`,
);
const CHAIR_VERB_START = new RegExp(`^${CHAIR_VERB}\\b`);
const CHAIRED_BY_END = new RegExp(`${CHAIR_VERB} by ?$`);
const FIRST_WITH = new RegExp(
  `\\b(?:first|earliest) ${NOUN}s?(?: (?:with|including|featuring|attended by|joined by|that included|that had|that featured|where|at which|in which)(?: the)?)?$`,
);
const NOUN_END = new RegExp(`${NOUN}s?$`);
/** A round named just before: "the third", "round 3"'s number is after the noun, "the 3rd". */
const ORDINAL_BEFORE = new RegExp(
  `\\b(?:${Object.keys(ORDINAL_WORDS).join("|")}|latest|last|\\d{1,2}(?:st|nd|rd|th)|\\d{4})\\s*$`,
);
const OUTCOME_VERBS =
  "(?:produced|issued|released|published|adopted|put out|resulted in|came out with|ended with|yielded|gave)";

/** Token index of each character offset of the joined words. */
function tokenAt(words: string[]): (offset: number) => number {
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.length + 1;
  }
  return (offset: number) => {
    let k = 0;
    while (k + 1 < starts.length && (starts[k + 1] ?? 0) <= offset) k++;
    return k;
  };
}

/** What every kind of description reads: the question, and the helpers that turn a match into a description. */
interface Scope {
  kb: KnowledgeBase;
  words: string[];
  mentions: EntityMention[];
  japanese: string;
  outcomes: { round: number; en: string; ja: string }[];
  text: string;
  /** the token indices of a character range of the joined words */
  span: (from: number, to: number) => Set<number>;
  /** "the round after <description>": the position of the described round relative to the one asked */
  shiftBefore: (offset: number) => { shift: number; from: number };
  shiftAfterJa: (rest: string) => { shift: number; length: number };
  finish: (
    round: number,
    drop: Set<number>,
    ja: string,
    via: string,
    describer?: RoundDescription["describer"],
  ) => RoundDescription;
}

function scopeOf(
  kb: KnowledgeBase,
  words: string[],
  mentions: EntityMention[],
  japanese: string,
  outcomes: { round: number; en: string; ja: string }[],
): Scope {
  const text = words.join(" ");
  const token = tokenAt(words);
  const span = (from: number, to: number) => {
    const drop = new Set<number>();
    for (let k = token(from); k <= token(Math.max(from, to - 1)); k++) drop.add(k);
    return drop;
  };
  const shiftBefore = (offset: number): { shift: number; from: number } => {
    const head = text.slice(0, offset);
    const m = SHIFT_BEFORE.exec(head);
    if (!m?.[1]) return { shift: 0, from: offset };
    const from = m.index + m[0].indexOf(m[1]);
    return { shift: /^(?:before|preceding|prior|previous|ahead)/.test(m[1]) ? -1 : 1, from };
  };
  const shiftAfterJa = (rest: string): { shift: number; length: number } => {
    const after = JA_AFTER.exec(rest);
    if (after) return { shift: 1, length: after[0].length };
    const before = JA_BEFORE.exec(rest);
    if (before) return { shift: -1, length: before[0].length };
    return { shift: 0, length: 0 };
  };
  const finish = (
    round: number,
    drop: Set<number>,
    ja: string,
    via: string,
    describer?: RoundDescription["describer"],
  ): RoundDescription => ({ round, drop, japanese: ja, via, ...(describer ? { describer } : {}) });

  return { kb, words, mentions, japanese, outcomes, text, span, shiftBefore, shiftAfterJa, finish };
}

/** A round described by its co-chair: "the round Feakin co-chaired", "the meeting chaired by Okada". */
function byCochair(d: Scope): RoundDescription | undefined {
  const { kb, words, mentions, japanese, span, shiftBefore, finish } = d;
  // 1. By a co-chair: "the round Feakin co-chaired", "the meeting chaired by Okada", "水嶋大使が議長を務めた回".
  for (const m of mentions) {
    if (m.ref.kind !== "person") continue;
    const chaired = roundsCochairedBy(kb, m.ref.id);
    if (chaired.length !== 1 || !chaired[0]) continue;
    const n = chaired[0].round.number;
    if (m.start >= 0) {
      const before = words.slice(0, m.start).join(" ");
      const after = words.slice(m.end).join(" ");
      const prefix = before ? `${before} ` : "";
      // "<noun> (that|which|where)? <name> <verb>" or "<noun> (that|which)? (was)? <verb> by <name>"
      const nounBefore = NOUN_BEFORE_CHAIR.exec(before);
      const verbAfter = CHAIR_VERB_START.exec(after);
      const byVerb = CHAIRED_BY_END.test(before);
      // "The first round was co-chaired by Otaka": a round already named, its co-chair said of it (no "that" /
      // "which": a statement to check, not a description)
      const named =
        nounBefore &&
        !/\b(?:that|which|where|when)\b/.test(nounBefore[0]) &&
        ORDINAL_BEFORE.test(before.slice(0, nounBefore.index));
      if (nounBefore && (verbAfter || byVerb) && !named) {
        const start = nounBefore.index + nounBefore[0].indexOf(" ") + 1;
        const nounEnd = nounBefore.index + (/\S+/.exec(nounBefore[0])?.[0].length ?? 0);
        const end =
          prefix.length +
          words.slice(m.start, m.end).join(" ").length +
          (verbAfter ? verbAfter[0].length + 1 : 0);
        const { shift, from } = shiftBefore(nounBefore.index);
        const drop = span(Math.min(start, nounEnd + 1), end);
        if (shift !== 0) for (const k of span(from, nounBefore.index)) drop.add(k);
        return finish(n + shift, drop, japanese, m.typed, { kind: "person", id: m.ref.id });
      }
    }
  }
  return undefined;
}

/** A round described by its co-chair: "水嶋大使が議長を務めた回". */
function byCochairJa(d: Scope): RoundDescription | undefined {
  const { kb, mentions, japanese, shiftAfterJa, finish } = d;
  if (/□|[ァ-ヶ]{2,}/.test(japanese)) {
    const jaChair = new RegExp(
      `(□+|[ァ-ヶー・]{2,})(?:大使|氏|さん|議長)?(?:が|の)(?:共同)?(?:議長|共同議長)(?:を務め|をつとめ|だっ|であっ)た${JA_NOUN}`,
    ).exec(japanese);
    const person = mentions.find((m) => m.ref.kind === "person" && m.start < 0);
    if (jaChair && person) {
      const chaired = roundsCochairedBy(kb, person.ref.id);
      if (chaired.length === 1 && chaired[0]) {
        const rest = japanese.slice(jaChair.index + jaChair[0].length);
        const { shift, length } = shiftAfterJa(rest);
        const ja = `${japanese.slice(0, jaChair.index)}第${chaired[0].round.number + shift}回${rest.slice(length)}`;
        return finish(chaired[0].round.number + shift, new Set(), ja, person.typed, {
          kind: "person",
          id: person.ref.id,
        });
      }
    }
  }

  return undefined;
}

const withOutcome = (d: RoundDescription | undefined) => (d ? { ...d, byOutcome: true } : undefined);

/** A round described by its outcome: "the meeting that produced the joint statement", "共同ステートメントが出された会合". */
function byOutcome(d: Scope): RoundDescription | undefined {
  const { japanese, outcomes, text, span, shiftBefore, shiftAfterJa, finish } = d;
  // 2. By an outcome: "the meeting that produced the joint statement", "共同ステートメントが出された会合".
  for (const outcome of outcomes) {
    if (outcome.en) {
      const at = text.indexOf(outcome.en);
      if (at >= 0) {
        const head = text.slice(0, at);
        const clause = new RegExp(
          `\\b${NOUN}(?: (?:that|which|where|at which|in which|when))?(?: (?:was|were|had))? ${OUTCOME_VERBS}(?: (?:the|a|an|its))? ?$|\\b${NOUN} (?:with|behind|of) (?:the |a |an |its )?$`,
        ).exec(head);
        // "The third round issued a joint statement.": a round already named, its outcome said of it (no
        // "that"/"which": a statement to check, not a description)
        const named =
          clause &&
          !/\b(?:that|which|where|when|with|behind|of)\b/.test(clause[0]) &&
          ORDINAL_BEFORE.test(head.slice(0, clause.index));
        if (clause && !named) {
          const nounLength = /\S+/.exec(clause[0])?.[0].length ?? 0;
          const drop = span(clause.index + nounLength + 1, at + outcome.en.length);
          const { shift, from } = shiftBefore(clause.index);
          if (shift !== 0) for (const k of span(from, clause.index)) drop.add(k);
          return withOutcome(finish(outcome.round + shift, drop, japanese, outcome.en));
        }
      }
    }
    if (outcome.ja && japanese.includes(outcome.ja)) {
      const clause = new RegExp(
        `(?:${escapeRegExp(outcome.ja)})(?:が|を)(?:出され|出し|発出され|発出し|発表され|発表し|採択され|まとめ|取りまとめ)(?:た|られた)${JA_NOUN}`,
      ).exec(japanese);
      if (clause) {
        const rest = japanese.slice(clause.index + clause[0].length);
        const { shift, length } = shiftAfterJa(rest);
        const ja = `${japanese.slice(0, clause.index)}第${outcome.round + shift}回${rest.slice(length)}`;
        return withOutcome(finish(outcome.round + shift, new Set(), ja, outcome.ja));
      }
    }
  }

  return undefined;
}

/** A round described as announced in one city and held in another: "supposed to be in Canberra but ended up in Tokyo". */
function byMove(d: Scope): RoundDescription | undefined {
  const { kb, japanese, text, span, finish } = d;
  // 3. Announced in one city, held in another: "supposed to be in Canberra but ended up in Tokyo".
  const moved =
    /\b(?:supposed|planned|scheduled|announced|meant|set|due|slated)(?: to be)?(?: (?:held|hosted))? (?:in|for) (\w+)\b.{0,40}?\b(?:but|instead|actually|ended up|moved|finally|in the end)\b.{0,30}?\bin (\w+)\b/.exec(
      text,
    );
  const jaMoved =
    /(\S{2,8}?)で(?:開催|開かれる|行われる|開催される)?(?:の)?予定(?:だった|であった|されていた)?(?:が|のに)[^。？?]{0,12}?(\S{2,8}?)で(?:開催|開かれ|行われ)/.exec(
      japanese,
    );
  const movedCities = moved ? [moved[1], moved[2]] : jaMoved ? [jaMoved[1], jaMoved[2]] : undefined;
  if (movedCities?.[0] && movedCities[1]) {
    const [planned, held] = movedCities as [string, string];
    const found = kb.rounds.filter((r) => {
      const announcement = announcementOf(kb, r.number);
      const place = announcement?.announced.place;
      return place && isKnown(r.place) && cityIn(planned, place.city) && cityIn(held, r.place.value.city);
    });
    if (found.length === 1 && found[0]) {
      const drop = moved ? span(moved.index, moved.index + moved[0].length) : new Set<number>();
      const ja = jaMoved ? japanese.replace(jaMoved[0], "") : japanese;
      return finish(found[0].number, drop, ja, moved?.[0] ?? jaMoved?.[0] ?? "");
    }
  }

  return undefined;
}

/** A round described by the years since the agreement: "the year after the leaders' agreement", "首脳会談の翌年". */
function byAgreementYear(d: Scope): RoundDescription | undefined {
  const { kb, japanese, text, span, finish } = d;
  // 4. Years counted from the agreement: "the year after the leaders' agreement", "首脳会談の翌年".
  const origin = kb.dialogue.origin;
  if (isKnown(origin)) {
    const counts: Record<string, number> = {
      a: 1,
      one: 1,
      the: 1,
      two: 2,
      three: 3,
      four: 4,
      "2": 2,
      "3": 3,
    };
    const en =
      /\b(?:(a|one|two|three|four|\d) )?years? (after|following|since) (?:the )?(?:leaders )?(?:agreement|summit|leaders summit|dialogue was agreed|talks were agreed|it was agreed|decision|deal|they agreed)\b/.exec(
        text,
      ) ??
      /\bthe (?:year|years) (after|following) (?:the )?(?:leaders )?(?:agreement|summit|decision)\b/.exec(
        text,
      );
    const ja = /(?:合意|首脳会談|首脳合意)(?:した|された|の)?(翌年|翌々年|[0-9一二三]年後)/.exec(japanese);
    let years: number | undefined;
    if (en) years = /^the years? /.test(en[0]) ? 1 : (counts[en[1] ?? "a"] ?? 1);
    if (ja) {
      const what = ja[1] ?? "";
      years =
        what === "翌年"
          ? 1
          : what === "翌々年"
            ? 2
            : "〇一二三".indexOf(what[0] ?? "") > 0
              ? "〇一二三".indexOf(what[0] ?? "")
              : Number(what[0]);
    }
    const same =
      /\b(?:in )?the same year as (?:the )?(?:leaders )?(?:agreement|summit|leaders summit|decision|deal)\b/.exec(
        text,
      );
    if (same && years === undefined) {
      // no round in the agreement's own year: a date reference the resolver answers honestly
      const year = origin.value.date.year;
      const rounds = roundsInYear(kb, year);
      if (rounds.length === 1 && rounds[0])
        return finish(rounds[0].number, span(same.index, same.index + same[0].length), japanese, same[0]);
      return {
        round: Number.NaN,
        year,
        drop: span(same.index, same.index + same[0].length),
        japanese,
        via: same[0],
      };
    }
    if (years !== undefined && Number.isFinite(years)) {
      const rounds = roundsInYear(kb, origin.value.date.year + years);
      if (rounds.length === 1 && rounds[0]) {
        const drop = en ? span(en.index, en.index + en[0].length) : new Set<number>();
        const jaText = ja ? japanese.replace(ja[0], "") : japanese;
        return finish(rounds[0].number, drop, jaText, en?.[0] ?? ja?.[0] ?? "");
      }
    }
  }

  return undefined;
}

/** A round described as an organisation's first: "IPA's first appearance", "when did NPA first attend", "IPAが初めて参加した回". */
function byFirstAttendance(d: Scope): RoundDescription | undefined {
  const { kb, words, mentions, japanese, finish } = d;
  // 5. An organisation's first (or last) round: "IPA's first appearance", "when did NPA first attend".
  for (const m of mentions) {
    if (m.ref.kind !== "organisation") continue;
    const attended = roundsAttendedBy(kb, m.ref.id).map((a) => a.round.number);
    if (attended.length === 0) continue;
    const after = m.start >= 0 ? words.slice(m.end).join(" ") : "";
    const before = m.start >= 0 ? words.slice(0, m.start).join(" ") : "";
    const first =
      /^(?:first (?:appearance|attendance|participation|showing|time)|debut|first (?:attend|attended|join|joined|take part|took part|participate|participated|come|came|show up|showed up|appear|appeared|went|go|turn up|turned up)\b(?! (?:the |at the )?(?:\d|first|second|third|fourth|fifth|round|meeting|dialogue)))/.test(
        after,
      ) || /\b(?:first|debut) (?:appearance|attendance|participation)(?: of| by)? ?$/.test(before);
    const jaFirst = JA_FIRST.test(japanese);
    // "Which was the first round with IPA?", "the earliest meeting attended by MIC", "the first round IPA
    // attended": the superlative describes the organisation's rounds, not the 1st round
    const connected = FIRST_WITH.exec(before);
    const firstWith =
      connected &&
      (!NOUN_END.test(before) ||
        /^(?:attend|attended|joined|took part|participated|came|was at|were at)\b/.test(after))
        ? connected
        : undefined;
    if (first || jaFirst || firstWith) {
      const n = Math.min(...attended);
      if (!roundByNumber(kb, n)) continue;
      const drop = new Set<number>();
      if (m.start >= 0) for (let k = m.start; k < Math.min(words.length, m.end + 3); k++) drop.add(k);
      if (firstWith && m.start >= 0) {
        const from = before.slice(0, firstWith.index).split(" ").filter(Boolean).length;
        for (let k = from; k < m.start; k++) drop.add(k);
      }
      return {
        ...finish(n, drop, japanese.replace(JA_FIRST, `の第${n}回`), m.typed, {
          kind: "organisation",
          id: m.ref.id,
        }),
        firstAttended: true,
      };
    }
  }
  return undefined;
}

export function describeRound(
  kb: KnowledgeBase,
  words: string[],
  mentions: EntityMention[],
  japanese: string,
  outcomes: { round: number; en: string; ja: string }[],
): RoundDescription | undefined {
  const d = scopeOf(kb, words, mentions, japanese, outcomes);
  return (
    byCochair(d) ?? byCochairJa(d) ?? byOutcome(d) ?? byMove(d) ?? byAgreementYear(d) ?? byFirstAttendance(d)
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function cityIn(typed: string, city: { en?: string; ja?: string }): boolean {
  const key = matchKey(typed);
  return [city.en, city.ja].some((name) => name !== undefined && matchKey(name) === key);
}
