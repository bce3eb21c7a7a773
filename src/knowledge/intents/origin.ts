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
        "origin",
        "origins",
        "originate",
        "originated",
        "agreement",
        "founded",
        "founding",
        "inception",
        "genesis",
        "conceived",
        "summit",
      ],
      inflected: ["agree", "establish"],
      phrases: [
        "come into being",
        "first agreed",
        "who agreed",
        "how did (?:it|the dialogue) (?:start|begin|come about)",
        // "what year did it all begin?": "it" with nothing else named is the dialogue
        "did it (?:all )?(?:start|begin)",
        "it all (?:started|began)",
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
        "発端",
        "由来",
        "首脳会談",
        "立ち上げ",
      ],
    },
    {
      weight: 3,
      words: ["began", "begin", "beginning", "decided"],
      // how it came to be told as a story: "the story of the dialogue" (and compounds headed by it, "backstory")
      inflected: ["create", "launch", "start", "sign", "approve", "endorse", "initiate", "propose", "story"],
      phrases: [
        "set up",
        // "the summit that set it up", "what kicked it off"
        "set (?:it|this|that|the dialogue|them) up",
        "kick(?:ed|s)? (?:it|this|the dialogue) off",
        "come about",
        "came about",
        "sign(?:ed)? off",
        "sign(?:ed)? up",
        "c[ao]me up with",
        "thought of",
      ],
    },
  ],
};
