/** The rounds on record (all, of a year, of a place, since a year). */

import { pick } from "../answer/format.ts";
import { composeRounds } from "../answer/rounds-list.ts";
import type { IntentSpec } from "./spec.ts";

export const rounds: IntentSpec<"rounds"> = {
  name: "rounds",
  slots: ["round", "place"],
  compose: composeRounds,
  label: (_round, locale) => pick(locale, "All rounds on record", "記録されている回の一覧"),
  priority: 8,
  cues: [
    {
      weight: 2,
      words: [
        "rounds",
        "meetings",
        "dialogues",
        "sessions",
        "list",
        "count",
        "total",
        "history",
        "timeline",
        "ever",
        "annual",
        "annually",
        "yearly",
        "frequency",
        "regularly",
        "often",
      ],
      phrases: ["how many", "how often", "so far", "to date", "number of"],
      ja: ["何回", "これまで", "全て", "すべて", "過去の", "何度"],
    },
    {
      weight: 4,
      anchors: true,
      phrases: [
        "(?:list|every|each|all|which|what|any)(?: of)?(?: the)?(?: other)? (?:rounds|meetings|dialogues|sessions)",
        "(?:list|every|each|all)(?: of)?(?: the)? (?:round|meeting|dialogue|session)",
        "how many (?:rounds|meetings|dialogues|sessions|times)",
        "(?:rounds|meetings|dialogues|sessions) (?:so far|to date|on record|have there been|were there)",
      ],
      ja: [
        "何回開",
        "何回行われ",
        "回数",
        "一覧",
        "歴代",
        "(?:開催|開かれ|行われ)(?:た|された)?(?:他の|ほかの)?回",
        "(?:開催|開かれ|行われ)(?:た|された)の(?:は|って)",
        "どの回",
      ],
    },
  ],
};
