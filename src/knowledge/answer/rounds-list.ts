import { isKnown, roundsHeldIn, wasHeld } from "../queries.ts";
import type { Round } from "../types.ts";
import { quoteTyped } from "../understand/hostile.ts";
import { LIST_MAX, latestShown, roundLines } from "./common.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import {
  capitalise,
  formatDate,
  joinList,
  localText,
  NO,
  NOT_RECORDED,
  ordinal,
  pick,
  roundWhenWhere,
  YES,
} from "./format.ts";
import { composeRoundsOnWeekday } from "./weekday-rounds.ts";

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const count = (n: number) => NUMBER_WORDS[n] ?? String(n);

/** "the 3rd (11 December 2017, Tokyo)" / 「第3回（2017年12月11日、東京）」: a round in a list of rounds. */
const roundItem = (r: Round, locale: "en" | "ja"): string =>
  pick(
    locale,
    `the ${ordinal(r.number)} (${roundWhenWhere(r, locale)})`,
    `第${r.number}回（${roundWhenWhere(r, locale)}）`,
  );

/** "(The place of the 4th round is not recorded.)" — for the rounds whose place (or date) is not on record. */
function notRecordedOf(rounds: Round[], what: "place" | "date", locale: "en" | "ja"): string {
  if (rounds.length === 0) return "";
  return pick(
    locale,
    `(The ${what} of ${joinList(
      rounds.map((r) => `the ${ordinal(r.number)} round`),
      locale,
    )} is not recorded.)`,
    `（${rounds.map((r) => `第${r.number}回`).join("、")}の${what === "place" ? "開催地" : "開催日"}は記録されていません。）`,
  );
}

/** "Two rounds on record were held outside Tokyo: …" / 「東京以外で開催された回は2回記録されています：…」 (`where.ja`
 * with its particle: 「東京で」「2017年より前に」) */
function heldCount(n: number, where: { en: string; ja: string }, list: string, locale: "en" | "ja"): string {
  return pick(
    locale,
    `${n === 1 ? "One round on record was" : `${capitalise(count(n))} rounds on record were`} held ${where.en}: ${list}.`,
    `${where.ja}開催された回は${n}回記録されています：${list}。`,
  );
}

/** "Which rounds were held in Tokyo?": the rounds of each place named. */
function roundsInPlaces(ctx: Ctx, draft: Draft, places: string[]): void {
  const { kb, locale, hints } = ctx;
  const cities = places.map((p) => quoteTyped(p, 40));
  draft.title = pick(
    locale,
    `Rounds held in ${joinList(cities, locale)}`,
    `${cities.join("・")}で開催された回`,
  );
  places.forEach((place, i) => {
    const rounds = roundsHeldIn(kb, place);
    if (places.length === 1 && rounds.length === 1 && rounds[0]) draft.round = rounds[0].number;
    const city = cities[i] ?? place;
    const prefix = i === 0 && hints.yesno ? (rounds.length ? YES(locale) : NO(locale)) : "";
    if (rounds.length === 0) {
      draft.say(
        pick(
          locale,
          `${prefix}No round on record was held in ${city}.`,
          `${prefix}${city}で開催された回の記録はありません。`,
        ),
      );
      return;
    }
    const placeName =
      rounds[0] && isKnown(rounds[0].place) ? localText(rounds[0].place.value.city, locale) : city;
    const { shown, omitted } = latestShown(rounds);
    const list = shown.map((r) =>
      pick(
        locale,
        `the ${ordinal(r.number)} (${roundWhenWhere(r, locale).split(", ")[0]})`,
        `第${r.number}回（${roundWhenWhere(r, locale).split("、")[0]}）`,
      ),
    );
    if (omitted > 0) list.unshift(pick(locale, `${omitted} earlier rounds`, `それ以前の${omitted}回`));
    draft.say(
      `${prefix}${heldCount(rounds.length, { en: `in ${placeName}`, ja: `${placeName}で` }, joinList(list, locale), locale)}`,
    );
    for (const r of shown) if (isKnown(r.place)) draft.cite(r.place.evidence);
  });
  const unknownPlace = kb.rounds.filter((r) => !isKnown(r.place));
  if (unknownPlace.length <= LIST_MAX) draft.say(notRecordedOf(unknownPlace, "place", locale));
}

