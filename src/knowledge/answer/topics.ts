import { isKnown, latestRound, latestRoundRecording, roundByNumber } from "../queries.ts";
import type { Round, Text } from "../types.ts";
import { editDistance } from "../understand/fuzzy.ts";
import { quoteTyped } from "../understand/hostile.ts";
import { matchKey, tokenise } from "../understand/normalise.ts";
import { conflictNote, correctionNote, openRoundAnswer, suggest } from "./common.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import { joinList, localText, ordinal, pick, RoundName, roundName, roundWhenWhere } from "./format.ts";

/** Words too general to look for in a topic ("main", "important"). */
const VAGUE = new Set([
  "main",
  "key",
  "major",
  "important",
  "specific",
  "particular",
  "general",
  "issues",
  "issue",
  "things",
  "thing",
  "stuff",
  "matters",
  "matter",
  "anything",
  "something",
  "everything",
  "details",
  "list",
  "they",
  "them",
  "there",
  "officials",
  "both",
  "countries",
  "two",
  "sides",
]);

/** Does a topic mention a word or phrase (allowing plurals and small spelling differences)? */
const topicWordsCache = new WeakMap<Text, { words: string[]; key: string }>();

function topicWords(topic: Text): { words: string[]; key: string } {
  let cached = topicWordsCache.get(topic);
  if (!cached) {
    cached = {
      words: [...tokenise(topic.en ?? ""), ...tokenise(topic.ja ?? "")].map((t) => t.text),
      key: matchKey(topic.en ?? ""),
    };
    topicWordsCache.set(topic, cached);
  }
  return cached;
}

function mentions(topic: Text, word: string): boolean {
  const { words, key } = topicWords(topic);
  if (topic.ja?.includes(word)) return true;
  if (word.includes(" ")) return key.includes(word);
  const stem = word.length > 5 ? word.slice(0, Math.max(4, word.length - 2)) : word;
  return words.some(
    (w) =>
      w === word ||
      (stem.length >= 4 && w.startsWith(stem)) ||
      (word.length >= 6 &&
        w[0] === word[0] &&
        Math.abs(w.length - word.length) <= 1 &&
        editDistance(w, word, 1) <= 1),
  );
}

function matchingTopics(round: Round, words: string[]): Text[] {
  if (!isKnown(round.topics)) return [];
  return round.topics.value.filter((topic) => words.some((w) => mentions(topic, w)));
}

/** The words a topics question searches for: its content words and the term it names. */
function searchWordsOf(ctx: Ctx): string[] {
  const { kb, query, hints } = ctx;
  const words = (hints.topicWords ?? []).filter((w) => !VAGUE.has(w));
  const term = query.term ? kb.glossary.find((t) => t.id === query.term) : undefined;
  const termWords = term ? [term.term, ...term.aliases].map((a) => a.toLowerCase()) : [];
  return [...words, ...termWords];
}

/** How the asked topic is shown: the term by its own name (not every alias searched for), else the words. */
function askedLabel(ctx: Ctx, searchWords: string[]): string {
  const term = ctx.query.term ? ctx.kb.glossary.find((t) => t.id === ctx.query.term) : undefined;
  if (term) return term.term;
  const words = (ctx.hints.topicWords ?? []).filter((w) => !VAGUE.has(w));
  return (words.length > 0 ? words : searchWords).join(" ");
}

/** A topic across every round: "Was cybercrime ever discussed?", "Which round talked about the Olympics?" */
function topicAcrossRounds(ctx: Ctx, draft: Draft, searchWords: string[]): void {
  const { kb, locale, hints } = ctx;
  const rounds = kb.rounds.filter((r) => matchingTopics(r, searchWords).length > 0);
  const asked = quoteTyped(askedLabel(ctx, searchWords), 50);
  draft.title = pick(locale, `“${asked}” in the recorded topics`, `記録された議題の「${asked}」`);
  if (rounds.length === 0) {
    draft.say(
      pick(
        locale,
        `Not recorded — the recorded topics of the rounds on record do not mention “${asked}”. Topics are not recorded for every round.`,
        `記録されていません。記録されている議題に「${asked}」は含まれていません（議題が記録されていない回もあります）。`,
      ),
    );
    return;
  }
  for (const r of rounds) if (isKnown(r.topics)) draft.cite(r.topics.evidence);
  // "which round discussed the Olympics?" → "when was that?": the one round found is what follows up
  if (rounds.length === 1) draft.round = rounds[0]?.number ?? draft.round;
  draft.say(
    pick(
      locale,
      `${hints.yesno ? "Yes — " : ""}“${asked}” appears in the recorded topics of ${joinList(
        rounds.map((r) => roundName(r.number, locale)),
        locale,
      )}.`,
      `${hints.yesno ? "はい。" : ""}「${asked}」は${joinList(
        rounds.map((r) => `第${r.number}回`),
        locale,
      )}の議題として記録されています。`,
    ),
  );
  for (const r of rounds) {
    draft.section(
      pick(
        locale,
        `${RoundName(r.number, locale)} (${roundWhenWhere(r, locale)})`,
        `第${r.number}回（${roundWhenWhere(r, locale)}）`,
      ),
      matchingTopics(r, searchWords)
        .map((t) => `• ${localText(t, locale)}`)
        .join("\n"),
    );
  }
}

