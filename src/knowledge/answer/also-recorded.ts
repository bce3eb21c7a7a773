/**
 * What a side's participant list leaves out but the record still holds, so that a list of agencies gives
 * the same verdict as "Did X attend round N?": the organisation of the side's co-chair (when the list is not
 * recorded or does not name it), and organisations the list's source names without listing them ("the
 * Australian Signals Directorate's Australian Cyber Security Centre").
 */
import type { Locale, Side } from "../answer-types.ts";
import { namedInEvidence } from "../attendance.ts";
import { cochairsOf, isKnown, roleAt } from "../queries.ts";
import type { Evidence, Organisation, Round } from "../types.ts";
import type { Ctx } from "./context.ts";
import { organisationName, personName, pick } from "./format.ts";
import { representedBy } from "./representing.ts";

interface Also {
  text: string;
  evidence: Evidence[];
}

/** Worked out once per knowledge base, round, side and language (a loaded base never changes). */
const CACHE = new WeakMap<object, Map<string, Also>>();

/** Lines to add under a side's list of agencies ("" when there is nothing more), and what they rest on. */
export function alsoRecorded(ctx: Pick<Ctx, "kb" | "index">, round: Round, side: Side, locale: Locale): Also {
  let cache = CACHE.get(ctx.kb);
  if (!cache) {
    cache = new Map();
    CACHE.set(ctx.kb, cache);
  }
  const key = `${round.number}|${side}|${locale}`;
  let also = cache.get(key);
  if (!also) {
    also = findAlsoRecorded(ctx, round, side, locale);
    cache.set(key, also);
  }
  return also;
}

function findAlsoRecorded(ctx: Pick<Ctx, "kb" | "index">, round: Round, side: Side, locale: Locale): Also {
  const { kb } = ctx;
  const fact = round.participants[side];
  const listed = new Set(isKnown(fact) ? fact.value.organisations : []);
  const lines: string[] = [];
  const evidence: Evidence[] = [];
  const chair = cochairsOf(kb, round).find((c) => c.side === side);
  const chairOrg = chair ? roleAt(chair.person, round.number)?.organisation : undefined;
  const org = chairOrg ? kb.organisations.get(chairOrg) : undefined;
  if (chair && org && !listed.has(org.id)) {
    evidence.push(...chair.evidence);
    lines.push(
      pick(
        locale,
        `The co-chair, ${personName(chair.person, locale)}, was from the ${organisationName(org, locale)}.`,
        `共同議長の${personName(chair.person, locale)}は${organisationName(org, locale)}の所属でした。`,
      ),
    );
  }
  if (!isKnown(fact)) return { text: lines.join("\n"), evidence };
  const represented = new Set(
    fact.value.organisations
      .map((id) => kb.organisations.get(id))
      .map((o) => (o ? representedBy(kb, o, fact.evidence)?.id : undefined)),
  );
  const named = [...kb.organisations.values()].filter(
    (o: Organisation) =>
      o.country === side &&
      !listed.has(o.id) &&
      o.id !== org?.id &&
      !represented.has(o.id) &&
      namedInEvidence(ctx.kb, ctx.index, o, fact.evidence) !== undefined,
  );
  for (const o of named) {
    lines.push(
      pick(
        locale,
        `Also named in the source, not listed separately: the ${organisationName(o, locale)} (“${namedInEvidence(ctx.kb, ctx.index, o, fact.evidence)}”).`,
        `情報源には個別に列挙されていない${organisationName(o, locale)}の名前もあります（「${namedInEvidence(ctx.kb, ctx.index, o, fact.evidence)}」）。`,
      ),
    );
  }
  return { text: lines.join("\n"), evidence };
}
