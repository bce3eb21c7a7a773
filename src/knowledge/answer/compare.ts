/**
 * Rounds compared on what is asked (place, date, co-chairs, agencies per side, topics): what changed, what
 * is only in one, what is in both. A fact not recorded for a round is said to be not recorded, never
 * counted as an absence; a list recorded as incomplete ("including") makes "only at" a lower bound.
 */
import type { Side } from "../answer-types.ts";
import type { Aspect, Comparison } from "../conversation/compare-reading.ts";
import {
  announcementBy,
  cochairsOf,
  isKnown,
  participantsOf,
  roleAt,
  roundByNumber,
  SIDES,
} from "../queries.ts";
import type { Round } from "../types.ts";
import { monthsBetween, spanText } from "./cadence.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import {
  cityName,
  formatDate,
  joinList,
  localText,
  ordinal,
  organisationShort,
  personName,
  pick,
} from "./format.ts";

interface Line {
  /** the one-line verdict for the text */
  summary: string;
  /** details for the section (may equal the summary) */
  detail: string;
  changed?: boolean;
  unrecorded?: boolean;
  /** something is the same at every round compared (a co-chair, an agency): "anything in common?" */
  shared?: boolean;
}

const label = (n: number, locale: "en" | "ja") => pick(locale, ordinal(n), `第${n}回`);

/** One value per round (undefined = not recorded), judged: the same at all, changed, or not comparable. */
function compareValues(ctx: Ctx, what: string, rounds: Round[], values: (string | undefined)[]): Line {
  const { locale } = ctx;
  const missing = rounds.filter((_, i) => values[i] === undefined).map((r) => label(r.number, locale));
  const per = rounds.map(
    (r, i) => `${values[i] ?? pick(locale, "not recorded", "記録なし")} (${label(r.number, locale)})`,
  );
  if (missing.length > 0) {
    const summary = pick(
      locale,
      `${what}: not recorded for the ${joinList(missing, locale)}, so it cannot be compared (${per.join(" / ")}).`,
      `${what}：${missing.join("・")}は記録されていないため比較できません（${per.join("／")}）。`,
    );
    return { summary, detail: summary, unrecorded: true };
  }
  const same = values.every((v) => v === values[0]);
  const summary = same
    ? pick(
        locale,
        `${what}: the same — ${values[0]} at ${rounds.length === 2 ? "both" : "all"}.`,
        `${what}：同じ（${values[0]}）。`,
      )
    : pick(locale, `${what}: changed — ${per.join(" → ")}.`, `${what}：変更あり — ${per.join(" → ")}。`);
  return { summary, detail: summary, changed: !same, shared: same };
}

/** What each round announced about the next one, and whether that round was then held as announced. */
function announcedLine(ctx: Ctx, draft: Draft, rounds: Round[]): Line {
  const { kb, locale } = ctx;
  const values = rounds.map((r) => {
    const a = announcementBy(kb, r);
    if (!a) return undefined;
    draft.cite(a.evidence);
    const { round, place, date } = a.announced;
    const where = place ? cityName(place, locale) : "";
    const when = date ? formatDate(date, locale) : "";
    const held = a.target && isKnown(a.target.place) ? cityName(a.target.place.value, locale) : undefined;
    const outcome = held
      ? pick(locale, `; held in ${held}`, `、実際は${held}で開催`)
      : pick(locale, "; not recorded as held", "、開催は記録されていません");
    return pick(
      locale,
      `the ${ordinal(round)} round${where ? ` for ${where}` : ""}${when ? ` in ${when}` : ""}${outcome}`,
      `第${round}回を${when ? `${when}に` : ""}${where ? `${where}で` : ""}開催${outcome}`,
    );
  });
  return compareValues(ctx, pick(locale, "Next round announced", "次回の発表"), rounds, values);
}

function placeLine(ctx: Ctx, draft: Draft, rounds: Round[]): Line {
  const values = rounds.map((r) => (isKnown(r.place) ? cityName(r.place.value, ctx.locale) : undefined));
  for (const r of rounds) if (isKnown(r.place)) draft.cite(r.place.evidence);
  return compareValues(ctx, pick(ctx.locale, "Place", "開催地"), rounds, values);
}

