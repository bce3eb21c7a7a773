/**
 * A comparison of rounds: "did the aussie co-chair change between r2 and r3?", "How did the Australian
 * lineup differ between the 2016 and 2017 rounds?", 「第1回と第2回の違いは？」, and as a follow-up "compare
 * it with round 3". Which rounds (numbers, ordinals, years, first/latest, the previous turn's), on what
 * (co-chairs, agencies, place, date, topics; all when nothing is named) and which side.
 */
import type { Side, TurnContext } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { cochairsOf, latestHeldRound, roundsInYear } from "../queries.ts";
import { detectSide } from "../understand/entities.ts";
import { cleanInput, compactKey, hasJapanese, tokenise } from "../understand/normalise.ts";
import { ORDINAL_WORDS } from "../understand/vocabulary.ts";

export type Aspect = "place" | "date" | "cochairs" | "titles" | "agencies" | "topics" | "announced";
/** What a comparison that names nothing compares (what each round announced only when asked). */
export const ASPECTS: readonly Aspect[] = ["date", "place", "cochairs", "agencies", "topics"];

export interface Comparison {
  rounds: number[];
  aspects: Aspect[];
  side?: Side;
  /** a yes/no question: did it change (or stay the same)? */
  yesno?: "changed" | "same" | "common";
}

