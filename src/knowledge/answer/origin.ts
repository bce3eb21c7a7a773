import { isKnown, wasHeld } from "../queries.ts";
import type { Person } from "../types.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import {
  cityName,
  eraSentence,
  formatDate,
  joinList,
  localText,
  onDate,
  personName,
  pick,
  roleDescription,
} from "./format.ts";
import { heldSentence } from "./when-where.ts";

export function composeOrigin(ctx: Ctx, draft: Draft): void {
  const { kb, locale } = ctx;
  const dialogue = kb.dialogue;
  const name = localText(dialogue.name, locale);
  const other = locale === "ja" ? dialogue.name.en : dialogue.name.ja;
  draft.title = pick(locale, `How the ${name} began`, `${name}の始まり`);
  const origin = dialogue.origin;
  if (!isKnown(origin)) {
    draft.say(
      pick(
        locale,
        `When and by whom the ${name} was agreed is not recorded in the knowledge base.`,
        `${name}がいつ誰によって合意されたかは記録されていません。`,
      ),
    );
  } else {
    const o = origin.value;
    draft.cite(origin.evidence);
    if (ctx.hints.yesno) {
      const asked = ctx.hints.date;
      const person = ctx.query.person;
      let verdict = true;
      if (person) verdict = o.agreedBy.includes(person);
      // every person named must be one who agreed it, and a name not on record is not one of them
      for (const id of ctx.hints.namedPeople ?? []) verdict &&= o.agreedBy.includes(id);
      if ((ctx.hints.unrecordedNames ?? []).length > 0) verdict = false;
      if (asked) {
        verdict &&= o.date.year === asked.year;
        if (asked.month !== undefined) verdict &&= o.date.month === asked.month;
        if (asked.day !== undefined) verdict &&= o.date.day === asked.day;
      }
      if (ctx.hints.place)
        verdict &&=
          cityName(o.place, "en") === ctx.hints.place || cityName(o.place, "ja") === ctx.hints.place;
      draft.say(verdict ? pick(locale, "Yes — ", "はい。") : pick(locale, "No — ", "いいえ。"));
    }
    const people = o.agreedBy.map((id) => kb.people.get(id)).filter((p): p is Person => !!p);
    const who = people.map((p) => {
      const role = roleDescription(kb, p, locale);
      return locale === "ja"
        ? `${personName(p, locale)}${role ? `（${role}）` : ""}`
        : `${personName(p, locale)}${role ? ` (${role})` : ""}`;
    });
    draft.say(
      pick(
        locale,
        `The ${name}${other ? ` (${other})` : ""} was agreed at the ${localText(o.occasion, locale)} in ${cityName(o.place, locale)} ${onDate(o.date, locale)}${who.length ? `, by ${joinList(who, locale)}` : ""}.`,
        `${name}は、${formatDate(o.date, locale)}に${cityName(o.place, locale)}で開催された${localText(o.occasion, locale)}において、${who.length ? `${joinList(who, locale)}が` : ""}開催に合意しました。`,
      ),
    );
    // "In Heisei terms, when was it agreed?": the date in the era calendar too
    if (ctx.hints.era) draft.say(eraSentence(o.date, locale));
  }
  const first = kb.rounds.find(wasHeld);
  if (first) {
    draft.say(
      pick(
        locale,
        `Its first round on record: ${heldSentence(first, locale)}`,
        `記録上最初の回：${heldSentence(first, locale)}`,
      ),
    );
    if (isKnown(first.date)) draft.cite(first.date.evidence);
  }
}
