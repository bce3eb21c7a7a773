/** What a round produced (a joint statement, a commitment), as recorded. */

import { pick } from "../answer/format.ts";
import { ofRound } from "../answer/labels.ts";
import { composeOutcomes } from "../answer/outcomes.ts";
import type { IntentSpec } from "./spec.ts";

export const outcomes: IntentSpec<"outcomes"> = {
  name: "outcomes",
  slots: ["round"],
  compose: composeOutcomes,
  label: (round, locale) => pick(locale, `Outcome${ofRound(round, locale)}`, `${ofRound(round, locale)}成果`),
  multiRound: true,
  refines: "topics",
  cues: [
    {
      weight: 3,
      anchors: true,
      // "issued" (a statement issued), not "issue" (a topic): the past participle only
      words: ["result", "results", "statement", "issued"],
      inflected: [
        "outcome",
        "conclusion",
        "achieve",
        "commit",
        "recommit",
        "reaffirm",
        "deliver",
        "deliverable",
      ],
      phrases: ["joint statement", "came out of", "come out of", "resulted in", "produced?"],
      ja: ["成果", "共同ステートメント", "声明"],
    },
  ],
};