const COMPARE_EN =
  /\b(?:compare[sd]?|comparing|comparison|differ(?:s|ed|ent|ence|ences)?|chang(?:e|es|ed)|versus|vs\.?|contrast|what's new|what was new|in common|overlap\w*|same (?!(?:question|story|thing|one|again) )(?:\w+ ){0,3}?(?:as|in|at|between|to|for)|stay(?:ed)? the same)\b/;
const COMPARE_JA = /違い|違う|違っ|比較|比べ|変わ|異な|変化|差|同じ|共通/;

/** "same person?", "the same city?", 「同じ人？」: a short question whether the two rounds just asked share it. */
const SAME_SHORT =
  /^\s*(?:(?:and|so|ok|but|was (?:it|that|he|she)|were they|is (?:it|that)|are they|(?:did|do|does) (?:they|them|both|all|he|she)(?: (?:all|both))? (?:have|hold|share)|(?:all|both))\s+)*(?:the\s+)?same\s+(person|people|man|woman|guy|official|individual|one|co-?chairs?|chairs?|city|place|venue|location|date|day|month|year|title|titles|post|position|rank)\s*(?:then|again|both times)?\s*[?？.!]*$/;
const SAME_SHORT_JA =
  /^(?:それは|じゃあ|では)?(?:同じ|同一)(人|人物|方|場所|都市|日|日付|月|年|肩書き?|役職)(?:だった|でした|ですか|なの|か)?[かの]?[？?]*$/;
const SAME_ASPECT: Record<string, Aspect> = {
  person: "cochairs",
  people: "cochairs",
  man: "cochairs",
  woman: "cochairs",
  guy: "cochairs",
  official: "cochairs",
  individual: "cochairs",
  cochair: "cochairs",
  "co-chair": "cochairs",
  cochairs: "cochairs",
  "co-chairs": "cochairs",
  chair: "cochairs",
  chairs: "cochairs",
  人: "cochairs",
  人物: "cochairs",
  方: "cochairs",
  city: "place",
  place: "place",
  venue: "place",
  location: "place",
  場所: "place",
  都市: "place",
  date: "date",
  day: "date",
  month: "date",
  year: "date",
  日: "date",
  日付: "date",
  月: "date",
  年: "date",
  title: "titles",
  titles: "titles",
  post: "titles",
  position: "titles",
  rank: "titles",
  肩書: "titles",
  肩書き: "titles",
  役職: "titles",
};

/** The aspect a short "same …?" asks of (undefined: not such a question; "one": what was asked before). */
function sameShort(lower: string, text: string): Aspect | "one" | undefined {
  const word = SAME_SHORT.exec(lower)?.[1] ?? SAME_SHORT_JA.exec(text)?.[1];
  if (word === undefined) return undefined;
  return word === "one" ? "one" : SAME_ASPECT[word];
}

const ASPECT_WORDS: Record<Aspect, RegExp> = {
  cochairs: /\bco-?chair\w*|\bchair\w*|\bled\b|\bhead(?:ed|s)?\b|\blineup\b|\bline-up\b|共同議長|議長|顔ぶれ/,
  agencies:
    /\bagenc\w*|\borgani[sz]ation\w*|\bministr\w*|\bdepartments?\b|\bparticipa\w*|\blineup\b|\bline-up\b|\bdelegat\w*|\battend\w*|\bbodies\b|\bwho came\b|参加|出席|機関|省庁|顔ぶれ|代表団/,
  place: /\bwhere\b|\bplace\b|\bvenue\w*|\bcit(?:y|ies)\b|\blocation\w*|\bhost\w*|場所|開催地|どこ|都市/,
  date: /\bwhen\b|\bdates?\b|\btiming\b|\byear\b|\bmonth\b|日付|日時|いつ|時期|開催日/,
  titles: /\btitles?\b|\bpositions?\b|\bposts?\b|\bjob titles?\b|\branks?\b|肩書|役職/,
  announced: /\bannounce\w*|\bnext[- ](?:round|meeting)\b|\bplan(?:s|ned)?\b|発表|次回/,
  topics:
    /\btopics?\b|\bdiscuss\w*|\bagenda\w*|\bsubjects?\b|\bthemes?\b|\bissues\b|\btalked about\b|議題|テーマ|話題|議論|内容|トピック/,
};

/** What a comparison that names nothing compares, after a question about one thing. */
const CONTEXT_ASPECTS: Partial<Record<string, Aspect[]>> = {
  cochairs: ["cochairs"],
  agencies: ["agencies"],
  topics: ["topics"],
  when_where: ["date", "place"],
};

/** Every round the question names, in order of mention (numbers, ordinals, years, first, latest). */
function namedRounds(kb: KnowledgeBase, text: string): number[] {
  const found: { at: number; n: number }[] = [];
  const add = (at: number, n: number | undefined) => {
    if (n !== undefined && !found.some((f) => f.n === n)) found.push({ at, n });
  };
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(/\b(?:rounds?|r|meetings?|dialogues?|sessions?|#)\s*(\d{1,2})\b/g))
    add(m.index, Number(m[1]));
  // "rounds 1, 2 and 3": every number of the list
  for (const m of lower.matchAll(
    /\b(?:rounds?|meetings?|dialogues?) ((?:\d{1,2},? )+)(?:and|&|vs\.?|versus) \d{1,2}\b/g,
  ))
    for (const n of (m[1] ?? "").matchAll(/\d{1,2}/g)) add(m.index + n.index, Number(n[0]));
  for (const m of lower.matchAll(
    /\b(?:rounds?|meetings?|dialogues?) (?:\d{1,2}, )*\d{1,2},? (?:and|&|to|vs\.?|versus) (\d{1,2})\b/g,
  ))
    add(m.index + m[0].length, Number(m[1]));
  for (const m of lower.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)\b/g)) add(m.index, Number(m[1]));
  for (const m of lower.matchAll(/\b([a-z]+)\b/g)) {
    const word = m[1] ?? "";
    if (word in ORDINAL_WORDS && word !== "last" && word !== "next") add(m.index, ORDINAL_WORDS[word]);
  }
  for (const m of lower.matchAll(/\b(?:latest|most recent|last)\b/g))
    add(m.index, latestHeldRound(kb)?.number);
  // "rounds 1 to 3", 「第1回から第3回」: every round of the span
  for (const m of text.matchAll(
    /\b(?:rounds?|meetings?|dialogues?|sessions?) (\d{1,2}) ?(?:to|through|thru|-|–) ?(\d{1,2})\b|第?(\d{1,2})回(?:目)?から第?(\d{1,2})回/gi,
  )) {
    const [a, b] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])];
    for (let n = Math.min(a, b); n <= Math.max(a, b) && n - Math.min(a, b) < 10; n++) add(m.index, n);
  }
  for (const m of text.matchAll(/第?\s*(\d{1,2})\s*回/g)) add(m.index, Number(m[1]));
  for (const m of text.matchAll(/\b((?:19|20)\d\d)\b|((?:19|20)\d\d)年/g)) {
    const year = Number(m[1] ?? m[2]);
    for (const r of roundsInYear(kb, year)) add(m.index, r.number);
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.n);
}

