/**
 * Checks of which organisations attended a round: listed = yes; its co-chair's organisation = yes; named in
 * the source = yes; absent from a complete list = no; a partial or unrecorded list = not recorded.
 * The membership answer (/org, "Did X attend round N?") gives the same verdicts: see test/knowledge/claims.
 */

import { organisationName, organisationShort, personName } from "../answer/format.ts";
import type { Side } from "../answer-types.ts";
import { namedInEvidence } from "../attendance.ts";
import type { NameIndex } from "../indexes.ts";
import type { KnowledgeBase } from "../load.ts";
import { cochairsOf, isKnown, participantCount, roleAt, roundByNumber } from "../queries.ts";
import type { Organisation } from "../types.ts";
import { checked, roundEn, roundJa } from "./text.ts";
import type { Check, Claim } from "./types.ts";

const adjEn = (side: Side) => (side === "JP" ? "Japanese" : "Australian");
const adjJa = (side: Side) => (side === "JP" ? "日本側" : "豪州側");

export function checkAttended(
  kb: KnowledgeBase,
  index: NameIndex,
  claim: Claim & { kind: "attended" },
): Check {
  const org = kb.organisations.get(claim.organisation);
  const round = roundByNumber(kb, claim.round);
  const n = claim.round;
  if (!org || !round)
    return checked(claim, "unrecorded", `${roundEn(n)} is not on record`, `${roundJa(n)}は記録にありません`);
  const name = { en: `the ${organisationName(org, "en")}`, ja: organisationName(org, "ja") };
  const side = org.country;
  const list = round.participants[side];
  if (isKnown(list) && list.value.organisations.includes(org.id)) {
    return checked(
      claim,
      "yes",
      `${name.en} is among the recorded ${adjEn(side)} participants of ${roundEn(n)}`,
      `${name.ja}は${roundJa(n)}の${adjJa(side)}参加機関として記録されています`,
      list.evidence,
    );
  }
  const chair = cochairsOf(kb, round).find((c) => roleAt(c.person, n)?.organisation === org.id);
  if (chair) {
    return checked(
      claim,
      "yes",
      `the ${adjEn(side)} co-chair of ${roundEn(n)}, ${personName(chair.person, "en")}, was from ${name.en}`,
      `${roundJa(n)}の${adjJa(side)}共同議長${personName(chair.person, "ja")}は${name.ja}の所属でした`,
      chair.evidence,
    );
  }
  if (!isKnown(list)) {
    return checked(
      claim,
      "unrecorded",
      `the ${adjEn(side)} participants of ${roundEn(n)} are not recorded`,
      `${roundJa(n)}の${adjJa(side)}参加機関は記録されていません`,
    );
  }
  if (namedInEvidence(kb, index, org, list.evidence)) {
    return checked(
      claim,
      "yes",
      `${name.en} is named in the source on the ${adjEn(side)} participants of ${roundEn(n)}`,
      `${name.ja}は${roundJa(n)}の${adjJa(side)}参加機関について情報源に名前があります`,
      list.evidence,
    );
  }
  const listed = list.value.organisations
    .map((id) => kb.organisations.get(id))
    .filter((o): o is Organisation => o !== undefined);
  const names = {
    en: listed.map((o) => organisationShort(o, "en")).join(", "),
    ja: listed.map((o) => organisationShort(o, "ja")).join("、"),
  };
  if (list.value.complete) {
    return checked(
      claim,
      "no",
      `${name.en} is not among the ${listed.length} recorded ${adjEn(side)} participants of ${roundEn(n)} (${names.en})`,
      `${name.ja}は${roundJa(n)}の${adjJa(side)}参加機関（${listed.length}機関：${names.ja}）に含まれていません`,
      list.evidence,
    );
  }
  return checked(
    claim,
    "unrecorded",
    `${name.en} is not among the ${adjEn(side)} participants named for ${roundEn(n)} (${names.en}), but that list may be incomplete`,
    `${name.ja}は${roundJa(n)}の${adjJa(side)}参加機関として名前が挙がっていませんが、一覧は完全ではない可能性があります`,
    list.evidence,
  );
}

