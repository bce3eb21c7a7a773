/**
 * Parts several composers share: suggestion labels (never a person's or an organisation's name), notes on
 * how a question was read, answers for rounds that are not on record and for ambiguous references.
 */
import type { Locale, Query } from "../answer-types.ts";
import type { EntityRef } from "../indexes.ts";
import { intentLabel } from "../intents/tables.ts";
import type { KnowledgeBase } from "../load.ts";
import { announcementOf, isKnown, latestRound, roundByNumber, roundsInYear, wasHeld } from "../queries.ts";
import type { Round } from "../types.ts";
import type { MissingRound } from "../understand/hints.ts";
import { quoteTyped } from "../understand/hostile.ts";
import { yearMayHoldUnrecordedRound } from "../unrecorded-years.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import {
  cityName,
  formatDate,
  joinList,
  monthName,
  onDate,
  ordinal,
  organisationName,
  personName,
  pick,
  roundName,
  roundSpan,
  roundWhenWhere,
} from "./format.ts";

export function suggest(draft: Draft, locale: Locale, query: Query): void {
  draft.suggest(intentLabel(query.intent, query.round, locale), query);
}

/** Example questions for an answer that could not help (no names in them). */
export function exampleSuggestions(draft: Draft, locale: Locale, kb: KnowledgeBase): void {
  const latest = latestRound(kb)?.number;
  const withCochairs = [...kb.rounds]
    .reverse()
    .find((r) => isKnown(r.cochairs.JP) || isKnown(r.cochairs.AU))?.number;
  const withAgencies = [...kb.rounds].reverse().find((r) => isKnown(r.participants.JP))?.number;
  const examples: [string, string, Query][] = [
    ["Which rounds are on record?", "これまでの協議の一覧は？", { intent: "rounds" }],
    [
      `Who co-chaired the ${ordinal(withCochairs ?? 1)} round?`,
      `第${withCochairs ?? 1}回の共同議長は？`,
      { intent: "cochairs", ...(withCochairs ? { round: withCochairs } : {}) },
    ],
    [
      `Which agencies took part in the ${ordinal(withAgencies ?? 1)} round?`,
      `第${withAgencies ?? 1}回の参加機関は？`,
      { intent: "agencies", ...(withAgencies ? { round: withAgencies } : {}) },
    ],
    [
      "When and where was the latest round held?",
      "最新の協議はいつどこで開催された？",
      { intent: "when_where", ...(latest ? { round: latest } : {}) },
    ],
    [
      "What was announced about the next round?",
      "次回の開催について何が発表された？",
      { intent: "next_round" },
    ],
    ["When was the dialogue agreed?", "協議はいつ合意された？", { intent: "origin" }],
  ];
  for (const [en, ja, query] of examples) draft.suggest(pick(locale, en, ja), query);
}

/** The display name of an organisation, person or glossary term. */
export function entityName(ctx: Ctx, ref: EntityRef): string | undefined {
  if (ref.kind === "person") {
    const person = ctx.kb.people.get(ref.id);
    return person && personName(person, ctx.locale);
  }
  if (ref.kind === "organisation") {
    const org = ctx.kb.organisations.get(ref.id);
    return org && organisationName(org, ctx.locale);
  }
  return ctx.kb.glossary.find((t) => t.id === ref.id)?.term;
}

/** "(“feakn” read as Tobias Feakin.)" for names matched only after spelling correction. */
export function correctionNote(ctx: Ctx): string {
  const notes: string[] = [];
  for (const { typed, ref } of ctx.hints.corrections) {
    const name = entityName(ctx, ref);
    if (name)
      notes.push(
        pick(
          ctx.locale,
          `“${quoteTyped(typed, 40)}” read as ${name}`,
          `「${quoteTyped(typed, 40)}」を${name}と解釈`,
        ),
      );
  }
  if (notes.length === 0) return "";
  return pick(ctx.locale, `(${notes.join("; ")}.)`, `（${notes.join("、")}しました。）`);
}