/** "Which rounds were held outside Tokyo?", 「東京以外で開催された回は？」: those recorded as held elsewhere. */
function roundsOutside(ctx: Ctx, draft: Draft, places: string[]): void {
  const { kb, locale } = ctx;
  const cities = places.map((p) => quoteTyped(p, 40));
  const inPlaces = new Set(places.flatMap((p) => roundsHeldIn(kb, p)));
  const rounds = kb.rounds.filter((r) => isKnown(r.place) && !inPlaces.has(r));
  const named = pick(locale, joinList(cities, locale).replace(/ or /, " and "), cities.join("・"));
  draft.title = pick(locale, `Rounds held outside ${named}`, `${named}以外で開催された回`);
  for (const r of rounds) if (isKnown(r.place)) draft.cite(r.place.evidence);
  const list = rounds.map((r) => roundItem(r, locale));
  draft.say(
    rounds.length === 0
      ? pick(
          locale,
          `No round on record was held outside ${named}.`,
          `${named}以外で開催された回の記録はありません。`,
        )
      : heldCount(
          rounds.length,
          { en: `outside ${named}`, ja: `${named}以外で` },
          joinList(list, locale),
          locale,
        ),
  );
  draft.say(
    notRecordedOf(
      kb.rounds.filter((r) => !isKnown(r.place)),
      "place",
      locale,
    ),
  );
}

/** "Is the dialogue annual?": no source says how often it meets; the record shows when it did. */
function frequency(ctx: Ctx, draft: Draft, held: Round[]): void {
  const { locale, hints } = ctx;
  // "Is the dialogue annual?": no source says how often it meets; the record shows when it did
  const years = latestShown(held)
    .shown.map((r) => (isKnown(r.date) ? formatDate(r.date.value, locale) : ""))
    .filter(Boolean);
  draft.say(
    pick(
      locale,
      `${hints.yesno ? "Not recorded — " : ""}no source records how often the dialogue meets. The rounds on record are dated ${joinList(years, locale)}.`,
      `${hints.yesno ? "記録されていません。" : ""}協議の開催頻度を記録した情報源はありません。記録されている回の開催時期：${joinList(years, locale)}。`,
    ).replace(/^no/, "No"),
  );
}

/** "Which rounds were held in 2016?" */
function roundsInYearSaid(ctx: Ctx, draft: Draft, year: number, rounds: Round[]): void {
  const { locale } = ctx;
  // one round found: the answer is about it ("which round was held in 2017?" → "who were the co-chairs?")
  if (rounds.length === 1 && rounds[0]) draft.round = rounds[0].number;
  draft.title = pick(locale, `Rounds in ${year}`, `${year}年の回`);
  draft.say(
    rounds.length === 0
      ? pick(locale, `No round on record was held in ${year}.`, `${year}年に開催された回の記録はありません。`)
      : pick(
          locale,
          `${rounds.length === 1 ? "One round" : `${rounds.length} rounds`} on record ${rounds.length === 1 ? "was" : "were"} held in ${year}: ${joinList(
            latestShown(rounds).shown.map((r) => roundItem(r, locale)),
            locale,
          )}.`,
          `${year}年に開催された回：${joinList(
            latestShown(rounds).shown.map((r) => roundItem(r, locale)),
            locale,
          )}。`,
        ),
  );
}

/** Every round on record: how many, which are recorded as held, which only as announced. */
function allRounds(ctx: Ctx, draft: Draft, held: Round[]): void {
  const { kb, locale } = ctx;
  const name = localText(kb.dialogue.name, locale);
  const notHeld = kb.rounds.filter((r) => !wasHeld(r));
  draft.title = pick(locale, `Rounds of the ${name} on record`, `${name}の記録されている回`);
  const heldShown = latestShown(held);
  const heldNames = heldShown.shown.map((r) => pick(locale, ordinal(r.number), `第${r.number}回`));
  if (heldShown.omitted > 0)
    heldNames.unshift(
      pick(locale, `${heldShown.omitted} earlier rounds`, `それ以前の${heldShown.omitted}回`),
    );
  const last = kb.rounds[kb.rounds.length - 1];
  draft.say(
    pick(
      locale,
      `The knowledge base records ${kb.rounds.length} rounds${last ? `, numbered up to the ${ordinal(last.number)}` : ""}; ${held.length} of them are recorded as held (${joinList(heldNames, locale)}).`,
      `知識ベースには${kb.rounds.length}回分（第${last?.number ?? kb.rounds.length}回まで）が記録されており、そのうち開催が記録されているのは${held.length}回（${joinList(heldNames, locale)}）です。`,
    ),
  );
  if (notHeld.length > 0 && notHeld.length <= LIST_MAX) {
    draft.say(
      pick(
        locale,
        `${joinList(
          notHeld.map((r) => `The ${ordinal(r.number)}`),
          locale,
        )} ${notHeld.length === 1 ? "is" : "are"} known only from an announcement: whether or when ${notHeld.length === 1 ? "it was" : "they were"} held is not recorded.`,
        `${notHeld.map((r) => `第${r.number}回`).join("、")}は発表のみが記録されており、開催されたかどうか、いつ開催されたかは記録されていません。`,
      ),
    );
  }
}