export function checkOrgCochaired(kb: KnowledgeBase, claim: Claim & { kind: "org_cochaired" }): Check {
  const org = kb.organisations.get(claim.organisation);
  const round = roundByNumber(kb, claim.round);
  const n = claim.round;
  const side = claim.side ?? org?.country ?? "JP";
  const chair = org && round ? cochairsOf(kb, round).find((c) => c.side === side) : undefined;
  if (!org || !chair) {
    return checked(
      claim,
      "unrecorded",
      `the ${adjEn(side)} co-chair of ${roundEn(n)} is not recorded`,
      `${roundJa(n)}の${adjJa(side)}共同議長は記録されていません`,
    );
  }
  const from = roleAt(chair.person, n)?.organisation;
  const fromOrg = from ? kb.organisations.get(from) : undefined;
  const of = fromOrg
    ? { en: ` of the ${organisationName(fromOrg, "en")}`, ja: `（${organisationName(fromOrg, "ja")}）` }
    : { en: "", ja: "" };
  return checked(
    claim,
    from === org.id ? "yes" : "no",
    `the ${adjEn(side)} co-chair of ${roundEn(n)} was ${personName(chair.person, "en")}${of.en}`,
    `${roundJa(n)}の${adjJa(side)}共同議長は${personName(chair.person, "ja")}${of.ja}でした`,
    chair.evidence,
  );
}

export function checkCount(kb: KnowledgeBase, claim: Claim & { kind: "count" }): Check {
  const round = roundByNumber(kb, claim.round);
  const n = claim.round;
  const counted = round ? participantCount(kb, round, claim.side) : undefined;
  const who = claim.side ? { en: `${adjEn(claim.side)} `, ja: adjJa(claim.side) } : { en: "", ja: "" };
  if (!counted?.known) {
    return checked(
      claim,
      "unrecorded",
      `the ${who.en}participants of ${roundEn(n)} are not recorded${claim.side ? "" : " for both sides"}`,
      `${roundJa(n)}の${who.ja}参加機関は記録されていません`,
    );
  }
  const { total, complete, evidence } = counted;
  const verdict =
    total === claim.count && complete ? "yes" : complete || claim.count < total ? "no" : "unrecorded";
  const partial = complete
    ? { en: "", ja: "" }
    : { en: " (the list may be incomplete)", ja: "（一覧は完全ではない可能性があります）" };
  return checked(
    claim,
    verdict,
    `${total} ${who.en}organisations are recorded at ${roundEn(n)}${partial.en}${verdict === "no" ? `, not ${claim.count}` : ""}`,
    `${roundJa(n)}の${who.ja}参加機関は${total}機関と記録されています${partial.ja}${verdict === "no" ? `（${claim.count}機関ではありません）` : ""}`,
    evidence,
  );
}

/** "all the Japanese co-chairs…": the side's co-chair of a round, or that it is not recorded. */
export function checkCochairRecorded(kb: KnowledgeBase, claim: Claim & { kind: "cochair_recorded" }): Check {
  const round = roundByNumber(kb, claim.round);
  const chair = round ? cochairsOf(kb, round).find((c) => c.side === claim.side) : undefined;
  const n = claim.round;
  if (!chair)
    return checked(
      claim,
      "unrecorded",
      `the ${adjEn(claim.side)} co-chair of ${roundEn(n)} is not recorded`,
      `${roundJa(n)}の${adjJa(claim.side)}共同議長は記録されていません`,
    );
  return checked(
    claim,
    "yes",
    `the ${adjEn(claim.side)} co-chair of ${roundEn(n)} was ${personName(chair.person, "en")}`,
    `${roundJa(n)}の${adjJa(claim.side)}共同議長は${personName(chair.person, "ja")}でした`,
    chair.evidence,
  );
}

/**
 * "IPA first joined at round 3?": Yes when it is recorded at that round and recorded absent from every round
 * before; No when it is recorded at an earlier round (or not at that one); not recorded otherwise.
 */
export function checkFirstAttended(
  kb: KnowledgeBase,
  index: NameIndex,
  claim: Claim & { kind: "first_attended" },
): Check {
  const at = (n: number) =>
    checkAttended(kb, index, { kind: "attended", round: n, organisation: claim.organisation });
  const own = at(claim.round);
  const before = kb.rounds.filter((r) => r.number < claim.round).map((r) => at(r.number));
  const earlier = before.find((c) => c.verdict === "yes");
  const unsure = before.find((c) => c.verdict === "unrecorded");
  const shown = own.verdict !== "yes" ? own : (earlier ?? unsure ?? own);
  const verdict = own.verdict !== "yes" ? own.verdict : earlier ? "no" : unsure ? "unrecorded" : "yes";
  return checked(claim, verdict, shown.en, shown.ja, [...own.evidence, ...(earlier?.evidence ?? [])]);
}
