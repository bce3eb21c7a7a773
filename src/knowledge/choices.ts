/**
 * Autocomplete choices for round and organisation options: any form of reference, partial input, ≤ 25.
 */

import { roundLine } from "./answer/common.ts";
import { ordinal } from "./answer/format.ts";
import type { Choice, Locale } from "./answer-types.ts";
import type { NameIndex } from "./indexes.ts";
import type { KnowledgeBase } from "./load.ts";
import { announcementOf, isKnown, latestRound } from "./queries.ts";
import type { Organisation, Round } from "./types.ts";
import { cleanInput, matchKey } from "./understand/normalise.ts";
import { englishRoundMentions, japaneseRoundMentions } from "./understand/rounds.ts";
import { ORDINAL_WORDS } from "./understand/vocabulary.ts";

export const MAX_CHOICES = 25;
const MAX_NAME = 100;

const KANJI = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

interface RoundEntry {
  round: Round;
  label: { en: string; ja: string };
  keywords: string[];
}

export class RoundChoices {
  readonly #entries: RoundEntry[];
  readonly #kb: KnowledgeBase;

  constructor(kb: KnowledgeBase) {
    this.#kb = kb;
    const latest = latestRound(kb);
    this.#entries = kb.rounds.map((round) => {
      const n = round.number;
      const label = (locale: Locale) => {
        const line = roundLine(kb, round, locale);
        const rest = line.slice(line.indexOf(" — "));
        return locale === "ja" ? `第${n}回${rest.replace("、", " ")}` : `Round ${n}${rest}`;
      };
      const keywords = [
        String(n),
        ordinal(n),
        `round ${n}`,
        `#${n}`,
        `第${n}回`,
        `${n}回目`,
        `第${KANJI[n] ?? n}回`,
      ];
      const word = Object.entries(ORDINAL_WORDS).find(
        ([w, v]) => v === n && !["initial", "opening", "founding"].includes(w),
      );
      if (word) keywords.push(word[0]);
      if (n === kb.rounds[0]?.number) keywords.push("first", "inaugural", "初回", "最初");
      if (latest && n === latest.number)
        keywords.push("latest", "last", "most recent", "recent", "newest", "最新", "直近", "前回");
      if (isKnown(round.date)) keywords.push(String(round.date.value.year));
      if (isKnown(round.place))
        keywords.push(
          ...[round.place.value.city.en, round.place.value.city.ja].filter((c): c is string => !!c),
        );
      const announced = announcementOf(kb, n);
      if (announced?.announced.date) keywords.push(String(announced.announced.date.year));
      return {
        round,
        label: { en: label("en"), ja: label("ja") },
        keywords: keywords.map((k) => matchKey(k)),
      };
    });
  }

  choices(partial: unknown, locale: Locale): Choice[] {
    const text = cleanInput(typeof partial === "string" ? partial : "", 100);
    const key = matchKey(text);
    const toChoice = (e: RoundEntry): Choice => ({
      name: e.label[locale].slice(0, MAX_NAME),
      value: String(e.round.number),
    });
    if (!key) return this.#entries.slice(0, MAX_CHOICES).map(toChoice);
    const resolved = this.#resolve(text, key);
    const scored: { entry: RoundEntry; score: number }[] = [];
    for (const entry of this.#entries) {
      let score = Number.POSITIVE_INFINITY;
      if (resolved.includes(entry.round.number)) score = 0;
      else if (entry.keywords.some((k) => k === key)) score = 1;
      else if (entry.keywords.some((k) => k.startsWith(key))) score = 2;
      else if (matchKey(entry.label.en).includes(key) || matchKey(entry.label.ja).includes(key)) score = 3;
      if (Number.isFinite(score)) scored.push({ entry, score });
    }
    return scored
      .sort((a, b) => a.score - b.score || a.entry.round.number - b.entry.round.number)
      .slice(0, MAX_CHOICES)
      .map((s) => toChoice(s.entry));
  }

  /** Rounds a complete reference names ("2nd", "2016", "第2回", "latest"). */
  #resolve(text: string, key: string): number[] {
    const kb = this.#kb;
    const mentions = [
      ...englishRoundMentions(key.split(" ")),
      ...japaneseRoundMentions(text.replace(/\s+/g, "")),
    ];
    const out: number[] = [];
    for (const { mention } of mentions) {
      if (mention.kind === "number") out.push(mention.n);
      else if (mention.kind === "first" && kb.rounds[0]) out.push(kb.rounds[0].number);
      else if (mention.kind === "latest") {
        const latest = latestRound(kb);
        if (latest) out.push(latest.number);
      } else if (mention.kind === "date") {
        for (const r of kb.rounds)
          if (isKnown(r.date) && r.date.value.year === mention.year) out.push(r.number);
      }
    }
    if (/^\d{1,3}$/.test(key)) out.push(Number(key));
    return out;
  }
}

export class OrganisationChoices {
  readonly #orgs: Organisation[];
  readonly #index: NameIndex;

  constructor(kb: KnowledgeBase, index: NameIndex) {
    this.#index = index;
    this.#orgs = [...kb.organisations.values()].sort(
      (a, b) => a.country.localeCompare(b.country) * -1 || (a.name.en ?? "").localeCompare(b.name.en ?? ""),
    );
  }

  label(org: Organisation, locale: Locale): string {
    const country =
      org.country === "JP"
        ? locale === "ja"
          ? "日本"
          : "Japan"
        : locale === "ja"
          ? "オーストラリア"
          : "Australia";
    const name = locale === "ja" ? (org.name.ja ?? org.name.en) : (org.name.en ?? org.name.ja);
    const acronym = org.acronym ? (locale === "ja" ? `（${org.acronym}）` : ` (${org.acronym})`) : "";
    return `${name}${acronym} — ${country}`.slice(0, MAX_NAME);
  }

  choices(partial: unknown, locale: Locale): Choice[] {
    const text = cleanInput(typeof partial === "string" ? partial : "", 100);
    const key = matchKey(text).replace(/^the /, "");
    const toChoice = (org: Organisation): Choice => ({ name: this.label(org, locale), value: org.id });
    if (!key) return this.#orgs.slice(0, MAX_CHOICES).map(toChoice);
    const score = new Map<string, number>();
    const note = (id: string, s: number) => {
      if (s < (score.get(id) ?? Number.POSITIVE_INFINITY)) score.set(id, s);
    };
    for (const org of this.#orgs) {
      if (org.id === key) note(org.id, 0);
      for (const form of this.#index.formsOf({ kind: "organisation", id: org.id })) {
        if (form.key === key || form.compact === key.replace(/\s+/g, "")) note(org.id, 0);
        else if (form.key.startsWith(key) || form.compact.startsWith(key.replace(/\s+/g, "")))
          note(org.id, 1);
        else if (form.key.includes(key) || form.compact.includes(key.replace(/\s+/g, ""))) note(org.id, 2);
      }
    }
    // Misspelt or reordered names: only a verified match, never a near miss ("AFP" is not the MOD).
    if (score.size === 0) {
      const hit = this.#index.lookup(text, ["organisation"]);
      if (hit) note(hit.ref.id, 3);
    }
    return this.#orgs
      .filter((o) => score.has(o.id))
      .sort((a, b) => (score.get(a.id) ?? 9) - (score.get(b.id) ?? 9))
      .slice(0, MAX_CHOICES)
      .map(toChoice);
  }
}
