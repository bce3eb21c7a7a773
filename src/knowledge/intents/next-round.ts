/** What was announced about the round after a round (by default the latest announcement). */

import { ordinal, pick } from "../answer/format.ts";
import { composeNextRound } from "../answer/next-round.ts";
import type { IntentSpec } from "./spec.ts";

export const nextRound: IntentSpec<"next_round"> = {
  name: "next_round",
  slots: ["round", "side"],
  compose: composeNextRound,
  label: (round, locale) =>
    round === undefined
      ? pick(locale, "The latest announced next round", "次回についての最新の発表")
      : pick(locale, `What the ${ordinal(round)} round announced`, `第${round}回で発表された次回`),
  priority: 4,
  cues: [
    {
      weight: 3,
      words: ["next", "upcoming", "planned"],
      inflected: ["announce", "schedule"],
      phrases: [
        "next (?:time|one|round|meeting|dialogue|session)",
        "will (?:be held|hold|take place|meet|happen)",
        "supposed to",
        "going to be",
        "due to be",
        "expected to",
        "plan(?:ned)? (?:for|to)",
        "following (?:round|meeting|dialogue|one|session)",
        "future (?:round|meeting|dialogue)s?",
        "comes? after",
        "came after",
        "what follows",
        "what is after",
        "after (?:the )?(?:latest|last|most recent) (?:round|meeting|dialogue|one)",
      ],
      ja: [
        "次回",
        "次の",
        "次は",
        "次って",
        "次いつ",
        "次に",
        "今後",
        "予定",
        "発表",
        "今度(?:の|は|って|いつ)",
      ],
    },
  ],
};
