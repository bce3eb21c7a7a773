/**
 * Several questions in one: clauses ("who co-chaired round 2? where was it held?", "who were the co-chairs
 * and what were the topics at round 3?", 「第3回はどこ？あと共同議長は？」) and aspects joined by a
 * conjunction ("the date and co-chairs of round 2", 「第2回の日時と共同議長を教えて」).
 */
import type { Intent, Side } from "../answer-types.ts";
import { cleanInput } from "../understand/normalise.ts";

export interface Part {
  /** the clause the part is read from */
  text: string;
  /** the aspect asked, when the clause asks several things joined by a conjunction */
  intent?: Intent;
  /** the side named with that aspect ("the co-chairs and the Australian agencies": agencies of Australia only) */
  side?: Side | null;
}

/** How a clause that asks starts: a question word, or a request ("list…", "tell me…", "name…"). */
const WH =
  "(?:who|whom|what|whats|what's|when|where|which|how|did|was|were|is|are|does|do|has|have|list|name|describe|explain|(?:tell|give|show) (?:me|us))";
/** Where a clause ends and another starts (English). */
const CLAUSE_EN = new RegExp(
  `\\s*[?;]\\s+(?=\\S)|\\s+\\+\\s+(?=\\S)|\\s*,?\\s+\\b(?:and|also|plus|and also)\\s+(?=${WH}\\b)|\\s*,\\s+(?=${WH}\\b)`,
  "gi",
);
/** Where a clause ends and another starts (Japanese; 「第2回の開催地と、第3回の共同議長」: each its own round). */
const CLAUSE_JA =
  /[?？。]\s*(?=\S)|、?(?:それと|あと|それから|また|さらに)、?(?=\S)|(?<!回)と、?(?=第[0-9０-９一二三四五六七八九十]+回)/g;

/** "is that when the meeting was?", "was that right?": a question about the statement just before it. */
const REFERS_BACK = /^(?:so |and |but )?(?:is|was|are|were) (?:that|this|it)\b/i;

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;
const ja = (s: string) => /[\u3040-\u30ff\u3400-\u9fff]/.test(s);

const ASKS = new RegExp(`^(?:(?:and|also|so|ok|okay|then|plus)\\s+)*${WH}\\b`, "i");

/** A piece that asks, after a label it may start with ("Round 5: where"). */
const asks = (piece: string) => ASKS.test(piece.replace(/^[^:：?]{1,30}[:：]\s*/, ""));

/** The pieces between separators; a comma or "and" splits only after a piece that is a question itself. */
function pieces(text: string): string[] {
  if (ja(text)) return text.split(CLAUSE_JA).map((p) => p.trim());
  const cut: { text: string; asked: boolean }[] = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_EN)) {
    const piece = text.slice(from, m.index).trim();
    const hard = /[?;+]/.test(m[0]);
    if (!hard && !asks(piece)) continue;
    cut.push({ text: piece, asked: m[0].includes("?") || asks(piece) });
    from = m.index + m[0].length;
  }
  const rest = text.slice(from).trim();
  cut.push({ text: rest, asked: /\?\s*$/.test(rest) || asks(rest) });
  // a piece that asks nothing ("…? japan's police agency i mean") says more about the one before it; a
  // statement followed by "is that when…?" is one question about it
  const out: string[] = [];
  cut.forEach((piece, i) => {
    const statedBefore = i > 0 && !cut[i - 1]?.asked && REFERS_BACK.test(piece.text);
    if ((!piece.asked || statedBefore) && out.length > 0)
      out[out.length - 1] = `${out.at(-1)} — ${piece.text}`;
    else out.push(piece.text);
  });
  return out;
}

