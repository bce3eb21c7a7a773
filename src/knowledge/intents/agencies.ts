/** Which organisations took part in a round. */
import { composeAgencies } from "../answer/agencies.ts";
import { pick } from "../answer/format.ts";
import { atRound } from "../answer/labels.ts";
import type { IntentSpec } from "./spec.ts";

export const agencies: IntentSpec<"agencies"> = {
  name: "agencies",
  slots: ["round", "side", "organisation"],
  compose: composeAgencies,
  label: (round, locale) =>
    pick(locale, `Agencies${atRound(round, locale)}`, `${atRound(round, locale)}参加機関`),
  multiRound: true,
  priority: 2,
  cues: [
    {
      weight: 3,
      anchors: true,
      words: [
        "agency",
        "agencies",
        "organization",
        "organizations",
        "org",
        "orgs",
        "departments",
        "ministries",
        "bodies",
        "represented",
        "representatives",
        "representing",
        "officials",
        "involved",
        "entities",
        "institutions",
      ],
      inflected: ["participate", "attend", "attendee", "delegate", "bring"],
      phrases: [
        "line ?ups?",
        "take part",
        "took part",
        "taking part",
        "taken part",
        "who (?:was|were) (?:there|present|at|in attendance|involved)",
        "at the table",
        "who came",
        "who went",
        "who joined",
        "who sent",
        "which (?:ministry|ministries|department|departments|organization|organizations|bodies|offices)",
        "were present",
        "was present",
        "sent officials",
        "government bodies",
        "how many (?:agencies|organizations|ministries|departments|bodies)",
      ],
      ja: ["参加", "出席", "省庁", "機関", "関係者", "代表団", "府省", "官庁", "顔ぶれ"],
    },
    {
      // 「どこが参加した？」: "where" asking which bodies took part, not where a round was held
      weight: 3,
      anchors: true,
      ja: ["どこ(?:が|から|の(?:省庁|機関)が?)(?:参加|出席)"],
    },
  ],
};