function dateLine(ctx: Ctx, draft: Draft, rounds: Round[]): Line {
  const { locale } = ctx;
  for (const r of rounds) if (isKnown(r.date)) draft.cite(r.date.evidence);
  const line = compareValues(
    ctx,
    pick(locale, "Date", "開催時期"),
    rounds,
    rounds.map((r) => (isKnown(r.date) ? formatDate(r.date.value, locale) : undefined)),
  );
  const gaps: string[] = [];
  for (let i = 1; i < rounds.length; i++) {
    const a = rounds[i - 1]?.date;
    const b = rounds[i]?.date;
    if (!isKnown(a) || !isKnown(b)) continue;
    const rough = [a.value, b.value].some((d) => d.precision !== "day" || d.approximate);
    gaps.push(spanText(Math.abs(monthsBetween(a.value, b.value)), rough, locale));
  }
  if (gaps.length && !line.unrecorded)
    line.summary = line.summary.replace(
      /\.$|。$/,
      pick(locale, ` (${gaps.join(", ")} apart).`, `（間隔：${gaps.join("、")}）。`),
    );
  line.detail = line.summary;
  return line;
}

/** A side's co-chair at each round (undefined where none is recorded), cited. */
function chairsOf(ctx: Ctx, draft: Draft, rounds: Round[], side: Side) {
  return rounds.map((r) => {
    const c = cochairsOf(ctx.kb, r).find((x) => x.side === side);
    if (c) draft.cite(c.evidence);
    return c;
  });
}

function cochairLines(ctx: Ctx, draft: Draft, rounds: Round[], sides: Side[]): Line[] {
  const { locale } = ctx;
  return sides.map((side) => {
    const values = chairsOf(ctx, draft, rounds, side).map((c) =>
      c ? personName(c.person, locale) : undefined,
    );
    const what = pick(
      locale,
      `${side === "JP" ? "Japanese" : "Australian"} co-chair`,
      `${side === "JP" ? "日本側" : "豪州側"}共同議長`,
    );
    return compareValues(ctx, what, rounds, values);
  });
}

/** Each side's co-chairs' titles at the rounds compared (a title recorded in one language compares as such). */
function titleLines(ctx: Ctx, draft: Draft, rounds: Round[], sides: Side[]): Line[] {
  const { locale } = ctx;
  return sides.map((side) => {
    const recorded = chairsOf(ctx, draft, rounds, side).map((c, i) =>
      c ? roleAt(c.person, rounds[i]?.number)?.title : undefined,
    );
    // compared in a language every title is recorded in; a title only in the other cannot be compared
    const lang = (["en", "ja"] as const).find((l) => recorded.every((t) => !t || t[l] !== undefined)) ?? "en";
    const titles = recorded.map((t) =>
      t?.[lang] !== undefined ? { key: t[lang] ?? "", shown: localText(t, locale) } : undefined,
    );
    const what = pick(
      locale,
      `${side === "JP" ? "Japanese" : "Australian"} co-chairs' titles`,
      `${side === "JP" ? "日本側" : "豪州側"}共同議長の肩書`,
    );
    if (recorded.every((t) => t) && titles.some((t) => !t))
      return inOtherLanguage(ctx, what, rounds, recorded);
    const line = compareValues(
      ctx,
      what,
      rounds,
      titles.map((t) => t?.key),
    );
    // shown in the answer's language
    const shown = (text: string) =>
      titles.reduce((out, t) => (t && t.key !== t.shown ? out.split(t.key).join(t.shown) : out), text);
    return { ...line, summary: shown(line.summary), detail: shown(line.detail) };
  });
}