export function composeRounds(ctx: Ctx, draft: Draft): void {
  const { kb, locale, query, hints } = ctx;
  if (hints.heldAfterRound !== undefined) {
    heldAfterRound(ctx, draft, hints.heldAfterRound);
    return;
  }
  if (hints.heldBefore && hints.heldAfter) {
    heldBetween(ctx, draft, hints.heldAfter.year, hints.heldBefore.year);
    return;
  }
  if (hints.heldBefore) {
    heldBefore(ctx, draft, hints.heldBefore);
    return;
  }
  if (hints.heldAfter) {
    heldAfter(ctx, draft, hints.heldAfter);
    return;
  }
  if (hints.weekday && query.round === undefined && !hints.year) {
    composeRoundsOnWeekday(ctx, draft, hints.weekday);
    return;
  }
  for (const round of latestShown(kb.rounds).shown) {
    if (isKnown(round.held)) draft.cite(round.held.evidence);
  }
  const places = hints.places ?? (query.place ? [query.place] : []);
  if (places.length > 0) {
    if (hints.outside) roundsOutside(ctx, draft, places);
    else roundsInPlaces(ctx, draft, places);
    return;
  }
  const year = hints.year;
  const rounds =
    year !== undefined ? kb.rounds.filter((r) => isKnown(r.date) && r.date.value.year === year) : kb.rounds;
  const held = kb.rounds.filter(wasHeld);
  if (hints.frequency) frequency(ctx, draft, held);
  if (year !== undefined) roundsInYearSaid(ctx, draft, year, rounds);
  else allRounds(ctx, draft, held);
  draft.section(pick(locale, "Rounds", "回"), roundLines(kb, rounds, locale, draft));
}

/** "Has there been a round since round 3?": the later rounds recorded as held; those only announced are said. */
function heldAfterRound(ctx: Ctx, draft: Draft, n: number): void {
  const { kb, locale } = ctx;
  const later = kb.rounds.filter((r) => r.number > n);
  const held = later.filter(wasHeld);
  const unheld = later.filter((r) => !wasHeld(r));
  const since = pick(locale, `after the ${ordinal(n)} round`, `第${n}回より後`);
  draft.title = pick(locale, `Rounds held ${since}`, `${since}に開催された回`);
  for (const r of held) if (isKnown(r.held)) draft.cite(r.held.evidence);
  const list = joinList(
    held.map((r) => roundItem(r, locale)),
    locale,
  );
  draft.say(
    held.length > 0
      ? `${ctx.hints.yesno ? YES(locale) : ""}${heldCount(held.length, { en: since, ja: `${since}に` }, list, locale)}`
      : `${NOT_RECORDED(locale)}${pick(
          locale,
          `no round ${since} is recorded as held (the knowledge base may not record every round).`,
          `${since}に開催された回は記録されていません。`,
        )}`,
  );
  if (unheld.length > 0)
    draft.say(
      pick(
        locale,
        `(Whether ${joinList(
          unheld.map((r) => `the ${ordinal(r.number)} round`),
          locale,
        )} was held is not recorded.)`,
        `（${unheld.map((r) => `第${r.number}回`).join("、")}が開催されたかどうかは記録されていません。）`,
      ),
    );
}

/** "How many rounds were held between 2015 and 2017?": the rounds recorded as held in those years. */
function heldBetween(ctx: Ctx, draft: Draft, from: number, to: number): void {
  const { kb, locale } = ctx;
  const within = kb.rounds.filter(
    (r) => wasHeld(r) && isKnown(r.date) && r.date.value.year >= from && r.date.value.year <= to,
  );
  const first = within[0]?.number ?? 0;
  const last = within.at(-1)?.number ?? 0;
  // a round whose date is not recorded, between two of them, was held within the years too
  const undated = kb.rounds.filter((r) => !isKnown(r.date) && r.number > first && r.number < last);
  const span = pick(locale, `between ${from} and ${to}`, `${from}年から${to}年まで`);
  draft.title = pick(locale, `Rounds held ${span}`, `${span}に開催された回`);
  for (const r of within) if (isKnown(r.date)) draft.cite(r.date.evidence);
  const list = within.map((r) => roundItem(r, locale));
  draft.say(
    within.length === 0
      ? pick(locale, `No round on record was held ${span}.`, `${span}に開催された回の記録はありません。`)
      : heldCount(within.length, { en: span, ja: `${span}に` }, joinList(list, locale), locale),
  );
  draft.say(notRecordedOf(undated, "date", locale));
}

