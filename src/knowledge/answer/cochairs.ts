import type { Side } from "../answer-types.ts";
import {
  type Cochair,
  cochairsOf,
  isKnown,
  latestRound,
  latestRoundRecording,
  roundByNumber,
  roundsCochairedBy,
  SIDES,
} from "../queries.ts";
import type { Round } from "../types.ts";
import { sayCommenters } from "./commented.ts";
import { conflictNote, correctionNote, heldNotRecorded, latestRoundNote, suggest } from "./common.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import {
  countryName,
  joinList,
  ordinal,
  personName,
  pick,
  RoundName,
  roleDescription,
  roundName,
  roundWhenWhere,
  sideAdjective,
} from "./format.ts";

/** Which round a co-chairs question is about: the one named, the one a named person co-chaired, or the latest on record. */
function chooseRound(ctx: Ctx): { round: Round | undefined; defaulted: boolean } {
  const { kb, query } = ctx;
  const named = roundByNumber(kb, query.round);
  if (named) return { round: named, defaulted: false };
  if (query.person) {
    const chaired = roundsCochairedBy(kb, query.person);
    const last = chaired[chaired.length - 1];
    if (last) return { round: last.round, defaulted: false };
  }
  return { round: latestRoundRecording(kb, "cochairs", query.side), defaulted: true };
}

/** The co-chairs recorded for the sides asked. */
function sayKnown(ctx: Ctx, draft: Draft, round: Round, known: Cochair[]): void {
  const { kb, locale, query } = ctx;
  const described = known.map((c) => {
    const role = roleDescription(kb, c.person, locale, round.number);
    return locale === "ja"
      ? `${sideAdjective(c.side, locale)}は${personName(c.person, locale)}${role ? `（${role}）` : ""}`
      : `${personName(c.person, locale)}${role ? `, ${role},` : ""} for ${countryName(c.side, locale)}`;
  });
  for (const c of known) draft.cite(c.evidence);
  if (known.length > 0) {
    if (query.side && known.length === 1 && known[0]) {
      const c = known[0];
      const role = roleDescription(kb, c.person, locale, round.number);
      draft.say(
        pick(
          locale,
          `${countryName(c.side, locale)}'s co-chair at ${roundName(round.number, locale)} was ${personName(c.person, locale)}${role ? `, ${role}` : ""}.`,
          `第${round.number}回の${sideAdjective(c.side, locale)}共同議長は${personName(c.person, locale)}${role ? `（${role}）` : ""}でした。`,
        ),
      );
    } else {
      draft.say(
        pick(
          locale,
          `${RoundName(round.number, locale)} was co-chaired by ${described.join(", and ").replace(/,, /g, ", ")}.`,
          `第${round.number}回の共同議長は、${described.join("、")}でした。`,
        ),
      );
    }
  }
}

/** The sides whose co-chair is not recorded, and the latest round that records them. */
function sayUnknown(ctx: Ctx, draft: Draft, round: Round, known: Cochair[], unknownSides: Side[]): void {
  const { kb, locale, query } = ctx;
  if (known.length === 0) {
    const who = query.side
      ? pick(
          locale,
          `The ${sideAdjective(query.side, locale)} co-chair`,
          `${sideAdjective(query.side, locale)}の共同議長`,
        )
      : pick(locale, "The co-chairs", "共同議長");
    draft.say(
      pick(
        locale,
        `${who} of ${roundName(round.number, locale)} ${query.side ? "is" : "are"} not recorded in the knowledge base.`,
        `第${round.number}回の${query.side ? `${sideAdjective(query.side, locale)}` : ""}共同議長は記録されていません。`,
      ),
    );
    const recorded = latestRoundRecording(kb, "cochairs", query.side);
    if (recorded && recorded.number !== round.number) {
      draft.say(
        pick(
          locale,
          `The latest round with co-chairs on record is the ${ordinal(recorded.number)}.`,
          `共同議長が記録されている最新の回は第${recorded.number}回です。`,
        ),
      );
      suggest(draft, locale, {
        intent: "cochairs",
        round: recorded.number,
        ...(query.side ? { side: query.side } : {}),
      });
    }
  } else {
    for (const side of unknownSides) {
      draft.say(
        pick(
          locale,
          `The ${sideAdjective(side, locale)} co-chair is not recorded.`,
          `${sideAdjective(side, locale)}の共同議長は記録されていません。`,
        ),
      );
    }
  }
  sayCommenters(ctx, draft, round, known.length === 0 ? (query.side ? [query.side] : SIDES) : unknownSides);
  if (!isKnown(round.held)) {
    draft.say(`${heldNotRecorded(round.number, locale, "held")}${pick(locale, ".", "。")}`);
  }
}