/** Titles recorded, but not all in one language: they cannot be compared (each shown as recorded). */
function inOtherLanguage(
  ctx: Ctx,
  what: string,
  rounds: Round[],
  titles: ({ en?: string; ja?: string } | undefined)[],
): Line {
  const { locale } = ctx;
  const per = rounds.map((r, i) => `${localText(titles[i] ?? {}, locale)} (${label(r.number, locale)})`);
  // two titles recorded in the same language that differ: changed, whatever the others were
  const differ = titles.some((a, i) =>
    titles.slice(i + 1).some((b) => (["en", "ja"] as const).some((l) => a?.[l] && b?.[l] && a[l] !== b[l])),
  );
  if (differ) {
    const changed = pick(
      locale,
      `${what}: changed — ${per.join(" → ")}.`,
      `${what}：変更あり — ${per.join(" → ")}。`,
    );
    return { summary: changed, detail: changed, changed: true };
  }
  const summary = pick(
    locale,
    `${what}: recorded in different languages only, so they cannot be compared (${per.join(" / ")}).`,
    `${what}：別々の言語でしか記録されておらず、比較できません（${per.join("／")}）。`,
  );
  return { summary, detail: summary, unrecorded: true };
}

function agencyLine(ctx: Ctx, draft: Draft, rounds: Round[], side: Side): Line {
  const { kb, locale } = ctx;
  const lists = rounds.map((r) => participantsOf(kb, r, side)[0]);
  const what = pick(
    locale,
    `${side === "JP" ? "Japanese" : "Australian"} agencies`,
    `${side === "JP" ? "日本側" : "豪州側"}参加機関`,
  );
  const missing = rounds
    .filter((_, i) => lists[i]?.fact.status !== "known")
    .map((r) => label(r.number, locale));
  if (missing.length > 0) {
    const summary = pick(
      locale,
      `${what}: not recorded for the ${joinList(missing, locale)}, so they cannot be compared.`,
      `${what}：${missing.join("・")}は記録されていないため比較できません。`,
    );
    return { summary, detail: summary, unrecorded: true };
  }
  for (const l of lists) if (l && isKnown(l.fact)) draft.cite(l.fact.evidence);
  const ids = lists.map((l) => (l?.organisations ?? []).map((o) => o.id));
  const name = (id: string) => {
    const org = kb.organisations.get(id);
    return org ? organisationShort(org, locale) : id;
  };
  const all = [...new Set(ids.flat())];
  const common = all.filter((id) => ids.every((list) => list.includes(id)));
  const partial = rounds.filter((_, i) => {
    const f = lists[i]?.fact;
    return isKnown(f) && !f.value.complete;
  });
  const lines = [
    pick(
      locale,
      `In ${rounds.length === 2 ? "both" : "all"} (${common.length}): ${common.map(name).join(", ") || "none"}`,
      `共通（${common.length}）：${common.map(name).join("、") || "なし"}`,
    ),
  ];
  rounds.forEach((r, i) => {
    // (at this round and at none of the others compared)
    const only = (ids[i] ?? []).filter((id) => !ids.some((list, j) => j !== i && list.includes(id)));
    lines.push(
      pick(
        locale,
        `Only at the ${ordinal(r.number)} (${only.length}): ${only.map(name).join(", ") || "none"}`,
        `第${r.number}回のみ（${only.length}）：${only.map(name).join("、") || "なし"}`,
      ),
    );
  });
  if (partial.length)
    lines.push(
      pick(
        locale,
        `(The list for the ${joinList(
          partial.map((r) => ordinal(r.number)),
          locale,
        )} is not complete: the source says “including”, so “only at” does not mean absent elsewhere.)`,
        `（${partial.map((r) => `第${r.number}回`).join("・")}の一覧は完全ではない（出典が「含む」としている）ため、「のみ」は他の回に不在だったことを意味しません。）`,
      ),
    );
  const changed = ids.some((list) => list.length !== common.length);
  const onlyAt = (i: number) =>
    (ids[i] ?? []).filter((id) => !ids.some((list, j) => j !== i && list.includes(id))).length;
  // "11 at the 3rd, 7 at the 1st": each round's count first (asked "how many … versus …?")
  const counts = pick(
    locale,
    rounds.map((r, i) => `${(ids[i] ?? []).length} at the ${ordinal(r.number)}`).join(", "),
    rounds.map((r, i) => `第${r.number}回${(ids[i] ?? []).length}`).join("、"),
  );
  const summary = pick(
    locale,
    `${what}: ${counts}; ${changed ? `${common.length} in ${rounds.length === 2 ? "both" : "all"}; ${rounds.map((r, i) => `${onlyAt(i)} only at the ${ordinal(r.number)}`).join(", ")}` : `the same ${common.length} at ${rounds.length === 2 ? "both" : "all"}`}${partial.length ? " (a list is incomplete)" : ""}.`,
    `${what}：${counts}；${changed ? `共通${common.length}、${rounds.map((r, i) => `第${r.number}回のみ${onlyAt(i)}`).join("、")}` : `同じ${common.length}機関`}${partial.length ? "（不完全な一覧あり）" : ""}。`,
  );
  return { summary, detail: lines.join("\n"), changed, shared: common.length > 0 };
}