export function splitClauses(question: string): string[] {
  const clauses: string[] = [];
  for (const piece of pieces(cleanInput(question))) {
    if (!piece) continue;
    const last = clauses.at(-1);
    // "when and where", "who and what": a piece of a word or two belongs to the clause after it
    if (last !== undefined && (ja(last) ? last.length < 2 : countWords(last) < 2))
      clauses[clauses.length - 1] = `${last} and ${piece}`;
    else clauses.push(piece);
  }
  return clauses.filter((c) => /[\p{L}\p{N}]/u.test(c));
}

/** Aspect words and the intent each asks (when and where are one aspect: the round's date and place). */
const ASPECT_INTENTS: { intent: Intent; words: RegExp }[] = [
  { intent: "cochairs", words: /\bco-?chair(?:s|ed|persons?)?\b|\bchairs\b|共同議長|議長/gi },
  {
    intent: "agencies",
    words:
      /\b(?:agencies|organi[sz]ations|ministries|departments|participants|attendees|delegations?)\b|参加機関|参加省庁|出席者|参加者|機関/gi,
  },
  {
    intent: "when_where",
    words: /\b(?:date|dates|venue|location|place|city)\b|日時|日付|開催日|場所|開催地/gi,
  },
  {
    intent: "topics",
    words: /\b(?:topics?|agenda|themes?|subjects?|outcomes?)\b|議題|テーマ|話題|成果|協議内容/gi,
  },
];
/** A side named just before an aspect word ("the Australian agencies", 「豪州側の参加機関」). */
const SIDE_BEFORE: [RegExp, Side][] = [
  [/\b(?:australian|aussie|australia's|au)\s+$|(?:豪州|豪|オーストラリア)側の?$/i, "AU"],
  [/\b(?:japanese|japan's|jp)\s+$|日本側の?$/i, "JP"],
];
const sideBefore = (text: string): Side | null => SIDE_BEFORE.find(([p]) => p.test(text))?.[1] ?? null;

/**
 * What may stand between two aspects joined: "and", ",", "&", "と", "や", "、", "及び" (with "the" or "which", and
 * a side: "and the Australian …", "、豪州側の").
 */
const JOIN =
  /^(?:,|&|\+|and|plus|as well as|along with|と、?|や、?|、|・|及び|および|,\s*and)(?:\s+(?:the|which|what))?(?:\s*(?:australian|aussie|japanese|australia's|japan's|(?:豪州|豪|オーストラリア|日本)側の?))?$/i;

/** The aspects a clause asks, joined by conjunctions, in order, each with the side named with it; one or none gives []. */
export function aspectsOf(clause: string): { intent: Intent; side: Side | null }[] {
  const hits: { at: number; end: number; intent: Intent }[] = [];
  for (const { intent, words } of ASPECT_INTENTS)
    for (const m of clause.matchAll(words)) hits.push({ at: m.index, end: m.index + m[0].length, intent });
  hits.sort((a, b) => a.at - b.at);
  const chain: { intent: Intent; side: Side | null }[] = [];
  const add = (hit: { at: number; intent: Intent }) => {
    if (!chain.some((c) => c.intent === hit.intent))
      chain.push({ intent: hit.intent, side: sideBefore(clause.slice(Math.max(0, hit.at - 24), hit.at)) });
  };
  for (let i = 1; i < hits.length; i++) {
    const a = hits[i - 1];
    const b = hits[i];
    if (!a || !b || a.intent === b.intent) continue;
    if (!JOIN.test(clause.slice(a.end, b.at).trim())) continue;
    add(a);
    add(b);
  }
  return chain.length >= 2 ? chain : [];
}

/** The parts of a question asking several things; fewer than two means it asks one thing. */
export function splitQuestion(question: string): Part[] {
  const parts: Part[] = [];
  for (const clause of splitClauses(question).slice(0, 6)) {
    const aspects = aspectsOf(clause);
    if (aspects.length === 0) parts.push({ text: clause });
    else for (const { intent, side } of aspects) parts.push({ text: clause, intent, side });
  }
  return parts.slice(0, 6);
}