/** "How many rounds took place before 2017?": the rounds recorded as held before (or until) that year. */
function heldBefore(ctx: Ctx, draft: Draft, asked: { year: number; inclusive: boolean }): void {
  const { kb, locale } = ctx;
  const { year, inclusive } = asked;
  const earlier = kb.rounds.filter(
    (r) =>
      wasHeld(r) && isKnown(r.date) && (inclusive ? r.date.value.year <= year : r.date.value.year < year),
  );
  const undated = kb.rounds.filter((r) => !isKnown(r.date) && r.number < (earlier.at(-1)?.number ?? 0));
  const until = pick(
    locale,
    inclusive ? `up to ${year}` : `before ${year}`,
    inclusive ? `${year}年まで` : `${year}年より前`,
  );
  draft.title = pick(locale, `Rounds held ${until}`, `${until}に開催された回`);
  for (const r of earlier) if (isKnown(r.date)) draft.cite(r.date.evidence);
  const list = earlier.map((r) => roundItem(r, locale));
  const verdict = !ctx.hints.yesno ? "" : earlier.length > 0 ? YES(locale) : NO(locale);
  draft.say(
    earlier.length === 0
      ? pick(
          locale,
          `${verdict}No round on record was held ${until}.`,
          `${verdict}${until}に開催された回の記録はありません。`,
        )
      : `${verdict}${heldCount(earlier.length, { en: until, ja: `${until}に` }, joinList(list, locale), locale)}`,
  );
  draft.say(notRecordedOf(undated, "date", locale));
}

/** "Has there been a round since 2017?": the rounds recorded as held after that year, and what is not recorded. */
function heldAfter(ctx: Ctx, draft: Draft, asked: { year: number; inclusive: boolean }): void {
  const { kb, locale } = ctx;
  const { year, inclusive } = asked;
  const yearOf = (r: Round) => (isKnown(r.date) ? r.date.value.year : undefined);
  const held = kb.rounds.filter(wasHeld);
  const later = held.filter((r) => (yearOf(r) ?? 0) > year);
  const sameYear = inclusive ? held.filter((r) => yearOf(r) === year) : [];
  const lastBefore = held.filter((r) => (yearOf(r) ?? Number.POSITIVE_INFINITY) <= year).at(-1);
  // rounds not recorded as held that come after the last round held by then (announced only)
  const unheld = kb.rounds.filter((r) => !wasHeld(r) && r.number > (lastBefore?.number ?? 0));
  draft.title = pick(locale, `Rounds held after ${year}`, `${year}年より後に開催された回`);
  const named = (r: Round) =>
    pick(
      locale,
      `the ${ordinal(r.number)} round (${roundWhenWhere(r, locale)})`,
      `第${r.number}回（${roundWhenWhere(r, locale)}）`,
    );
  for (const r of [...later, ...sameYear]) if (isKnown(r.held)) draft.cite(r.held.evidence);
  if (later.length > 0) {
    draft.say(
      pick(
        locale,
        `Yes — ${joinList(later.map(named), locale)} ${later.length === 1 ? "is" : "are"} recorded as held after ${year}.`,
        `はい。${year}年より後には${later.map(named).join("、")}の開催が記録されています。`,
      ),
    );
  } else {
    // nothing after the year, and the last round on record is no later: the next number is not on record —
    // no source lists every round, so that no round was held is not recorded either (not a "No")
    const last = kb.rounds.at(-1);
    const next = last && (yearOf(last) ?? year) <= year ? last.number + 1 : undefined;
    draft.say(
      pick(
        locale,
        `Not recorded — no round held after ${year} is on record${next ? `: there is no record of a ${ordinal(next)} round` : ""} (the knowledge base may not record every round).`,
        `記録されていません。${year}年より後に開催された回は記録されていません${next ? `（第${next}回の記録はありません）` : ""}。知識ベースがすべての回を記録しているとは限りません。`,
      ),
    );
  }
  if (unheld.length > 0 && unheld.length <= LIST_MAX) {
    draft.say(
      pick(
        locale,
        `${joinList(
          unheld.map((r) => `The ${ordinal(r.number)} round`),
          locale,
        )} ${unheld.length === 1 ? "is" : "are"} known only from an announcement: ${unheld.length === 1 ? "it is" : "they are"} not recorded as held.`,
        `${unheld.map((r) => `第${r.number}回`).join("、")}は発表のみが記録されており、開催は記録されていません。`,
      ),
    );
  }
  if (sameYear.length > 0) {
    draft.say(
      pick(
        locale,
        `(In ${year} itself, ${joinList(sameYear.map(named), locale)} ${sameYear.length === 1 ? "was" : "were"} held.)`,
        `（${year}年中には${sameYear.map(named).join("、")}が開催されています。）`,
      ),
    );
  }
  if (later.length > 0) draft.section(pick(locale, "Rounds", "回"), roundLines(kb, later, locale, draft));
}
