/** Whether an organisation or person attended or co-chaired a round, or a round was held in a place. */

import { pick } from "../answer/format.ts";
import { composeMembership } from "../answer/membership.ts";
import type { IntentSpec } from "./spec.ts";

export const membership: IntentSpec<"membership"> = {
  name: "membership",
  slots: ["round", "side", "organisation", "person", "relation", "place"],
  compose: composeMembership,
  label: (_round, locale) => pick(locale, "What I can answer", "答えられること"),
  multiRound: true,
};
