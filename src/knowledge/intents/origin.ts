/** How and when the dialogue was agreed. */

import { pick } from "../answer/format.ts";
import { composeOrigin } from "../answer/origin.ts";
import type { IntentSpec } from "./spec.ts";

export const origin: IntentSpec<"origin"> = {
  name: "origin",
  slots: [],
  compose: composeOrigin,
  label: (_round, locale) => pick(locale, "How the dialogue began", "協議の始まり"),
  priority: 3,
  cues: [
    {
      weight: 4,
      anchors: true,
      words: [
        "agreed",
        "agree",
        "agreement",
        "established",
        "establish",
        "establishment",
        "founded",
        "founding",
        "origin",
        "origins",
        "originate",
        "originated",
        "inception",
        "genesis",
        "conceived",
        "summit",
        "backstory",
        "backstories",
      ],
      phrases: [
        "come into being",
        "first agreed",
        "who agreed",
        "how did (?:it|the dialogue) (?:start|begin|come about)",
      ],
      ja: [
        "合意",
        "設立",
        "発足",
        "始ま",
        "始め",
        "創設",
        "きっかけ",
        "経緯",
        "起源",
        "首脳会談",
        "立ち上げ",
      ],
    },
    {
      weight: 3,
      words: [
        "created",
        "launched",
        "began",
        "begin",
        "started",
        "start",
        "beginning",
        "signed",
        "approved",
        "endorsed",
        "initiated",
        "proposed",
        "launch",
        "launching",
        "decided",
      ],
      phrases: ["set up", "come about", "came about", "sign(?:ed)? off", "sign(?:ed)? up"],
    },
  ],
};
