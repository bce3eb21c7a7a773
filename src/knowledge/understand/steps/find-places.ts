/**
 * Step 2c, places: the cities a question names (on record or not), or a country where a city would be
 * ("held in Japan", "日本で開催").
 */
import type { CityHit } from "../places.ts";
import type { Scan, Tools } from "./scan.ts";

const JAPAN: CityHit = { key: "japan", en: "Japan", ja: "日本", known: true };
const AUSTRALIA: CityHit = { key: "australia", en: "Australia", ja: "オーストラリア", known: true };

/** "held in Japan", "Australia hosted", "日本で": a country named as the place. */
function countryAsPlace(joined: string, japanese: string): "japan" | "australia" | undefined {
  const en =
    // ("in Japan's delegation", "in the Japan side" name a side, not a place)
    /\b(?:in|to|outside|than|except|besides) (japan|australia)\b(?!['’]s\b| (?:side|delegation|team|co-?chairs?|participants|agencies|officials)\b)/.exec(
      joined,
    )?.[1] ??
    /\b(japan|australia)\b(?: \w+){0,2} (?:host|hosted|hosts|hosting)\b/.exec(joined)?.[1] ??
    /\b(?:host|hosted|hosts|hosting)\b.{0,30}\b(?:by|in) (japan|australia)\b/.exec(joined)?.[1];
  if (en === "japan" || en === "australia") return en;
  if (/日本で|日本国内|日本が(?:主催|開催)/.test(japanese)) return "japan";
  if (/(?:オーストラリア|豪州)(?:で|が(?:主催|開催))/.test(japanese)) return "australia";
  return undefined;
}

export function findPlaces(scan: Scan, tools: Tools): void {
  scan.cityHits = tools.places.find(scan.words, scan.consumed, scan.japanese);
  if (scan.cityHits.length > 0) return;
  const country = countryAsPlace(scan.input.toLowerCase(), scan.japanese);
  if (country === "japan") scan.cityHits.push({ ...JAPAN });
  if (country === "australia") scan.cityHits.push({ ...AUSTRALIA });
}