/** A year or city in the question that does not fit the round it names. */
export function conflictNote(ctx: Ctx, round: Round): string {
  const conflict = ctx.hints.conflict;
  const { locale, kb } = ctx;
  if (!conflict) return "";
  if (conflict.kind === "year" && isKnown(round.date)) {
    const inYear = roundsInYear(kb, conflict.year);
    const other = inYear[0];
    return pick(
      locale,
      `Note: ${roundName(round.number, locale)} was held in ${round.date.value.year}, not ${conflict.year}${other ? `; the round held in ${conflict.year} was the ${ordinal(other.number)}` : ""}.`,
      `注：${roundName(round.number, locale)}の開催は${round.date.value.year}年で、${conflict.year}年ではありません${other ? `（${conflict.year}年に開催されたのは第${other.number}回です）` : ""}。`,
    );
  }
  if (conflict.kind === "day" && isKnown(round.date)) {
    const named = {
      year: conflict.year,
      month: conflict.month,
      day: conflict.day,
      precision: "day" as const,
      approximate: false,
    };
    const released = round.released && isKnown(round.released) ? round.released.value : undefined;
    const isRelease =
      released?.precision === "day" &&
      released.year === named.year &&
      released.month === named.month &&
      released.day === named.day;
    return pick(
      locale,
      `Note: ${roundName(round.number, locale)} was held ${onDate(round.date.value, locale)}, not ${formatDate(named, locale)}${isRelease ? ` (${formatDate(named, locale)} is the date of the press release reporting it)` : ""}.`,
      `注：${roundName(round.number, locale)}の開催日は${formatDate(round.date.value, locale)}で、${formatDate(named, locale)}ではありません${isRelease ? `（${formatDate(named, locale)}はこの回を報じたプレスリリースの日付です）` : ""}。`,
    );
  }
  if (conflict.kind === "place" && isKnown(round.place)) {
    const announced = announcementOf(kb, round.number);
    const wasAnnouncedThere =
      announced?.announced.place &&
      [announced.announced.place.city.en, announced.announced.place.city.ja].includes(conflict.city);
    return pick(
      locale,
      `Note: ${roundName(round.number, locale)} was held in ${cityName(round.place.value, locale)}, not ${conflict.city}${wasAnnouncedThere ? ` (the ${ordinal(announced.by.number)} round had announced it for ${conflict.city})` : ""}.`,
      `注：${roundName(round.number, locale)}の開催地は${cityName(round.place.value, locale)}で、${conflict.city}ではありません${wasAnnouncedThere ? `（第${announced.by.number}回では${conflict.city}での開催が発表されていました）` : ""}。`,
    );
  }
  return "";
}

/**
 * "Whether or when the 4th round was held is not recorded: no source found records it." — one wording for
 * a round whose holding no source records, asked about its holding, its date, its place or all three.
 */
export function heldNotRecorded(n: number, locale: Locale, asked: "held" | "when" | "where" | "all"): string {
  const en = {
    held: "Whether",
    when: "Whether or when",
    where: "Whether or where",
    all: "Whether, when and where",
  }[asked];
  const ja = {
    held: "",
    when: "、いつ開催されたか",
    where: "、どこで開催されたか",
    all: "、いつどこで開催されたか",
  }[asked];
  return pick(
    locale,
    `${en} the ${ordinal(n)} round was held is not recorded in the knowledge base: no source found records it`,
    `第${n}回が開催されたかどうか${ja}は記録されていません（それを記録した情報源は見つかっていません）`,
  );
}

/** One line per round on record: "2nd — 2 August 2016, Tokyo" / "第2回 — 2016年8月2日、東京". */
export function roundLine(kb: KnowledgeBase, round: Round, locale: Locale): string {
  const name = pick(locale, ordinal(round.number), `第${round.number}回`);
  if (wasHeld(round)) {
    const whenWhere = roundWhenWhere(round, locale);
    return `${name} — ${whenWhere || pick(locale, "held; date and place not recorded", "開催（日時・場所は記録なし）")}`;
  }
  const announcement = announcementOf(kb, round.number);
  if (announcement) {
    const planned = [
      announcement.announced.place ? cityName(announcement.announced.place, locale) : "",
      announcement.announced.date ? formatDate(announcement.announced.date, locale) : "",
    ].filter(Boolean);
    return pick(
      locale,
      `${name} — announced${planned.length ? ` for ${planned.join(", ")}` : ""}; not recorded as held`,
      `${name} — ${announcement.announced.date ? `${formatDate(announcement.announced.date, locale)}に` : ""}${announcement.announced.place ? `${cityName(announcement.announced.place, locale)}で` : ""}開催すると発表（開催の記録なし）`,
    );
  }
  return pick(locale, `${name} — not recorded as held`, `${name} — 開催の記録なし`);
}