/** The comparison asked, or undefined when the question compares nothing. */
export function readComparison(
  kb: KnowledgeBase,
  question: string,
  context: TurnContext | undefined,
): Comparison | undefined {
  const text = cleanInput(question);
  const lower = text.toLowerCase();
  // "why the change?": a reason asked, which no source records — not a comparison
  if (/^\s*(?:(?:but|so|and|ok)\s+)?(?:why|how come)\b|^(?:なぜ|どうして|何で|なんで)/.test(lower))
    return undefined;
  const same = sameShort(lower, text);
  if (same !== undefined) return sameOfPrevious(kb, same, context);
  if (!COMPARE_EN.test(lower) && !COMPARE_JA.test(text)) return undefined;
  let rounds = namedRounds(kb, text);
  // the rounds of the previous turn: those it compared, or its round after the one asked before it ("who
  // chaired r2?" → "and r3?" → "any overlap?")
  const round = context?.query.round;
  const previous =
    context?.rounds ??
    (round === undefined ? [] : context?.earlier !== undefined ? [context.earlier, round] : [round]);
  const last = previous.at(-1);
  // "compared with the one before?", "what changed from the previous round?", 「前の回と比べて」
  const relative =
    /\b(?:previous|preceding|prior|earlier|one before|round before)\b|前の回|前回と|一つ前/.test(lower)
      ? -1
      : /\b(?:following|one after|round after|next one)\b|次の回|その次/.test(lower)
        ? 1
        : 0;
  if (rounds.length === 0 && last !== undefined && relative !== 0)
    rounds = [last + relative, last].sort((a, b) => a - b);
  else if (rounds.length === 1 && previous.length > 0 && !previous.includes(rounds[0] as number))
    rounds = [...previous.slice(-1), ...rounds];
  else if (rounds.length === 0 && previous.length > 1) rounds = [...previous];
  // "what changed?" about one round: since the round before it
  else if (rounds.length === 0 && last !== undefined && /chang|変わ|違/.test(lower))
    rounds = [last - 1, last];
  rounds = rounds.filter((n) => n >= 1);
  if (rounds.length < 2) return undefined;
  const named = (Object.keys(ASPECT_WORDS) as Aspect[]).filter(
    (a) => ASPECT_WORDS[a].test(lower) || ASPECT_WORDS[a].test(text),
  );
  // "how does that compare with the previous round?" after a question about co-chairs: the co-chairs
  const asked = context ? CONTEXT_ASPECTS[context.query.intent] : undefined;
  // (the co-chairs' titles compared are their titles, not who they were)
  const titled = named.includes("titles") ? named.filter((a) => a !== "cochairs") : named;
  const aspects = titled.length ? titled : (asked ?? []);
  const words = tokenise(text).map((t) => t.text);
  const side = detectSide(
    words,
    words.map(() => false),
    hasJapanese(text) ? compactKey(text) : "",
  );
  const out: Comparison = { rounds: rounds.slice(0, 5), aspects: aspects.length ? aspects : [...ASPECTS] };
  // a side asked before holds for what it applies to ("the Japanese co-chairs…" → "all the same title?")
  const sided = (a: Aspect) => a === "cochairs" || a === "titles" || a === "agencies";
  const sideOfContext =
    context?.query.side && (!named.length || out.aspects.every(sided)) ? context.query.side : undefined;
  if (side ?? sideOfContext) out.side = side ?? sideOfContext;
  const yesno =
    /^\s*(?:so |and |but )?(?:did|does|do|was|were|is|are|has|have|any|anything|anyone|anybody)\b/.test(
      lower,
    ) || /(?:か|の)[?？]*$/.test(text);
  if (yesno)
    out.yesno = /\bin common\b|\boverlap\w*|\bshared?\b|\bany(?:one|body)? (?:the )?same\b|共通|重複/.test(
      text.toLowerCase(),
    )
      ? "common"
      : /\bsame\b|同じ/.test(text.toLowerCase())
        ? "same"
        : "changed";
  return out;
}

/** "same person?" after two turns about two rounds: whether they share it (the side asked carried). */
function sameOfPrevious(
  kb: KnowledgeBase,
  aspect: Aspect | "one",
  context: TurnContext | undefined,
): Comparison | undefined {
  const round = context?.query.round;
  const side = context?.query.side;
  // (after the co-chairs across every round, "all the same title?": every round with one on record)
  const every =
    round === undefined && context?.query.intent === "cochairs"
      ? kb.rounds
          .filter((r) => cochairsOf(kb, r).some((c) => side === undefined || c.side === side))
          .map((r) => r.number)
      : [];
  const rounds =
    context?.rounds ??
    (round !== undefined && context?.earlier !== undefined ? [context.earlier, round] : every);
  if (rounds.length < 2) return undefined;
  const asked = aspect === "one" ? CONTEXT_ASPECTS[context?.query.intent ?? ""] : [aspect];
  if (!asked?.length) return undefined;
  const sided = asked.some((a) => a === "cochairs" || a === "titles" || a === "agencies") ? side : undefined;
  return { rounds: rounds.slice(0, 5), aspects: asked, yesno: "same", ...(sided ? { side: sided } : {}) };
}