function topicsLine(ctx: Ctx, draft: Draft, rounds: Round[]): Line {
  const { locale } = ctx;
  const what = pick(locale, "Topics", "議題");
  const lists = rounds.map((r) =>
    isKnown(r.topics) ? r.topics.value.map((t) => localText(t, locale)) : undefined,
  );
  for (const r of rounds) if (isKnown(r.topics)) draft.cite(r.topics.evidence);
  const missing = rounds.filter((_, i) => lists[i] === undefined).map((r) => label(r.number, locale));
  const key = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const known = lists.filter((l): l is string[] => l !== undefined);
  const common = (known[0] ?? []).filter((t) => known.every((l) => l.some((x) => key(x) === key(t))));
  const detail = rounds
    .map(
      (r, i) =>
        `${pick(locale, `The ${ordinal(r.number)}`, `第${r.number}回`)}: ${lists[i]?.join("; ") ?? pick(locale, "not recorded", "記録されていません")}`,
    )
    .join("\n");
  const summary = missing.length
    ? pick(
        locale,
        `${what}: not recorded for the ${joinList(missing, locale)}, so they cannot be compared.`,
        `${what}：${missing.join("・")}は記録されていないため比較できません。`,
      )
    : pick(
        locale,
        `${what}: recorded in each round's own wording; ${common.length ? `in both: ${common.join("; ")}` : "none recorded in the same words at both"}.`,
        `${what}：各回の記録どおりの表現で、${common.length ? `共通：${common.join("；")}` : "同じ表現で記録された議題はありません"}。`,
      );
  return {
    summary,
    detail,
    changed: !missing.length,
    shared: common.length > 0 && !missing.length,
    ...(missing.length ? { unrecorded: true } : {}),
  };
}

const HEADINGS: Record<Aspect, [string, string]> = {
  date: ["Date", "開催時期"],
  place: ["Place", "開催地"],
  cochairs: ["Co-chairs", "共同議長"],
  titles: ["Co-chairs' titles", "共同議長の肩書"],
  agencies: ["Agencies", "参加機関"],
  topics: ["Topics", "議題"],
  announced: ["Next round announced", "次回の発表"],
};

