/** Who co-chaired a round (for one side or both). */
import { composeCochairs } from "../answer/cochairs.ts";
import { pick } from "../answer/format.ts";
import { ofRound } from "../answer/labels.ts";
import type { IntentSpec } from "./spec.ts";

export const cochairs: IntentSpec<"cochairs"> = {
  name: "cochairs",
  slots: ["round", "side", "organisation"],
  compose: composeCochairs,
  label: (round, locale) =>
    pick(locale, `Co-chairs${ofRound(round, locale)}`, `${ofRound(round, locale)}共同議長`),
  multiRound: true,
  priority: 1,
  cues: [
    {
      weight: 4,
      anchors: true,
      words: [
        "cochairman",
        "cochairmen",
        "cochairperson",
        "cochairpersons",
        "chairman",
        "chairmen",
        "chairperson",
        "chairpersons",
        "chairwoman",
        "presided",
        "preside",
        "presiding",
      ],
      inflected: ["cochair", "chair", "cohost"],
      phrases: [
        "in charge",
        "heads? of (?:the |each |both |two )*(?:delegations?|sides?)",
        "(?:delegation|delegations) heads?",
        "who (?:led|headed|lead|leads|ran|chaired|represented)",
        "who (?:was|were) (?:the )?(?:\\w+ )?(?:representatives?|reps?|heads?|leaders?)",
        "(?:led|headed) (?:the|by|it|for|japan|australia)",
        "leaders? of (?:the )?(?:delegations?|talks|dialogue|meeting|round)",
        "top (?:{side}|official|person|people|brass|diplomat|rep|representative)s?",
        "in the chair",
        // "who took over for the third?": who held the role next
        "(?:took|take|takes|taken|taking) over",
        "(?:who|whos) (?:was|were) (?:the )?(?:top|lead|boss|bosses|chief)\\b",
      ],
      ja: [
        "共同議長",
        "議長",
        "首席代表",
        "代表団長",
        "団長",
        "率い",
        "主宰",
        "取り仕切",
        "仕切っ",
        "トップ",
      ],
    },
  ],
};
