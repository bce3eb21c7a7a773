/**
 * Step 2d, rounds and sides: every reference to a round (numbers, ordinals, dates, months, "the latest",
 * "the one after the 2nd", a round described by its record) and the side a question names.
 */
import { detectSide } from "../entities.ts";
import { englishRoundMentions, japaneseRoundMentions, type RelatedMention } from "../rounds.ts";
import { SIDE_WORDS } from "../vocabulary.ts";
import type { Scan } from "./scan.ts";

/** "初回の次の回", "第2回の次の会合": the round after a round named, not what it announced. */
const JA_NEXT_OF_ROUND =
  /(第[0-9〇一二三四五六七八九十]{1,9}回|初回|最初の(?:回|会合|協議|会議))の次の(回|会合|協議|会議)/g;

/** The round a description names, as a round reference at the description's first word. */
function describedRound(scan: Scan): RelatedMention | undefined {
  const description = scan.description;
  if (!description) return undefined;
  const at = description.drop.size > 0 ? Math.min(...description.drop) : -1;
  return description.year !== undefined
    ? { mention: { kind: "date", year: description.year, strength: "strong", via: description.via }, at }
    : { mention: { kind: "number", n: description.round, strength: "strong", via: description.via }, at };
}

export function findRounds(scan: Scan): void {
  scan.japanese = scan.japanese.replace(JA_NEXT_OF_ROUND, "$1の後の$2");
  const drop = scan.description?.drop;
  scan.roundMentions.push(
    ...englishRoundMentions(scan.words).filter((m) => !drop?.has(m.at)),
    ...japaneseRoundMentions(scan.japanese),
  );
  const described = describedRound(scan);
  if (described) scan.roundMentions.unshift(described);
}

/**
 * The side a question names. "The round held in Australia": a country named as the place is where, not
 * whose side is asked — unless the side is named again ("Australia's co-chair at the round held in Japan").
 */
export function findSide(scan: Scan): void {
  const { words, japanese } = scan;
  const side = detectSide(words, scan.consumed, japanese);
  const countryPlace = scan.cityHits.find((c) => c.key === "japan" || c.key === "australia");
  const namedOnce =
    words.filter((w) => SIDE_WORDS[w] === side).length +
      (japanese.match(/日本|オーストラリア|豪州/g)?.length ?? 0) ===
    1;
  const onlyThePlace =
    side !== undefined &&
    countryPlace !== undefined &&
    SIDE_WORDS[countryPlace.key] === side &&
    namedOnce &&
    !/(?:日本|オーストラリア|豪州)側/.test(japanese);
  scan.side = onlyThePlace ? undefined : side;
}