/** "What were the topics of each round?": every round, one section each. */
function everyRoundsTopics(ctx: Ctx, draft: Draft): void {
  const { kb, locale } = ctx;
  draft.title = pick(locale, "Topics of the rounds on record", "各回の議題");
  const missing: string[] = [];
  for (const r of kb.rounds) {
    const where = roundWhenWhere(r, locale);
    const heading = pick(
      locale,
      `${RoundName(r.number, locale)}${where ? ` (${where})` : ""}`,
      `第${r.number}回${where ? `（${where}）` : ""}`,
    );
    if (isKnown(r.topics)) {
      draft.cite(r.topics.evidence);
      draft.section(heading, r.topics.value.map((t) => `• ${localText(t, locale)}`).join("\n"));
    } else missing.push(pick(locale, `the ${ordinal(r.number)}`, `第${r.number}回`));
  }
  draft.say(
    missing.length
      ? pick(
          locale,
          `The topics of ${joinList(missing, locale)} round${missing.length === 1 ? "" : "s"} are not recorded.`,
          `${missing.join("・")}の議題は記録されていません。`,
        )
      : pick(locale, "Recorded topics of every round:", "各回の議題："),
  );
}

/** "Was cybercrime discussed at round 2?", "what did it say about cybercrime?": one round's topics searched. */
function topicAtRound(ctx: Ctx, draft: Draft, round: Round, searchWords: string[]): void {
  const { locale } = ctx;
  const found = matchingTopics(round, searchWords);
  const asked = quoteTyped(searchWords.join(" "), 50);
  if (!isKnown(round.topics)) {
    draft.say(
      pick(
        locale,
        `Not recorded — the topics of ${roundName(round.number, locale)} are not recorded in the knowledge base.`,
        `記録されていません。第${round.number}回の議題は記録されていません。`,
      ),
    );
    return;
  }
  draft.cite(round.topics.evidence);
  const list = (open: string, close: string) =>
    joinList(
      found.map((t) => `${open}${localText(t, locale)}${close}`),
      locale,
    );
  draft.say(
    found.length > 0
      ? pick(
          locale,
          `${ctx.hints.yesno ? "Yes — t" : "T"}he recorded topics of ${roundName(round.number, locale)} include ${list("“", "”")}.`,
          `${ctx.hints.yesno ? "はい。" : ""}第${round.number}回の議題には${list("「", "」")}が含まれています。`,
        )
      : pick(
          locale,
          `Not recorded — the recorded topics of ${roundName(round.number, locale)} do not mention “${asked}”.`,
          `記録されていません。第${round.number}回の記録された議題に「${asked}」は含まれていません。`,
        ),
  );
}

/** One round's recorded topics (or that they are not recorded, and which round has them). */
function roundTopics(ctx: Ctx, draft: Draft, round: Round, checked: boolean): void {
  const { kb, locale } = ctx;
  if (isKnown(round.topics)) {
    draft.cite(round.topics.evidence);
    if (!checked) {
      draft.say(
        pick(
          locale,
          `Topics recorded for ${roundName(round.number, locale)}:`,
          `第${round.number}回の議題として記録されている内容：`,
        ),
      );
    }
    draft.section(
      pick(locale, "Topics", "議題"),
      round.topics.value.map((t) => `• ${localText(t, locale)}`).join("\n"),
    );
    return;
  }
  if (checked) return;
  draft.say(
    pick(
      locale,
      `The topics of ${roundName(round.number, locale)} are not recorded in the knowledge base.`,
      `第${round.number}回の議題は記録されていません。`,
    ),
  );
  const recorded = latestRoundRecording(kb, "topics");
  if (recorded) {
    draft.say(
      pick(
        locale,
        `The latest round with topics on record is the ${ordinal(recorded.number)}.`,
        `議題が記録されている最新の回は第${recorded.number}回です。`,
      ),
    );
    suggest(draft, locale, { intent: "topics", round: recorded.number });
  }
}

export function composeTopics(ctx: Ctx, draft: Draft): void {
  const { kb, locale, query, hints } = ctx;
  const named = roundByNumber(kb, query.round);
  const searchWords = searchWordsOf(ctx);
  const anyMatch = kb.rounds.some((r) => matchingTopics(r, searchWords).length > 0);
  if (!named && searchWords.length > 0 && (hints.yesno || anyMatch)) {
    topicAcrossRounds(ctx, draft, searchWords);
    return;
  }
  if (!named && hints.acrossRounds && searchWords.length === 0) {
    everyRoundsTopics(ctx, draft);
    return;
  }
  const round: Round | undefined = named ?? latestRoundRecording(kb, "topics");
  if (!round) {
    draft.title = pick(locale, "Topics", "議題");
    draft.say(pick(locale, "No topics are recorded in the knowledge base.", "議題は記録されていません。"));
    return;
  }
  openRoundAnswer(ctx, draft, round, named !== undefined, {
    en: "Topics",
    ja: "議題",
    recorded: { en: "whose topics are on record", ja: "議題が" },
  });
  // "was ransomware discussed?", "what did round 3 say about ransomware?": the subject searched for first
  const checked = searchWords.length > 0;
  if (checked) topicAtRound(ctx, draft, round, searchWords);
  roundTopics(ctx, draft, round, checked);
  if (isKnown(round.outcome)) {
    draft.cite(round.outcome.evidence);
    draft.section(pick(locale, "Outcome", "成果"), localText(round.outcome.value, locale));
  }
  const latest = latestRound(kb);
  if (!named && latest && latest.number !== round.number) {
    draft.say(
      pick(
        locale,
        `(The topics of the ${ordinal(latest.number)} round, the latest on record, are not recorded.)`,
        `（記録上最新の第${latest.number}回の議題は記録されていません。）`,
      ),
    );
  }
  draft.say(conflictNote(ctx, round));
  draft.say(correctionNote(ctx));
}
