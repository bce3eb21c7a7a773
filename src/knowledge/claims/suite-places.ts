/** Claims about where rounds were held or announced for, release dates, and lists of rounds, for suite.ts. */
import { monthName } from "../answer/format.ts";
import type { KnowledgeBase } from "../load.ts";
import { isKnown, knownCities } from "../queries.ts";
import type { Place, Round } from "../types.ts";
import { ord, type Say } from "./suite-dates.ts";
import type { Verdict } from "./types.ts";

const cityEn = (p: Place) => p.city.en ?? p.city.ja ?? "";
const cityJa = (p: Place) => p.city.ja ?? p.city.en ?? "";
const same = (a: Place, b: Place) => cityEn(a) === cityEn(b);

/** The city a round was held in: Yes; every other city on record: No; a round with no recorded place: not recorded. */
export function placeClaims(kb: KnowledgeBase, round: Round, say: Say): void {
  const n = round.number;
  const held = isKnown(round.place) ? round.place.value : undefined;
  for (const city of knownCities(kb)) {
    const expect: Verdict = held ? (same(held, city) ? "yes" : "no") : "unrecorded";
    const fact = `round ${n} held in ${cityEn(city)}`;
    say(`Was the ${ord(n)} round held in ${cityEn(city)}?`, "en", expect, fact);
    say(`Round ${n} was in ${cityEn(city)}, right?`, "en", expect, fact);
    say(`r${n} ${cityEn(city).toLowerCase()} yeah?`, "en", expect, fact);
    say(`第${n}回は${cityJa(city)}で開催されましたか？`, "ja", expect, fact);
    say(`第${n}回の開催地は${cityJa(city)}ですよね？`, "ja", expect, fact);
  }
}

/** The city an earlier round announced a round for: Yes; the city it was held in instead: No. */
export function announcedClaims(kb: KnowledgeBase, round: Round, say: Say): void {
  const next = round.nextRoundAnnounced;
  if (!isKnown(next) || !next.value.place) return;
  const n = next.value.round;
  for (const city of knownCities(kb)) {
    const expect: Verdict = same(city, next.value.place) ? "yes" : "no";
    const fact = `round ${n} announced for ${cityEn(city)}`;
    say(`Was the ${ord(n)} round announced for ${cityEn(city)}?`, "en", expect, fact);
    say(`The ${ord(n)} round was supposed to be held in ${cityEn(city)}, correct?`, "en", expect, fact);
    say(`第${n}回は${cityJa(city)}で開催予定と発表されましたか？`, "ja", expect, fact);
  }
}

/** The date of the press release reporting a round: its own is Yes; the meeting's day, when different, No. */
export function releaseClaims(round: Round, say: Say): void {
  const n = round.number;
  const r = isKnown(round.released) ? round.released.value : undefined;
  const d = isKnown(round.date) ? round.date.value : undefined;
  if (r?.precision !== "day" || r.month === undefined || r.day === undefined) return;
  const cases: [number, number, number, Verdict][] = [[r.year, r.month, r.day, "yes"]];
  if (
    d?.precision === "day" &&
    d.month !== undefined &&
    d.day !== undefined &&
    (d.month !== r.month || d.day !== r.day)
  )
    cases.push([d.year, d.month, d.day, "no"]);
  for (const [y, m, day, expect] of cases) {
    const fact = `round ${n} press release dated ${day} ${monthName(m)} ${y}`;
    say(
      `Was the press release on the ${ord(n)} round dated ${day} ${monthName(m)} ${y}?`,
      "en",
      expect,
      fact,
    );
    say(`第${n}回のプレスリリースは${y}年${m}月${day}日付でしたか？`, "ja", expect, fact);
  }
}

/** Whether a round was held: Yes when recorded as held, else not recorded. */
export function heldClaims(round: Round, say: Say): void {
  const n = round.number;
  const expect: Verdict = isKnown(round.held) ? (round.held.value ? "yes" : "no") : "unrecorded";
  say(`Was the ${ord(n)} round held?`, "en", expect, `round ${n} held`);
  say(`Has round ${n} taken place?`, "en", expect, `round ${n} held`);
  say(`第${n}回は開催されましたか？`, "ja", expect, `round ${n} held`);
}

/** "r1 canberra, r2 tokyo, r3 tokyo right?": all true is Yes; one city swapped is No. */
export function listClaims(kb: KnowledgeBase, say: Say): void {
  const placed = kb.rounds.filter((r) => isKnown(r.place));
  const places = placed
    .map((r) => (isKnown(r.place) ? r.place.value : undefined))
    .filter((p): p is Place => !!p);
  if (placed.length < 2) return;
  const cities = knownCities(kb);
  const variants: [Place[], Verdict][] = [[places, "yes"]];
  for (let i = 0; i < places.length; i++) {
    const other = cities.find((c) => !same(c, places[i] as Place));
    if (other) variants.push([places.map((p, k) => (k === i ? other : p)), "no"]);
  }
  for (const [list, expect] of variants) {
    const pairs = placed.map((r, k) => [r.number, list[k] as Place] as const);
    const fact = `list ${pairs.map(([n, p]) => `${n}:${cityEn(p)}`).join(" ")}`;
    say(
      `ok so ${pairs.map(([n, p]) => `r${n} ${cityEn(p).toLowerCase()}`).join(", ")} right?`,
      "en",
      expect,
      fact,
    );
    say(
      `Round ${pairs.map(([n, p]) => `${n} was in ${cityEn(p)}`).join(", round ")}, correct?`,
      "en",
      expect,
      fact,
    );
    say(`${pairs.map(([n, p]) => `第${n}回は${cityJa(p)}`).join("、")}ですよね？`, "ja", expect, fact);
  }
}

/** "Is the next round confirmed?": Yes only when a round after the latest on record is announced. */
export function nextClaims(kb: KnowledgeBase, say: Say): void {
  const latest = kb.rounds[kb.rounds.length - 1]?.number ?? 0;
  const announced = kb.rounds.some(
    (r) => isKnown(r.nextRoundAnnounced) && r.nextRoundAnnounced.value.round > latest,
  );
  const expect: Verdict = announced ? "yes" : "no";
  say("Is the next round confirmed?", "en", expect, "next round confirmed");
  say("Has the next meeting been scheduled?", "en", expect, "next round confirmed");
  say("次回の開催は決まっていますか？", "ja", expect, "next round confirmed");
}

/** The year a round was announced for: its own is Yes, the year after No. */
export function announcedDateClaims(round: Round, say: Say): void {
  const next = round.nextRoundAnnounced;
  if (!isKnown(next) || !next.value.date) return;
  const n = next.value.round;
  const year = next.value.date.year;
  for (const [y, expect] of [
    [year, "yes"],
    [year + 1, "no"],
  ] as const) {
    const fact = `round ${n} announced for ${y}`;
    say(`Was the ${ord(n)} round announced for ${y}?`, "en", expect, fact);
    say(`The ${ord(n)} round was scheduled for ${y}, right?`, "en", expect, fact);
    say(`第${n}回は${y}年に開催予定と発表されていましたか？`, "ja", expect, fact);
  }
}
