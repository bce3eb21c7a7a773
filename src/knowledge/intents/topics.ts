/** What a round discussed, or which rounds discussed a topic. */

import { pick } from "../answer/format.ts";
import { ofRound } from "../answer/labels.ts";
import { composeTopics } from "../answer/topics.ts";
import type { IntentSpec } from "./spec.ts";

export const topics: IntentSpec<"topics"> = {
  name: "topics",
  slots: ["round", "term"],
  compose: composeTopics,
  label: (round, locale) => pick(locale, `Topics${ofRound(round, locale)}`, `${ofRound(round, locale)}議題`),
  multiRound: true,
  priority: 5,
  cues: [
    {
      weight: 3,
      anchors: true,
      words: [
        "exchanged",
        "agenda",
        "issues",
        "talked",
        "talk",
        "fora",
        "forum",
        "forums",
        "cooperation",
        "areas",
        "content",
      ],
      inflected: ["discuss", "topic", "theme", "subject", "mention", "raise", "address", "focus", "cover"],
      phrases: [
        "talk(?:ed)? about",
        "what was (?:said|agreed)",
        "what did they (?:say|agree)",
        // "what did round 3 say about ransomware?": what was said on a subject
        "(?:say|said|says|state|stated|states) (?:anything |something |much )?(?:about|on)",
        "came up",
        "come up",
        "on the table",
      ],
      ja: [
        "議題",
        "話題",
        "議論",
        "話し合",
        "話し",
        "協議内容",
        "テーマ",
        "意見交換",
        "内容",
        "協力分野",
        "分野",
        "取り上げ",
        "焦点",
        "言及",
        // 「情報共有は協議されましたか」: 協議 as a verb (discussed), not the dialogue's name
        "協議され",
        "協議し(?:た|ま)",
        "枠組み",
        // 「Xの話は出た？」: talk of something (話 alone is too broad: 電話, 会話)
        "の話(?:は|が|も|って)",
      ],
    },
  ],
};
