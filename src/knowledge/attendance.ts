/**
 * Was an organisation at a round? The one verdict of the record, shared by the yes/no answers
 * (answer/membership.ts) and the participation picture (src/pictures/participation.ts):
 *
 * - `listed`: in its side's recorded participant list (`complete` says whether the source gives the list in
 *   full or only "including" some);
 * - `cochair`: not listed, but the round's co-chair for its side held a role in it;
 * - `named`: not listed as a participant of its own, but the list's source names it ("CERT Australia,
 *   representing the Australian Cyber Security Center");
 * - `absent`: not in a list the source gives in full;
 * - `unnamed`: not in a list the source says may be partial ("including"): not recorded either way;
 * - `not_recorded`: its side's participants are not recorded for that round.
 *
 * Pure: a function of the knowledge base and its name index.
 */
import type { NameIndex } from "./indexes.ts";
import type { KnowledgeBase } from "./load.ts";
import { type Cochair, cochairsOf, isKnown, roleAt } from "./queries.ts";
import type { Evidence, Organisation, Round } from "./types.ts";
import { quoteTyped } from "./understand/hostile.ts";
import { matchKey } from "./understand/normalise.ts";

export const ATTENDANCE_STATUSES = [
  "listed",
  "cochair",
  "named",
  "absent",
  "unnamed",
  "not_recorded",
] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export type AttendanceVerdict =
  | { status: "listed"; complete: boolean; evidence: Evidence[] }
  | { status: "cochair"; cochair: Cochair; listRecorded: boolean }
  | { status: "named"; quote: string; evidence: Evidence[] }
  /** `part`: a listed organisation the knowledge base records as part of this one */
  | { status: "absent"; count: number; part?: Organisation; evidence: Evidence[] }
  | { status: "unnamed"; part?: Organisation; evidence: Evidence[] }
  | { status: "not_recorded"; heldRecorded: boolean };

/** Co-chairs of a round who belonged to an organisation (a co-chair's ministry was there). */
export function cochairsFrom(kb: KnowledgeBase, round: Round, org: Organisation): Cochair[] {
  return cochairsOf(kb, round).filter((c) => roleAt(c.person, round.number)?.organisation === org.id);
}

/** Every organisation's Latin-script names in matching form, worked out once per name index. */
const LATIN_FORMS = new WeakMap<NameIndex, Map<string, string[]>>();

function latinForms(kb: KnowledgeBase, index: NameIndex): Map<string, string[]> {
  let forms = LATIN_FORMS.get(index);
  if (!forms) {
    forms = new Map();
    for (const id of kb.organisations.keys()) {
      const keys = index
        .formsOf({ kind: "organisation", id })
        .filter((f) => !f.japanese && f.key.length >= 3)
        .map((f) => f.key);
      forms.set(id, keys);
    }
    LATIN_FORMS.set(index, forms);
  }
  return forms;
}

/** A quote's clauses, each with its matching key (" key "), read once per evidence object. */
const CLAUSES = new WeakMap<Evidence, { clause: string; key: string }[]>();

function clausesOf(e: Evidence): { clause: string; key: string }[] {
  let clauses = CLAUSES.get(e);
  if (!clauses) {
    clauses = e.quote.split(/,\s+|;\s+/).map((clause) => ({ clause, key: ` ${matchKey(clause)} ` }));
    CLAUSES.set(e, clauses);
  }
  return clauses;
}

/** An organisation's names, each with the longer names of other organisations that contain it. */
const SHADOWS = new WeakMap<NameIndex, Map<string, { name: string; longer: string[] }[]>>();

function namesWithShadows(kb: KnowledgeBase, index: NameIndex, org: Organisation) {
  let all = SHADOWS.get(index);
  if (!all) {
    all = new Map();
    SHADOWS.set(index, all);
  }
  let names = all.get(org.id);
  if (!names) {
    const forms = latinForms(kb, index);
    const others = [...forms].filter(([id]) => id !== org.id).flatMap(([, keys]) => keys);
    names = (forms.get(org.id) ?? []).map((name) => ({
      name,
      longer: others.filter((o) => o.length > name.length && o.includes(name)),
    }));
    all.set(org.id, names);
  }
  return names;
}

/** The clause of a source quote that names an organisation (by any of its names), if one does. */
export function namedInEvidence(
  kb: KnowledgeBase,
  index: NameIndex,
  org: Organisation,
  evidence: Evidence[],
): string | undefined {
  const names = namesWithShadows(kb, index, org);
  // a clause names the organisation unless a longer name of another one holds that name there
  // ("Ministry of Defense" names Japan's ministry, not the Department of Defence, alias "Defence")
  const contains = ({ key }: { key: string }) =>
    names.some(
      ({ name, longer }) => key.includes(` ${name} `) && !longer.some((o) => key.includes(` ${o} `)),
    );
  for (const e of evidence) {
    const clauses = clausesOf(e);
    const at = clauses.findIndex(contains);
    if (at < 0) continue;
    let clause = clauses[at]?.clause ?? "";
    if (/^representing\b/i.test(clause) && at > 0) clause = `${clauses[at - 1]?.clause}, ${clause}`;
    return quoteTyped(clause.replace(/^and\s+/i, "").replace(/[.。]+$/, ""), 160);
  }
  return undefined;
}

/** What the record says about `org` at `round` (see the module comment for each status). */
export function attendanceAt(
  kb: KnowledgeBase,
  index: NameIndex,
  org: Organisation,
  round: Round,
): AttendanceVerdict {
  const list = round.participants[org.country];
  if (isKnown(list) && list.value.organisations.includes(org.id)) {
    return { status: "listed", complete: list.value.complete, evidence: list.evidence };
  }
  const chair = cochairsFrom(kb, round, org)[0];
  if (chair) return { status: "cochair", cochair: chair, listRecorded: isKnown(list) };
  if (!isKnown(list)) return { status: "not_recorded", heldRecorded: isKnown(round.held) };
  const quote = namedInEvidence(kb, index, org, list.evidence);
  if (quote) return { status: "named", quote, evidence: list.evidence };
  const part = list.value.organisations
    .map((id) => kb.organisations.get(id))
    .find((o) => o?.partOf === org.id);
  const extra = part ? { part } : {};
  return list.value.complete
    ? { status: "absent", count: list.value.organisations.length, evidence: list.evidence, ...extra }
    : { status: "unnamed", evidence: list.evidence, ...extra };
}
