/**
 * Every intent, once: each line registers one intent module. Every per-intent table (the intent names,
 * the composers, the cue families, the tie-break order, the labels) is derived from this list.
 * Adding an intent: one new module in this folder, one line here.
 */
import { agencies } from "./agencies.ts";
import { cochairs } from "./cochairs.ts";
import { glossary } from "./glossary.ts";
import { membership } from "./membership.ts";
import { nextRound } from "./next-round.ts";
import { origin } from "./origin.ts";
import { outcomes } from "./outcomes.ts";
import { person } from "./person.ts";
import { roundOverview } from "./round-overview.ts";
import { rounds } from "./rounds.ts";
import { topics } from "./topics.ts";
import { unknown } from "./unknown.ts";
import { whenWhere } from "./when-where.ts";

export const INTENT_SPECS = [
  cochairs,
  agencies,
  nextRound,
  whenWhere,
  topics,
  outcomes,
  origin,
  rounds,
  glossary,
  person,
  membership,
  roundOverview,
  unknown,
] as const;
