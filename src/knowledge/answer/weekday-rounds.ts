/**
 * "Which round was held on a Friday?", "Was any round held on a Monday?": the rounds whose recorded day
 * falls on that weekday. A round whose exact day is not recorded may have been held on it: said, never guessed.
 */
import { isKnown } from "../queries.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import { formatDate, joinList, ordinal, pick, weekday } from "./format.ts";

export function composeRoundsOnWeekday(ctx: Ctx, draft: Draft, day: string): void {
  const { kb, locale, hints } = ctx;
  const held = kb.rounds.filter((r) => isKnown(r.date));
  const on = held.filter((r) => isKnown(r.date) && weekday(r.date.value, "en")?.toLowerCase() === day);
  const unknownDay = held.filter((r) => isKnown(r.date) && weekday(r.date.value, "en") === undefined);
  const shown = on[0] && isKnown(on[0].date) ? weekday(on[0].date.value, locale) : undefined;
  const dayName = shown ?? day.replace(/^\w/, (c) => c.toUpperCase());
  draft.title = pick(locale, `Rounds held on a ${dayName}`, `${dayName}に開催された回`);
  for (const r of [...on, ...unknownDay]) if (isKnown(r.date)) draft.cite(r.date.evidence);
  const listed = on.map((r) =>
    pick(
      locale,
      `the ${ordinal(r.number)} (${isKnown(r.date) ? formatDate(r.date.value, locale) : ""})`,
      `第${r.number}回（${isKnown(r.date) ? formatDate(r.date.value, locale) : ""}）`,
    ),
  );
  const verdict = !hints.yesno
    ? ""
    : on.length > 0
      ? pick(locale, "Yes — ", "はい。")
      : unknownDay.length > 0
        ? pick(locale, "Not recorded — ", "記録されていません。")
        : pick(locale, "No — ", "いいえ。");
  draft.say(
    on.length > 0
      ? pick(
          locale,
          `${verdict}Held on a ${dayName}: ${joinList(listed, locale)}.`,
          `${verdict}${dayName}に開催された回：${joinList(listed, locale)}。`,
        )
      : pick(
          locale,
          `${verdict}${verdict ? "no" : "No"} round on record was held on a ${dayName}.`,
          `${verdict}${dayName}に開催された回は記録されていません。`,
        ),
  );
  if (unknownDay.length > 0)
    draft.say(
      pick(
        locale,
        `The exact day of ${joinList(
          unknownDay.map((r) => `the ${ordinal(r.number)}`),
          locale,
        )} is not recorded, so its weekday is not known.`,
        `${unknownDay.map((r) => `第${r.number}回`).join("・")}は正確な日付が記録されていないため、曜日は分かりません。`,
      ),
    );
}
