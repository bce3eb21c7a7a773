import { describe, expect, it } from "vitest";
import { relativeDay, withDateNamed } from "../../../src/knowledge/conversation/relative-date.ts";
import { isKnown } from "../../../src/knowledge/queries.ts";
import { kb } from "../fixture.ts";
import { converse } from "./converse.ts";

/** Rounds with a meeting date to the day and a dated release. */
const dated = kb.rounds.flatMap((r) => {
  if (!isKnown(r.date) || r.date.value.precision !== "day" || r.date.value.approximate) return [];
  const released = r.released && isKnown(r.released) ? r.released.value : undefined;
  if (!released || released.precision !== "day") return [];
  const day = (d: typeof released) => Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) / 86_400_000;
  return [{ n: r.number, lag: day(released) - day(r.date.value) }];
});

describe("a day named relative to a meeting", () => {
  it("reads the phrase and how many days it counts", () => {
    expect(relativeDay("Was the press release the next day?")?.days).toBe(1);
    expect(relativeDay("was it put out the day after the meeting?")?.days).toBe(1);
    expect(relativeDay("on the same day as the meeting?")?.days).toBe(0);
    expect(relativeDay("six days later?")?.days).toBe(6);
    expect(relativeDay("the day before the meeting")?.days).toBe(-1);
    expect(relativeDay("発表は翌日でしたか？")?.days).toBe(1);
    expect(relativeDay("発表は6日後？")?.days).toBe(6);
    expect(relativeDay("how many days later was it?")).toBeUndefined();
    expect(relativeDay("Did rounds 1 and 2 fall on the same day of the week?")).toBeUndefined();
    expect(relativeDay("発表は何日後でしたか？")).toBeUndefined();
  });
  it("names the date counted from the round's meeting, or leaves the question", () => {
    const round = dated[0];
    if (!round) return;
    const text = withDateNamed(kb, "Was the press release the next day?", () => undefined, round.n, "en");
    expect(text).toMatch(/^Was the press release on \d{1,2} \w+ \d{4}\?$/);
    expect(withDateNamed(kb, "Was the press release the next day?", () => undefined, undefined, "en")).toBe(
      undefined,
    );
  });
  it.each(dated)(
    "round $n: 'was the release the next day / the same day?' against its dates",
    ({ n, lag }) => {
      const [, next] = converse([`When was round ${n}?`, "Was the press release the next day?"]);
      expect(next?.text).toMatch(lag === 1 ? /^Yes/ : /^No/);
      const [, same] = converse([`When was round ${n}?`, "Was the press release issued the same day?"]);
      expect(same?.text).toMatch(lag === 0 ? /^Yes/ : /^No/);
      const [, ja] = converse([`第${n}回はいつ開催されましたか？`, "発表は翌日でしたか？"]);
      expect(ja?.text).toMatch(lag === 1 ? /^はい/ : /^いいえ/);
    },
  );
});
