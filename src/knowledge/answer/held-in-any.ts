/**
 * Yes/no questions about where the rounds were held, no round named: "Was a round held in Tokyo?" (some
 * round), "held outside Tokyo and Canberra?" (some round elsewhere than every place named), "Was every round
 * held in Tokyo?" / "were all rounds held in Japan or Australia?" (each round). A round whose place is not
 * recorded can make "no" or "yes" unsure: then the answer is "not recorded", and says which round.
 */
import { isKnown, roundsHeldIn } from "../queries.ts";
import type { Round } from "../types.ts";
import { quoteTyped } from "../understand/hostile.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import { cityName, joinList, NO, NOT_RECORDED, ordinal, pick, roundWithContext, YES } from "./format.ts";

/** "Tokyo or Canberra" ("outside Tokyo and Canberra") / 「東京・キャンベラ」 as the question named them. */
function placesNamed(places: string[], locale: "en" | "ja", joiner: "or" | "and"): string {
  const quoted = places.map((p) => quoteTyped(p, 40));
  if (locale === "ja") return quoted.join("・");
  return quoted.length > 1
    ? `${quoted.slice(0, -1).join(", ")} ${joiner} ${quoted.at(-1)}`
    : (quoted[0] ?? "");
}

/** " (the place of the 4th round is not recorded)" for the rounds whose place is unknown. */
function unknownCaveat(unknown: Round[], locale: "en" | "ja"): string {
  if (unknown.length === 0) return "";
  return pick(
    locale,
    ` (the place of ${joinList(
      unknown.map((r) => `the ${ordinal(r.number)} round`),
      locale,
    )} is not recorded)`,
    `（${unknown.map((r) => `第${r.number}回`).join("、")}の開催地は記録されていません）`,
  );
}

/** "Was every round held in Tokyo?": No with the first round held elsewhere; Yes only if none is unknown. */
function everyRound(ctx: Ctx, draft: Draft, inPlaces: Set<Round>, unknown: Round[], where: string): void {
  const { kb, locale } = ctx;
  const elsewhere = kb.rounds.filter((r) => isKnown(r.place) && !inPlaces.has(r));
  const first = elsewhere[0];
  if (first && isKnown(first.place)) {
    draft.cite(first.place.evidence);
    draft.say(
      pick(
        locale,
        `${NO(locale)}${roundWithContext(first, locale)} was held in ${cityName(first.place.value, locale)}, not ${where}.`,
        `${NO(locale)}${roundWithContext(first, locale)}は${cityName(first.place.value, locale)}で開催されました（${where}ではありません）。`,
      ),
    );
    return;
  }
  const held = kb.rounds.filter((r) => inPlaces.has(r));
  for (const r of held) if (isKnown(r.place)) draft.cite(r.place.evidence);
  const all = joinList(
    held.map((r) => roundWithContext(r, locale)),
    locale,
  );
  draft.say(
    unknown.length > 0
      ? pick(
          locale,
          `${NOT_RECORDED(locale)}every round whose place is recorded was held in ${where} (${all})${unknownCaveat(unknown, locale)}.`,
          `${NOT_RECORDED(locale)}開催地が記録されている回（${all}）はすべて${where}で開催されました${unknownCaveat(unknown, locale)}。`,
        )
      : pick(
          locale,
          `${YES(locale)}${all} were held in ${where}.`,
          `${YES(locale)}${all}はすべて${where}で開催されました。`,
        ),
  );
}

/** "Was a round held in Tokyo?", "held outside Tokyo and Canberra?", "was every round held in Japan?" */
export function heldInAnyRound(ctx: Ctx, draft: Draft, city: string): void {
  const { kb, locale, hints } = ctx;
  const places = hints.places && hints.places.length > 0 ? hints.places : [city];
  const where = placesNamed(places, locale, hints.outside ? "and" : "or");
  const inPlaces = new Set(places.flatMap((p) => roundsHeldIn(kb, p)));
  // "every recorded round": only the rounds whose place is on record are asked about
  const unknown = hints.onRecord ? [] : kb.rounds.filter((r) => !isKnown(r.place));
  draft.title = hints.outside
    ? pick(locale, `Rounds held outside ${where}`, `${where}以外で開催された回`)
    : pick(locale, `Rounds held in ${where}`, `${where}で開催された回`);
  if (hints.allRounds && !hints.outside) {
    everyRound(ctx, draft, inPlaces, unknown, where);
    return;
  }
  // "held outside Tokyo and Canberra?": the rounds recorded as held somewhere else than every place named
  const rounds = hints.outside
    ? kb.rounds.filter((r) => isKnown(r.place) && !inPlaces.has(r))
    : kb.rounds.filter((r) => inPlaces.has(r));
  const outside = hints.outside ? "outside" : "in";
  for (const r of rounds) if (isKnown(r.place)) draft.cite(r.place.evidence);
  if (rounds.length > 0) {
    draft.say(
      pick(
        locale,
        `${YES(locale)}${joinList(
          rounds.map((r) => roundWithContext(r, locale)),
          locale,
        )} ${rounds.length === 1 ? "was" : "were"} held ${outside} ${where}.`,
        `${YES(locale)}${joinList(
          rounds.map((r) => roundWithContext(r, locale)),
          locale,
        )}が${where}${hints.outside ? "以外" : ""}で開催されました。`,
      ),
    );
    return;
  }
  draft.say(
    pick(
      locale,
      `${NO(locale)}no round on record was held ${outside} ${where}${unknownCaveat(unknown, locale)}.`,
      `${NO(locale)}${where}${hints.outside ? "以外" : ""}で開催された回の記録はありません${unknownCaveat(unknown, locale)}。`,
    ),
  );
}