export function composeCochairs(ctx: Ctx, draft: Draft): void {
  const { kb, locale, query } = ctx;
  if (query.round === undefined && !query.person && ctx.hints.acrossRounds) {
    everyRound(ctx, draft);
    return;
  }
  const { round, defaulted } = chooseRound(ctx);
  if (!round) {
    draft.title = pick(locale, "Co-chairs", "共同議長");
    draft.say(
      pick(
        locale,
        "No co-chairs are recorded in the knowledge base.",
        "共同議長は知識ベースに記録されていません。",
      ),
    );
    return;
  }
  draft.round = round.number;
  const context = roundWhenWhere(round, locale);
  const sides: readonly Side[] = query.side ? [query.side] : SIDES;
  const sideTitle = query.side
    ? pick(
        locale,
        `${countryName(query.side, locale)}'s co-chair`,
        `${sideAdjective(query.side, locale)}の共同議長`,
      )
    : pick(locale, "Co-chairs", "共同議長");
  draft.title = pick(
    locale,
    `${sideTitle} of the ${ordinal(round.number)} round${context ? ` (${context})` : ""}`,
    `第${round.number}回${context ? `（${context}）` : ""}の${sideTitle}`,
  );
  const known = cochairsOf(kb, round).filter((c) => sides.includes(c.side));
  const unknownSides = sides.filter((s) => !known.some((c) => c.side === s));

  const latest = latestRound(kb);
  if (defaulted) {
    draft.say(latestRoundNote(locale, round, { en: "whose co-chairs are on record", ja: "共同議長が" }));
  }
  sayKnown(ctx, draft, round, known);
  if (unknownSides.length > 0) sayUnknown(ctx, draft, round, known, unknownSides);
  if (defaulted && latest && latest.number !== round.number) {
    draft.say(
      pick(
        locale,
        `(The co-chairs of the ${ordinal(latest.number)} round, the latest on record, are not recorded.)`,
        `（記録上最新の第${latest.number}回の共同議長は記録されていません。）`,
      ),
    );
  }
  draft.say(conflictNote(ctx, round));
  draft.say(correctionNote(ctx));
}

/** "List all co-chairs": each round's co-chairs on record, and the rounds whose co-chairs are not. */
function everyRound(ctx: Ctx, draft: Draft): void {
  const { kb, locale, query } = ctx;
  const sides: readonly Side[] = query.side ? [query.side] : SIDES;
  draft.title = pick(
    locale,
    `${query.side ? `${countryName(query.side, locale)}'s co-chairs` : "Co-chairs"} on record`,
    `記録されている${query.side ? sideAdjective(query.side, locale) : ""}共同議長`,
  );
  const lines: string[] = [];
  const missing: number[] = [];
  for (const round of kb.rounds) {
    const known = cochairsOf(kb, round).filter((c) => sides.includes(c.side));
    if (known.length === 0) {
      missing.push(round.number);
      continue;
    }
    for (const c of known) draft.cite(c.evidence);
    const names = known.map((c) =>
      pick(
        locale,
        `${personName(c.person, locale)} (${countryName(c.side, locale)})`,
        `${personName(c.person, locale)}（${sideAdjective(c.side, locale)}）`,
      ),
    );
    lines.push(
      `• ${pick(locale, `${ordinal(round.number)} round`, `第${round.number}回`)} (${roundWhenWhere(round, locale)}): ${names.join(pick(locale, ", ", "、"))}`
        .replace(" (", pick(locale, " (", "（"))
        .replace("): ", pick(locale, "): ", "）：")),
    );
  }
  draft.say(
    pick(
      locale,
      `Co-chairs are recorded for ${lines.length} round${lines.length === 1 ? "" : "s"}${
        missing.length
          ? `; for ${joinList(
              missing.map((n) => `the ${ordinal(n)}`),
              locale,
            )} they are not recorded`
          : ""
      }.`,
      `共同議長が記録されているのは${lines.length}回分です${missing.length ? `（${missing.map((n) => `第${n}回`).join("・")}は記録されていません）` : ""}。`,
    ),
  );
  const people = differentPeople(ctx, sides, missing.length > 0);
  // "did anyone co-chair more than once?": the verdict first
  if (ctx.hints.yesno) draft.paragraphs.unshift(people);
  else draft.say(people);
  draft.section(pick(locale, "Co-chairs by round", "各回の共同議長"), lines.join("\n"));
}

/** "6 different people on record; none co-chaired more than one round" (or who did, and which rounds). */
function differentPeople(ctx: Ctx, sides: readonly Side[], unrecorded: boolean): string {
  const { kb, locale } = ctx;
  const rounds = new Map<string, { name: string; rounds: number[] }>();
  for (const round of kb.rounds)
    for (const c of cochairsOf(kb, round).filter((c) => sides.includes(c.side))) {
      const entry = rounds.get(c.person.id) ?? { name: personName(c.person, locale), rounds: [] };
      entry.rounds.push(round.number);
      rounds.set(c.person.id, entry);
    }
  if (rounds.size === 0) return "";
  const again = [...rounds.values()].filter((p) => p.rounds.length > 1);
  const repeat = again.length
    ? pick(
        locale,
        again
          .map((p) => `${p.name} co-chaired the ${joinList(p.rounds.map(ordinal), locale)} rounds`)
          .join("; "),
        again.map((p) => `${p.name}は第${p.rounds.join("・")}回の共同議長を務めました`).join("。"),
      )
    : pick(
        locale,
        "none co-chaired more than one round on record",
        "複数の回で共同議長を務めた人物は記録されていません",
      );
  const verdict = !ctx.hints.yesno
    ? ""
    : again.length > 0
      ? pick(locale, "Yes — ", "はい。")
      : unrecorded
        ? pick(locale, "Not recorded — ", "記録されていません。")
        : pick(locale, "No — ", "いいえ。");
  return pick(
    locale,
    `${verdict}${rounds.size} different people on record; ${repeat}.`,
    `${verdict}記録上の共同議長は${rounds.size}人で、${repeat}。`,
  );
}
