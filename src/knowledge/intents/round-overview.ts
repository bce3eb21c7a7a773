/** Everything recorded about one round. */

import { ordinal, pick } from "../answer/format.ts";
import { composeOverview } from "../answer/overview.ts";
import type { IntentSpec } from "./spec.ts";

export const roundOverview: IntentSpec<"round_overview"> = {
  name: "round_overview",
  slots: ["round"],
  compose: composeOverview,
  label: (round, locale) =>
    round === undefined
      ? pick(locale, "The latest round", "最新の回")
      : pick(locale, `The ${ordinal(round)} round`, `第${round}回`),
  multiRound: true,
  priority: 10,
  cues: [
    {
      weight: 2,
      words: [
        "overview",
        "summary",
        "summarise",
        "summarize",
        "details",
        "detail",
        "everything",
        "info",
        "information",
        "describe",
        "recap",
        "happened",
        "about",
      ],
      phrases: ["tell me about", "what happened", "what do you know", "what went on"],
      ja: ["について", "概要", "教えて", "まとめ", "詳細", "詳しく", "何があった", "全体"],
    },
  ],
};