/** How many rounds a list in an answer shows at most: the latest ones, with a count of the rest. */
export const LIST_MAX = 20;

/** The latest `max` items of a list in round order, and how many earlier ones are left out. */
export function latestShown<T>(items: readonly T[], max = LIST_MAX): { shown: T[]; omitted: number } {
  return items.length > max
    ? { shown: items.slice(items.length - max), omitted: items.length - max }
    : { shown: [...items], omitted: 0 };
}

/** A line saying how many earlier rounds a list leaves out ("" when none). */
export function omittedLine(omitted: number, locale: Locale): string {
  if (omitted <= 0) return "";
  return pick(
    locale,
    `• … and ${omitted} earlier round${omitted === 1 ? "" : "s"} not listed`,
    `• …ほか、それ以前の${omitted}回分は省略`,
  );
}

/** A bulleted list of rounds, the latest LIST_MAX of them, citing the dates shown. */
export function roundLines(
  kb: KnowledgeBase,
  rounds: readonly Round[],
  locale: Locale,
  draft: Draft,
): string {
  const { shown, omitted } = latestShown(rounds);
  for (const round of shown) draft.cite(isKnown(round.date) ? round.date.evidence : []);
  const lines = shown.map((r) => `• ${roundLine(kb, r, locale)}`);
  const more = omittedLine(omitted, locale);
  return (more ? [more, ...lines] : lines).join("\n");
}

/** A round number not on record ("round 7", "round 2.5"). */
function missingNumber(ctx: Ctx, draft: Draft, missing: { kind: "number"; n: number }, span: string): void {
  const { kb, locale } = ctx;
  // "round 2.5", "round -1": no round can have that number; say it as typed
  const odd = !Number.isInteger(missing.n) || missing.n < 0;
  if (odd) {
    draft.title = pick(locale, `No record of a round ${missing.n}`, `第${missing.n}回の記録はありません`);
    draft.say(
      pick(
        locale,
        `The knowledge base has no record of a round ${missing.n}: rounds are numbered 1, 2, 3…, and it records ${span}.`,
        `第${missing.n}回の記録はありません。回の番号は1、2、3…で、知識ベースに記録されているのは${span}です。`,
      ),
    );
    return;
  }
  draft.title = pick(
    locale,
    `No record of a ${ordinal(missing.n)} round`,
    `第${missing.n}回の記録はありません`,
  );
  // a round after the last on record ("was a 6th round held in 2025?", "where will the 6th be held?"): not
  // recorded, not "no"
  const last = kb.rounds.at(-1)?.number ?? 0;
  const verdict =
    ctx.hints.yesno || missing.n > last ? pick(locale, "Not recorded — ", "記録されていません。") : "";
  draft.say(
    pick(
      locale,
      `${verdict}${verdict ? "the" : "The"} knowledge base has no record of a ${ordinal(missing.n)} round; it records ${span}.`,
      `${verdict}第${missing.n}回の記録はありません。知識ベースに記録されているのは${span}です。`,
    ),
  );
  const notHeld = kb.rounds.filter((r) => !wasHeld(r));
  if (notHeld.length > 0 && notHeld.length <= LIST_MAX) {
    const names = notHeld.map((r) => pick(locale, `the ${ordinal(r.number)}`, `第${r.number}回`));
    draft.say(
      pick(
        locale,
        `Of these, ${joinList(names, locale)} ${notHeld.length === 1 ? "is" : "are"} known only from an announcement.`,
        `このうち${joinList(names, locale)}は発表のみが記録されています。`,
      ),
    );
  }
}

