import { describe, expect, it } from "vitest";
import { findDates, findWeekdays, weekdayOf } from "../../../src/knowledge/claims/dates.ts";

const dates = (text: string) => findDates(text).map((d) => d.date);

describe("dates asserted in a question", () => {
  it.each([
    ["held on 8 August 2016?", { year: 2016, month: 8, day: 8 }],
    ["on August 8, 2016", { year: 2016, month: 8, day: 8 }],
    ["on the 8th of August 2016", { year: 2016, month: 8, day: 8 }],
    ["on 2016-08-02", { year: 2016, month: 8, day: 2 }],
    ["was 8/8/2016 right", { year: 2016, month: 8, day: 8 }],
    ["on 2/8/2016", { year: 2016, month: 8, day: 2 }],
    ["on 8/13/2016", { year: 2016, month: 8, day: 13 }],
    ["13 feb 2015", { year: 2015, month: 2, day: 13 }],
    ["in August 2016", { year: 2016, month: 8 }],
    ["in 2017", { year: 2017 }],
    ["on 2 August", { month: 8, day: 2 }],
    ["2016年8月8日でしたっけ", { year: 2016, month: 8, day: 8 }],
    ["平成28年8月2日", { year: 2016, month: 8, day: 2 }],
    ["8月2日に", { month: 8, day: 2 }],
    ["2023年12月", { year: 2023, month: 12 }],
  ])("%s", (text, date) => {
    expect(dates(text)).toEqual([date]);
  });

  it("finds none in round numbers, counts or the Tokyo 2020 Olympics", () => {
    expect(dates("Was round 2 co-chaired by Feakin?")).toEqual([]);
    expect(dates("第3回の参加機関は11機関でしたか")).toEqual([]);
    expect(dates("Were the Tokyo 2020 Olympics discussed?")).toEqual([]);
    expect(dates("Did they meet in may?")).toEqual([]);
    expect(dates("on 31/31/2016")).toEqual([]);
  });

  it("finds weekdays in both languages", () => {
    expect(findWeekdays("Was it on a Friday?")).toEqual([5]);
    expect(findWeekdays("第1回は金曜日でしたか")).toEqual([5]);
    expect(findWeekdays("日曜でしたっけ")).toEqual([0]);
    expect(findWeekdays("第2回は8月2日でしたか")).toEqual([]);
    expect(weekdayOf(2015, 2, 13)).toBe(5);
  });
});
