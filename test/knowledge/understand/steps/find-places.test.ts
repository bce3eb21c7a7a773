import { describe, expect, it } from "vitest";
import { findPlaces } from "../../../../src/knowledge/understand/steps/find-places.ts";
import { scanUpTo } from "./helpers.ts";

const places = (q: string) => scanUpTo(q, findPlaces).scan.cityHits.map((c) => c.key);

describe("step: places", () => {
  it("finds cities on record and off it, in either language", () => {
    expect(places("Was round 2 held in Tokyo?")).toEqual(["tokyo"]);
    expect(places("Was a round held in Sydney?")).toEqual(["sydney"]);
    expect(places("東京で開催された回は？").length).toBe(1);
  });
  it("reads a country where a city would be", () => {
    expect(places("Which rounds were held in Japan?")).toEqual(["japan"]);
    expect(places("日本で開催された回は？")).toEqual(["japan"]);
  });
  it("finds no place where none is named, and not a country that is a side", () => {
    expect(places("who co-chaired round 3")).toEqual([]);
    expect(places("Who led the Japanese delegation?")).toEqual([]);
  });
});

describe("a country's possessive names a side, not a place", () => {
  it("'in Japan's delegation' is not a place; 'held in Japan' is", () => {
    expect(scanUpTo("Was NPA in Japan's delegation at round 1?", findPlaces).scan.cityHits).toEqual([]);
    expect(scanUpTo("Was any round held in Japan?", findPlaces).scan.cityHits.length).toBe(1);
  });
});