export function composeCompare(ctx: Ctx, draft: Draft, asked: Comparison): void {
  const { kb, locale } = ctx;
  const rounds = asked.rounds.map((n) => roundByNumber(kb, n)).filter((r): r is Round => r !== undefined);
  const absent = asked.rounds.filter((n) => !roundByNumber(kb, n));
  const names = rounds.map((r) => label(r.number, locale));
  draft.round = rounds[0]?.number ?? null;
  draft.title = pick(locale, `The ${joinList(names, locale)} rounds compared`, `${names.join("と")}の比較`);
  if (rounds.length < 2) {
    draft.say(
      pick(
        locale,
        `The ${joinList(absent.map(ordinal), locale)} round is not on record, so there is nothing to compare.`,
        `${absent.map((n) => `第${n}回`).join("・")}は記録にないため、比較できません。`,
      ),
    );
    return;
  }
  const sides = asked.side ? [asked.side] : [...SIDES];
  const lines: { aspect: Aspect; line: Line }[] = [];
  for (const aspect of asked.aspects) {
    if (aspect === "place") lines.push({ aspect, line: placeLine(ctx, draft, rounds) });
    if (aspect === "date") lines.push({ aspect, line: dateLine(ctx, draft, rounds) });
    if (aspect === "cochairs")
      for (const line of cochairLines(ctx, draft, rounds, sides)) lines.push({ aspect, line });
    if (aspect === "titles")
      for (const line of titleLines(ctx, draft, rounds, sides)) lines.push({ aspect, line });
    if (aspect === "agencies")
      for (const side of sides) lines.push({ aspect, line: agencyLine(ctx, draft, rounds, side) });
    if (aspect === "topics") lines.push({ aspect, line: topicsLine(ctx, draft, rounds) });
    if (aspect === "announced") lines.push({ aspect, line: announcedLine(ctx, draft, rounds) });
  }
  draft.say(
    verdict(
      ctx,
      asked,
      lines.map((l) => l.line),
    ),
  );
  if (lines.length > 2) draft.say(overview(ctx, lines));
  draft.say(lines.map((l) => l.line.summary).join(locale === "ja" ? "" : " "));
  if (absent.length)
    draft.say(
      pick(
        locale,
        ` (The ${joinList(absent.map(ordinal), locale)} round is not on record.)`,
        `（${absent.map((n) => `第${n}回`).join("・")}は記録にありません。）`,
      ),
    );
  for (const aspect of asked.aspects) {
    const body = lines
      .filter((l) => l.aspect === aspect && l.line.detail !== l.line.summary)
      .map((l) => l.line.detail)
      .join("\n\n");
    if (body) draft.section(pick(locale, ...HEADINGS[aspect]), body);
  }
  const single = asked.aspects.length === 1 ? asked.aspects[0] : undefined;
  draft.intent =
    single === "cochairs" || single === "titles"
      ? "cochairs"
      : single === "agencies"
        ? "agencies"
        : single === "topics"
          ? "topics"
          : single
            ? "when_where"
            : "round_overview";
}

/** "Changed: date, co-chairs; the same: place; not recorded for one of them: topics." */
function overview(ctx: Ctx, lines: { aspect: Aspect; line: Line }[]): string {
  const { locale } = ctx;
  const name = (l: { aspect: Aspect; line: Line }) => l.line.summary.split(/[:：]/)[0] ?? "";
  const of = (test: (l: Line) => boolean) => [...new Set(lines.filter((l) => test(l.line)).map(name))];
  const changed = of((l) => !!l.changed && !l.unrecorded);
  const same = of((l) => !l.changed && !l.unrecorded);
  const unknown = of((l) => !!l.unrecorded);
  const parts = [
    changed.length ? pick(locale, `changed: ${changed.join(", ")}`, `変更あり：${changed.join("、")}`) : "",
    same.length ? pick(locale, `the same: ${same.join(", ")}`, `同じ：${same.join("、")}`) : "",
    unknown.length
      ? pick(
          locale,
          `not comparable (not recorded): ${unknown.join(", ")}`,
          `比較不能（記録なし）：${unknown.join("、")}`,
        )
      : "",
  ].filter(Boolean);
  return pick(locale, `In short — ${parts.join("; ")}.`, `要点：${parts.join("。")}。`);
}

/** A yes/no comparison ("did it change?") answered first: yes/no only when every part asked is recorded. */
function verdict(ctx: Ctx, asked: Comparison, lines: Line[]): string {
  if (!asked.yesno) return "";
  const { locale } = ctx;
  if (asked.yesno !== "common" && lines.some((l) => l.unrecorded) && !lines.some((l) => l.changed))
    return pick(locale, "Not recorded — ", "記録されていません。");
  // "anything in common?": yes when something is the same at each; no only when every part is recorded
  if (asked.yesno === "common") {
    if (lines.some((l) => l.shared)) return pick(locale, "Yes — ", "はい。");
    return lines.some((l) => l.unrecorded)
      ? pick(locale, "Not recorded — ", "記録されていません。")
      : pick(locale, "No — ", "いいえ。");
  }
  const changed = lines.some((l) => l.changed);
  const yes = asked.yesno === "changed" ? changed : !changed;
  return yes ? pick(locale, "Yes — ", "はい。") : pick(locale, "No — ", "いいえ。");
}
