/** What an acronym, term or organisation's name stands for. */

import { pick } from "../answer/format.ts";
import { composeGlossary } from "../answer/glossary.ts";
import type { IntentSpec } from "./spec.ts";

export const glossary: IntentSpec<"glossary"> = {
  name: "glossary",
  slots: ["organisation", "term"],
  compose: composeGlossary,
  label: (_round, locale) => pick(locale, "Acronyms and terms", "略語と用語"),
  priority: 6,
  cues: [
    {
      weight: 3,
      words: ["acronym", "meaning", "mean", "means", "stand", "stands", "definition", "expansion", "expand"],
      inflected: ["abbreviate", "define"],
      phrases: [
        "stand for",
        "stands for",
        "short for",
        "full (?:name|form)",
        "what (?:is|are|was|were) (?:the )?[a-z0-9]+\\??$",
      ],
      ja: ["とは", "の略", "何の略", "正式名称", "正式な名前", "意味", "日本語名", "英語名", "略称"],
    },
  ],
};
