/**
 * An answer being written: its parts, the evidence it rests on, and the finishing step that makes it
 * safe and bounded (no live mentions, Discord's limits) and turns evidence into source references.
 */
import type { Answer, AnswerSection, Intent, Locale, Query, SourceRef, Suggestion } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import type { Evidence } from "../types.ts";
import { neutraliseMentions } from "../understand/hostile.ts";
import { truncate } from "../understand/normalise.ts";

export const LIMITS = {
  title: 256,
  text: 4000,
  sections: 25,
  heading: 256,
  body: 1024,
  label: 80,
  suggestions: 5,
};

export class Draft {
  intent: Intent;
  round: number | null = null;
  title = "";
  readonly paragraphs: string[] = [];
  readonly sections: AnswerSection[] = [];
  readonly suggestions: Suggestion[] = [];
  confidence: "high" | "low" = "high";
  readonly #sources: string[] = [];
  readonly #cited = new Set<string>();

  constructor(intent: Intent) {
    this.intent = intent;
  }

  /** Adds a paragraph of the answer's text. */
  say(text: string): this {
    if (text) this.paragraphs.push(text);
    return this;
  }

  section(heading: string, body: string): this {
    if (heading && body) this.sections.push({ heading, body });
    return this;
  }

  /** Records the sources of the evidence a fact in the answer rests on. */
  cite(evidence: Evidence[] | undefined): this {
    for (const e of evidence ?? []) this.#addSource(e.source);
    return this;
  }

  /** Records sources by id (when merging another draft). */
  citeIds(ids: readonly string[]): this {
    for (const id of ids) this.#addSource(id);
    return this;
  }

  #addSource(id: string): void {
    if (this.#cited.has(id)) return;
    this.#cited.add(id);
    this.#sources.push(id);
  }

  suggest(label: string, query: Query): this {
    if (!this.suggestions.some((s) => s.label === label)) this.suggestions.push({ label, query });
    return this;
  }

  get sourceIds(): readonly string[] {
    return this.#sources;
  }

  finish(kb: KnowledgeBase, question: string, locale: Locale): Answer {
    const clean = (text: string, max: number) => truncate(neutraliseMentions(text), max);
    const sources: SourceRef[] = [];
    for (const id of this.#sources) {
      const source = kb.sources.get(id);
      if (source)
        sources.push({ id: source.id, title: source.title, publisher: source.publisher, url: source.url });
    }
    const text = this.paragraphs.join(locale === "ja" ? "" : " ").replace(/ {2,}/g, " ");
    // A yes/no answer leads with its verdict, in the title too (it is what a reader sees first).
    const verdict =
      /^(Yes|No|Not recorded)(?:, [^—]{1,20})? — /.exec(text)?.[1] ??
      /^(はい|いいえ|記録されていません)。/.exec(text)?.[1];
    const title =
      verdict && !this.title.startsWith(verdict)
        ? `${verdict}${locale === "ja" ? "：" : " — "}${this.title}`
        : this.title;
    return {
      question,
      intent: this.intent,
      round: this.round,
      locale,
      title: clean(title, LIMITS.title),
      text: clean(text, LIMITS.text),
      sections: this.sections.slice(0, LIMITS.sections).map((s) => ({
        heading: clean(s.heading, LIMITS.heading),
        body: clean(s.body, LIMITS.body),
      })),
      sources,
      confidence: this.confidence,
      suggestions: this.suggestions
        .slice(0, LIMITS.suggestions)
        .map((s) => ({ ...s, label: clean(s.label, LIMITS.label) })),
    };
  }
}
