/** A question the knowledge base cannot serve: what can be asked instead. */

import { pick } from "../answer/format.ts";
import { composeUnknown } from "../answer/unknown.ts";
import type { IntentSpec } from "./spec.ts";

export const unknown: IntentSpec<"unknown"> = {
  name: "unknown",
  slots: [],
  compose: composeUnknown,
  label: (_round, locale) => pick(locale, "What I can answer", "答えられること"),
};
