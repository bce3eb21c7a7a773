/**
 * Places in a question: the cities the knowledge base names (in either language), other cities people may
 * name (a round "in Sydney" is a round not on record).
 */
import type { KnowledgeBase } from "../load.ts";
import { knownCities } from "../queries.ts";
import { compactKey, hasJapanese } from "./normalise.ts";
import { OTHER_CITIES } from "./vocabulary.ts";

export interface CityHit {
  key: string;
  en: string;
  ja?: string;
  known: boolean;
}

export class Places {
  readonly cities: CityHit[];

  constructor(kb: KnowledgeBase) {
    const cities = new Map<string, CityHit>();
    for (const place of knownCities(kb)) {
      const en = place.city.en ?? place.city.ja ?? "";
      for (const name of [place.city.en, place.city.ja]) {
        if (name) {
          cities.set(compactKey(name), {
            key: compactKey(name),
            en,
            ...(place.city.ja ? { ja: place.city.ja } : {}),
            known: true,
          });
        }
      }
    }
    for (const [key, display] of Object.entries(OTHER_CITIES)) {
      if (!cities.has(key)) cities.set(key, { key, en: display, known: false });
    }
    this.cities = [...cities.values()];
  }

  isCity(word: string): boolean {
    return this.cities.some((c) => c.key === word);
  }

  /** The cities a question names ("Tokyo 2020" is the Olympics, not a city). */
  find(words: string[], consumed: boolean[], japaneseRest: string): CityHit[] {
    const out: CityHit[] = [];
    const push = (city: CityHit) => {
      if (!out.some((c) => c.en === city.en)) out.push(city);
    };
    for (let i = 0; i < words.length; i++) {
      if (consumed[i]) continue;
      const city = this.cities.find((c) => c.key === words[i]);
      const next = words[i + 1];
      if (city && !(next === "2020" || next === "olympic" || next === "olympics" || next === "paralympic"))
        push(city);
    }
    if (japaneseRest) {
      for (const city of this.cities) {
        if (!hasJapanese(city.key)) continue;
        const at = japaneseRest.indexOf(city.key);
        if (at < 0) continue;
        const after = japaneseRest.slice(at + city.key.length);
        if (/^(?:オリンピック|五輪|パラリンピック|2020)/.test(after)) continue;
        push(city);
      }
    }
    return out;
  }
}