/** Why no round met then: the consecutive rounds on either side of it ("the 2nd … and the next, the 3rd, …"). */
function roundsAround(ctx: Ctx, draft: Draft, year: number, month?: number): void {
  const { kb, locale } = ctx;
  const key = (y: number, m?: number) => y * 12 + (m ?? 1) - 1;
  const at = key(year, month);
  const dated = kb.rounds.filter((r) => isKnown(r.date));
  const before = dated
    .filter((r) => isKnown(r.date) && key(r.date.value.year, r.date.value.month) < at)
    .at(-1);
  const after = dated.find((r) => isKnown(r.date) && key(r.date.value.year, r.date.value.month) > at);
  const said = (r: (typeof dated)[number]) =>
    isKnown(r.date) ? pick(locale, onDate(r.date.value, locale), formatDate(r.date.value, locale)) : "";
  if (before && after && after.number === before.number + 1) {
    draft.say(
      pick(
        locale,
        `Rounds are numbered in the order they met: the ${ordinal(before.number)} round was held ${said(before)} and the next, the ${ordinal(after.number)}, ${said(after)}.`,
        `回は開催順に番号が付いています。第${before.number}回は${said(before)}、次の第${after.number}回は${said(after)}に開催されました。`,
      ),
    );
  } else if (!before && after) {
    draft.say(
      pick(
        locale,
        `The ${ordinal(after.number)} round, the first, was held ${said(after)}.`,
        `最初の第${after.number}回は${said(after)}に開催されました。`,
      ),
    );
  }
}

/** No round in a year or month: and what was announced for it, or agreed then. */
function missingDate(ctx: Ctx, draft: Draft, missing: { kind: "date"; year: number; month?: number }): void {
  const { kb, locale } = ctx;
  const when = missing.month
    ? pick(locale, `${monthName(missing.month)} ${missing.year}`, `${missing.year}年${missing.month}月`)
    : pick(locale, String(missing.year), `${missing.year}年`);
  draft.title = pick(locale, `No round on record in ${when}`, `${when}の回の記録はありません`);
  // A yes/no question ("was the round planned for 2018 held?") gets its verdict first: "not recorded"
  // when a round was announced for that year or may have met then unrecorded, "no" otherwise.
  const announcedThen = kb.rounds.some(
    (r) => !wasHeld(r) && announcementOf(kb, r.number)?.announced.date?.year === missing.year,
  );
  // a round not on record may have met that year (a round whose date is not recorded, or one after the latest)
  const unknown = announcedThen || yearMayHoldUnrecordedRound(kb, missing.year, missing.month);
  const verdict = ctx.hints.yesno
    ? unknown
      ? pick(locale, "Not recorded — ", "記録されていません。")
      : pick(locale, "No — ", "いいえ。")
    : "";
  draft.say(
    pick(
      locale,
      `${verdict}${verdict ? "the" : "The"} knowledge base records no round held in ${when}.`,
      `${verdict}${when}に開催された回の記録はありません。`,
    ),
  );
  if (ctx.hints.yesno && !unknown) roundsAround(ctx, draft, missing.year, missing.month);
  for (const round of kb.rounds) {
    const announcement = announcementOf(kb, round.number);
    if (!wasHeld(round) && announcement?.announced.date?.year === missing.year) {
      draft.say(
        pick(
          locale,
          `${capitalFirst(roundName(announcement.by.number, locale))} announced ${roundName(round.number, locale)} for ${missing.year}${announcement.announced.place ? ` in ${cityName(announcement.announced.place, locale)}` : ""}, but no source records whether or when it was held.`,
          `第${announcement.by.number}回で第${round.number}回を${missing.year}年に${announcement.announced.place ? `${cityName(announcement.announced.place, locale)}で` : ""}開催すると発表されましたが、実際に開催されたかどうか、いつ開催されたかを記録した情報源はありません。`,
        ),
      );
      draft.cite(announcement.evidence);
    }
  }
  const origin = kb.dialogue.origin;
  if (isKnown(origin) && origin.value.date.year === missing.year) {
    draft.say(
      pick(
        locale,
        `The dialogue was agreed ${formatDate(origin.value.date, locale) ? `on ${formatDate(origin.value.date, locale)}` : ""}; its rounds began later.`,
        `協議の開催は${formatDate(origin.value.date, locale)}に合意されました。回の開催はその後です。`,
      ),
    );
    draft.cite(origin.evidence);
  }
}

