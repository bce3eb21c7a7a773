/** Who a person is: title, side and the rounds they co-chaired. */

import { pick } from "../answer/format.ts";
import { composePerson } from "../answer/person.ts";
import type { IntentSpec } from "./spec.ts";

export const person: IntentSpec<"person"> = {
  name: "person",
  slots: ["person", "side"],
  compose: composePerson,
  label: (_round, locale) => pick(locale, "What I can answer", "答えられること"),
  priority: 7,
  cues: [
    {
      weight: 2,
      words: ["biography", "background", "whos"],
      inflected: ["title", "position", "role", "job", "post", "rank", "comment", "remark"],
      phrases: [
        "who (?:is|was) (?!the\\b)",
        "what (?:is|was) (?:the )?(?:title|position|role|job)",
        "work(?:ed|s)? (?:for|at)",
        "(?:was|is) \\w+ from",
        "from which",
      ],
      ja: ["誰", "だれ", "役職", "肩書", "人物", "どんな人", "所属"],
    },
  ],
};
