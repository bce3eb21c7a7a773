/**
 * Search over rounds, organisations, people, topics and glossary terms: exact keyword first, then
 * substring, then fuzzy (fuse.js), best first.
 */

import { localText, organisationName, personName, roundWhenWhere } from "./answer/format.ts";
import type { Locale, SearchHit } from "./answer-types.ts";
import type { RoundChoices } from "./choices.ts";
import { type NameForm, type NameIndex, wordsCovered } from "./indexes.ts";
import type { KnowledgeBase } from "./load.ts";
import { isKnown, roundByNumber } from "./queries.ts";
import { cleanInput, matchKey } from "./understand/normalise.ts";

interface TopicEntry {
  round: number;
  index: number;
  text: { en?: string; ja?: string };
  key: string;
}

export class Searcher {
  readonly #kb: KnowledgeBase;
  readonly #index: NameIndex;
  readonly #rounds: RoundChoices;
  readonly #topics: TopicEntry[] = [];

  constructor(kb: KnowledgeBase, index: NameIndex, rounds: RoundChoices) {
    this.#kb = kb;
    this.#index = index;
    this.#rounds = rounds;
    for (const round of kb.rounds) {
      if (!isKnown(round.topics)) continue;
      round.topics.value.forEach((text, i) => {
        this.#topics.push({
          round: round.number,
          index: i,
          text,
          key: matchKey(`${text.en ?? ""} ${text.ja ?? ""}`),
        });
      });
    }
  }

  search(raw: unknown, limit: number, locale: Locale): SearchHit[] {
    const text = cleanInput(typeof raw === "string" ? raw : "", 200);
    const key = matchKey(text);
    if (!key) return [];
    const max = Math.max(1, Math.min(Number.isFinite(limit) ? Math.floor(limit) : 10, 25));
    const scored: { hit: SearchHit; score: number }[] = [];
    const add = (hit: SearchHit, score: number) => {
      const existing = scored.find((s) => s.hit.kind === hit.kind && s.hit.id === hit.id);
      if (existing) existing.score = Math.min(existing.score, score);
      else scored.push({ hit, score });
    };

    // Rounds: any reference the round autocomplete understands.
    for (const [i, choice] of this.#rounds.choices(text, locale).entries()) {
      const n = Number(choice.value);
      const round = roundByNumber(this.#kb, n);
      if (!round) continue;
      const exact = matchKey(choice.value) === key || i === 0;
      add(
        {
          kind: "round",
          id: String(n),
          label: choice.name,
          detail: roundWhenWhere(round, locale),
          query: { intent: "round_overview", round: n },
        },
        exact ? 0.05 : 1.5,
      );
      if (i >= 4) break;
    }

    // Names: exact, then substring, then fuzzy.
    const compact = key.replace(/\s+/g, "");
    for (const form of this.#index.forms) {
      if (form.key === key || form.compact === compact) add(this.#entityHit(form, locale), 0);
      else if (key.length >= 2 && (form.key.split(" ").includes(key) || form.key.startsWith(key)))
        add(this.#entityHit(form, locale), 0.2);
      else if (key.length >= 3 && (form.key.includes(key) || form.compact.includes(compact)))
        add(this.#entityHit(form, locale), 0.4);
    }
    const verified = this.#index.lookup(text);
    if (verified) add(this.#entityHit(verified.form, locale), 0.1 + verified.score / 2);
    for (const { form, score } of this.#index.search(text, 10)) {
      if (score <= 0.25 || wordsCovered(key, form.key)) add(this.#entityHit(form, locale), 1 + score);
    }

    // Topics: every word of the query in the topic (substring), then any.
    const words = key.split(" ").filter((w) => w.length >= 3);
    for (const topic of this.#topics) {
      const all = words.length > 0 && words.every((w) => topic.key.includes(w));
      const some = words.some((w) => topic.key.includes(w));
      if (!all && !some && !topic.key.includes(key)) continue;
      add(
        {
          kind: "topic",
          id: `round-${topic.round}-topic-${topic.index + 1}`,
          label: localText(topic.text, locale).slice(0, 100),
          detail: locale === "ja" ? `第${topic.round}回の議題` : `Topic of round ${topic.round}`,
          query: { intent: "topics", round: topic.round },
        },
        topic.key.includes(key) ? 0.3 : all ? 0.5 : 1.2,
      );
    }
    return scored
      .sort((a, b) => a.score - b.score)
      .slice(0, max)
      .map((s) => s.hit);
  }

  #entityHit(form: NameForm, locale: Locale): SearchHit {
    const kb = this.#kb;
    const { kind, id } = form.ref;
    if (kind === "organisation") {
      const org = kb.organisations.get(id);
      return {
        kind: "organisation",
        id,
        label: org ? organisationName(org, locale) : id,
        detail: org
          ? org.country === "JP"
            ? locale === "ja"
              ? "日本"
              : "Japan"
            : locale === "ja"
              ? "オーストラリア"
              : "Australia"
          : "",
        query: { intent: "glossary", organisation: id },
      };
    }
    if (kind === "person") {
      const person = kb.people.get(id);
      const role = person?.roles[0];
      return {
        kind: "person",
        id,
        label: person ? personName(person, locale) : id,
        detail: role ? localText(role.title, locale) : "",
        query: { intent: "person", person: id },
      };
    }
    const term = kb.glossary.find((t) => t.id === id);
    return {
      kind: "term",
      id,
      label: term?.term ?? id,
      detail: term ? localText(term.expansion, locale).slice(0, 100) : "",
      query: { intent: "glossary", term: id },
    };
  }
}