/** The honest answer to a reference to a round that is not on record. */
export function missingRoundAnswer(ctx: Ctx, draft: Draft, missing: MissingRound): void {
  const { kb, locale } = ctx;
  const span = roundSpan(kb, locale);
  draft.round = null;
  draft.confidence = "low";
  const held = kb.rounds.filter(wasHeld);
  switch (missing.kind) {
    case "number":
      missingNumber(ctx, draft, missing, span);
      break;
    case "date":
      missingDate(ctx, draft, missing);
      break;
    case "month":
      draft.title = pick(
        locale,
        `No round on record in ${monthName(missing.month)}`,
        `${missing.month}月の回の記録はありません`,
      );
      draft.say(
        pick(
          locale,
          `The knowledge base records no round held in ${monthName(missing.month)}.`,
          `${missing.month}月に開催された回の記録はありません。`,
        ),
      );
      break;
    case "place":
      draft.title = pick(
        locale,
        `No round on record in ${quoteTyped(missing.city, 40)}`,
        `${quoteTyped(missing.city, 40)}での回の記録はありません`,
      );
      draft.say(
        pick(
          locale,
          `The knowledge base records no round held in ${quoteTyped(missing.city, 40)}.`,
          `${quoteTyped(missing.city, 40)}で開催された回の記録はありません。`,
        ),
      );
      break;
  }
  // A round number not on record: the span of numbers says enough, and the list (with every round's
  // sources) would put other rounds' facts beside a round that has none; the suggestion lists them.
  if (held.length > 0 && missing.kind !== "number") {
    draft.section(
      pick(locale, "Rounds on record", "記録されている回"),
      roundLines(kb, kb.rounds, locale, draft),
    );
  }
  suggest(draft, locale, { intent: "rounds" });
}

const capitalFirst = (text: string) => (text ? text[0]?.toUpperCase() + text.slice(1) : text);

/** "Three rounds were held in Tokyo: … Which one do you mean?" */
export function ambiguousAnswer(ctx: Ctx, draft: Draft, candidates: number[], via: string): void {
  const { kb, locale, query } = ctx;
  draft.round = null;
  draft.confidence = "low";
  const rounds = candidates.map((n) => roundByNumber(kb, n)).filter((r): r is Round => !!r);
  const list = rounds.map((r) =>
    pick(
      locale,
      `the ${ordinal(r.number)} (${roundWhenWhere(r, locale)})`,
      `第${r.number}回（${roundWhenWhere(r, locale)}）`,
    ),
  );
  draft.title = pick(
    locale,
    `Which round: “${quoteTyped(via, 40)}”?`,
    `どの回ですか：「${quoteTyped(via, 40)}」`,
  );
  draft.say(
    pick(
      locale,
      `“${quoteTyped(via, 40)}” fits ${rounds.length} rounds on record: ${joinList(list, locale)}. Which one do you mean?`,
      `「${quoteTyped(via, 40)}」に当てはまる回は${rounds.length}つあります：${joinList(list, locale)}。どの回についてですか？`,
    ),
  );
  for (const round of rounds) {
    draft.cite(isKnown(round.date) ? round.date.evidence : []);
    suggest(draft, locale, { ...query, round: round.number });
  }
}

/**
 * "No round was named, so this is the latest round whose co-chairs are on record: the 3rd (11 December 2017,
 * Tokyo)." — said when an answer falls back on the latest round that records what was asked.
 */
export function latestRoundNote(locale: Locale, round: Round, recorded: { en: string; ja: string }): string {
  const context = roundWhenWhere(round, locale);
  return pick(
    locale,
    `No round was named, so this is the latest round ${recorded.en}: the ${ordinal(round.number)}${context ? ` (${context})` : ""}.`,
    `回の指定がないため、${recorded.ja}記録されている最新の回である第${round.number}回${context ? `（${context}）` : ""}についてお答えします。`,
  );
}

/**
 * The opening of an answer about one round: the round, the title ("Topics of the 2nd round (2 August 2016,
 * Tokyo)", 「第2回（…）の議題」) and, when no round was named, which round this is and why.
 */
export function openRoundAnswer(
  ctx: Ctx,
  draft: Draft,
  round: Round,
  named: boolean,
  what: { en: string; ja: string; recorded: { en: string; ja: string } },
): void {
  const { locale } = ctx;
  draft.round = round.number;
  const context = roundWhenWhere(round, locale);
  draft.title = pick(
    locale,
    `${what.en} of the ${ordinal(round.number)} round${context ? ` (${context})` : ""}`,
    `第${round.number}回${context ? `（${context}）` : ""}の${what.ja}`,
  );
  if (!named) draft.say(latestRoundNote(locale, round, what.recorded));
}
