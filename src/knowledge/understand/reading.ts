/**
 * The reading of a question: what the reading steps found, typed and in order — every mention with where
 * it is (rounds in any form, dates, months, weekdays, places, people, organisations, terms, sides,
 * numbers), the question's form, and what is asked. Downstream code (claim checking, follow-ups) reads
 * this rather than the words again.
 */
import type { Intent, Locale, Side } from "../answer-types.ts";
import type { EntityRef } from "../indexes.ts";
import type { RelatedMention } from "./rounds.ts";
import type { Form } from "./steps/form.ts";
import type { Scan } from "./steps/scan.ts";
import { SIDE_WORDS } from "./vocabulary.ts";

export type { Form } from "./steps/form.ts";

/** Where a mention is: token indices [start, end) into `Reading.tokens`; absent when found in Japanese text. */
export interface Span {
  start: number;
  end: number;
}

export type Mention =
  | {
      kind: "person" | "organisation" | "term";
      id: string;
      /** every entity the words may name, when they name more than one */
      alternatives: EntityRef[];
      typed: string;
      corrected: boolean;
      span?: Span;
    }
  | {
      kind: "round";
      /** the reference: a number, "the latest", "the previous", "the first" */
      ref: { kind: "number"; n: number } | { kind: "latest" } | { kind: "previous" } | { kind: "first" };
      relation?: "after" | "before";
      strong: boolean;
      via: string;
      span?: Span;
    }
  | { kind: "date"; year: number; month?: number; day?: number; strong: boolean; via: string; span?: Span }
  | { kind: "month"; month: number; via: string; span?: Span }
  | { kind: "weekday"; day: string; span: Span }
  | { kind: "place"; key: string; en: string; ja?: string; known: boolean; span?: Span }
  | { kind: "side"; side: Side; span?: Span }
  | { kind: "number"; value: number; span: Span };

export interface Reading {
  /** the question after clean-up (mentions, instructions and impossible round numbers taken out) */
  text: string;
  locale: Locale;
  /** the words read: matching form (after spelling correction) and as typed */
  tokens: readonly { text: string; raw: string }[];
  /** the Japanese part of the question, once names were taken out of it */
  japanese: string;
  mentions: readonly Mention[];
  form: Form;
  /** what is asked */
  intent: Intent;
}

const at = (i: number): Span | undefined => (i >= 0 ? { start: i, end: i + 1 } : undefined);

function roundMention(m: RelatedMention): Mention {
  const { mention } = m;
  const strong = mention.strength === "strong";
  const span = m.span ?? at(m.at);
  const where = span ? { span } : {};
  if (mention.kind === "date")
    return {
      kind: "date",
      year: mention.year,
      month: mention.month,
      day: mention.day,
      strong,
      via: mention.via,
      ...where,
    };
  if (mention.kind === "month") return { kind: "month", month: mention.month, via: mention.via, ...where };
  const ref = mention.kind === "number" ? { kind: "number" as const, n: mention.n } : { kind: mention.kind };
  return {
    kind: "round",
    ref,
    strong,
    via: mention.via,
    ...(m.relation ? { relation: m.relation } : {}),
    ...where,
  };
}

/** The words that are a weekday, a side or a number (outside a round or date reference), with where they are. */
function wordMentions(scan: Scan): Mention[] {
  const out: Mention[] = [];
  const inReference = (i: number) =>
    scan.roundMentions.some((m) => m.span && m.span.start <= i && i < m.span.end);
  scan.words.forEach((w, i) => {
    if (inReference(i)) return;
    if (/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/.test(w))
      out.push({ kind: "weekday", day: w, span: { start: i, end: i + 1 } });
    const side = SIDE_WORDS[w];
    if (side && scan.side === side) out.push({ kind: "side", side, span: { start: i, end: i + 1 } });
    if (/^\d+$/.test(w)) out.push({ kind: "number", value: Number(w), span: { start: i, end: i + 1 } });
  });
  if (scan.side && !out.some((m) => m.kind === "side")) out.push({ kind: "side", side: scan.side });
  return out;
}

export function readingOf(scan: Scan): Reading {
  const entities: Mention[] = scan.mentions.map((m) => ({
    kind: m.ref.kind,
    id: m.ref.id,
    alternatives: m.alternatives,
    typed: m.typed,
    corrected: m.corrected,
    ...(m.start >= 0 ? { span: { start: m.start, end: m.end } } : {}),
  }));
  const places: Mention[] = scan.cityHits.map((c) => {
    const i = scan.words.indexOf(c.key);
    return {
      kind: "place",
      key: c.key,
      en: c.en,
      ...(c.ja ? { ja: c.ja } : {}),
      known: c.known,
      ...(i >= 0 ? { span: { start: i, end: i + 1 } } : {}),
    };
  });
  return {
    text: scan.input,
    locale: scan.locale,
    tokens: scan.tokens.map((t, i) => ({ text: scan.words[i] ?? t.text, raw: t.raw })),
    japanese: scan.japanese,
    mentions: [...entities, ...scan.roundMentions.map(roundMention), ...places, ...wordMentions(scan)],
    form: scan.form,
    intent: scan.intent,
  };
}
