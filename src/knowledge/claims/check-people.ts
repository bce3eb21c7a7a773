/** Checks of who co-chaired a round, for which side, and whether a person is recorded at a round. */

import { countryName, personName } from "../answer/format.ts";
import type { Side } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { cochairsOf, isKnown, roundByNumber, roundsCochairedBy } from "../queries.ts";
import type { Person } from "../types.ts";
import { checked, roundEn, roundJa } from "./text.ts";
import type { Check, Claim } from "./types.ts";

const en = (p: Person) => personName(p, "en");
const ja = (p: Person) => personName(p, "ja");
const adjEn = (side: Side) => (side === "JP" ? "Japanese" : "Australian");
const adjJa = (side: Side) => (side === "JP" ? "日本側" : "豪州側");

/** The recorded co-chair of a round's side, if any. */
function chairOf(kb: KnowledgeBase, n: number, side: Side) {
  const round = roundByNumber(kb, n);
  return round ? cochairsOf(kb, round).find((c) => c.side === side) : undefined;
}

export function checkCochair(kb: KnowledgeBase, claim: Claim & { kind: "cochair" | "present" }): Check {
  const person = kb.people.get(claim.person);
  const n = claim.round;
  if (!person)
    return checked(claim, "unrecorded", "that person is not on record", "その人物は記録されていません");
  const chair = chairOf(kb, n, person.country);
  if (chair?.person.id === person.id) {
    return checked(
      claim,
      "yes",
      `${en(person)} co-chaired ${roundEn(n)} for ${countryName(chair.side, "en")}`,
      `${ja(person)}は${roundJa(n)}で${countryName(chair.side, "ja")}側の共同議長を務めました`,
      chair.evidence,
    );
  }
  const role = person.roles.find((r) => r.rounds.includes(n));
  if (claim.kind === "present" && role) {
    return checked(
      claim,
      "yes",
      `${en(person)} is recorded at ${roundEn(n)} (${role.title.en ?? role.title.ja})`,
      `${ja(person)}は${roundJa(n)}に記録されています（${role.title.ja ?? role.title.en}）`,
      role.evidence,
    );
  }
  const comment = person.commentedOn.find((c) => c.round === n);
  if (comment && claim.kind === "cochair") {
    // recorded at the round in another capacity (the source has them comment on it): a co-chair only when the
    // round's co-chair is recorded and is someone else; else whether they co-chaired it is not recorded
    const other = chair !== undefined;
    return checked(
      claim,
      other ? "no" : "unrecorded",
      `${en(person)} is recorded only as having commented on ${roundEn(n)}; ${other ? `the ${adjEn(person.country)} co-chair was ${en(chair.person)}` : `the source does not call ${en(person)} a co-chair, and the co-chairs of ${roundEn(n)} are not recorded`}`,
      `${ja(person)}は${roundJa(n)}についてコメントした人物として記録されています。${other ? `${roundJa(n)}の共同議長は${ja(chair.person)}でした` : `情報源は共同議長とは述べておらず、${roundJa(n)}の共同議長は記録されていません`}`,
      comment.evidence,
    );
  }
  if (!chair) {
    return checked(
      claim,
      "unrecorded",
      `the ${adjEn(person.country)} co-chair of ${roundEn(n)} is not recorded`,
      `${roundJa(n)}の${adjJa(person.country)}共同議長は記録されていません`,
    );
  }
  if (claim.kind === "present") {
    return checked(
      claim,
      "unrecorded",
      `only the co-chairs of each round are recorded, not every official who attended; the ${adjEn(person.country)} co-chair of ${roundEn(n)} was ${en(chair.person)}`,
      `各回の共同議長のみが記録されており、出席者全員は記録されていません。${roundJa(n)}の${adjJa(person.country)}共同議長は${ja(chair.person)}でした`,
      chair.evidence,
    );
  }
  return checked(
    claim,
    "no",
    `the ${adjEn(person.country)} co-chair of ${roundEn(n)} was ${en(chair.person)}, not ${en(person)}`,
    `${roundJa(n)}の${adjJa(person.country)}共同議長は${ja(chair.person)}でした（${ja(person)}ではありません）`,
    chair.evidence,
  );
}

/** "Was Feakin the Japanese co-chair?": the side a person is recorded on. */
export function checkPersonSide(kb: KnowledgeBase, claim: Claim & { kind: "person_side" }): Check {
  const person = kb.people.get(claim.person);
  if (!person)
    return checked(claim, "unrecorded", "that person is not on record", "その人物は記録されていません");
  if (person.country === claim.side) {
    return checked(
      claim,
      "yes",
      `${en(person)} is on the ${adjEn(person.country)} side`,
      `${ja(person)}は${adjJa(person.country)}の人物です`,
      person.evidence,
    );
  }
  const other = claim.round !== undefined ? chairOf(kb, claim.round, claim.side) : undefined;
  const otherEn =
    other && claim.round !== undefined
      ? `; the ${adjEn(claim.side)} co-chair of ${roundEn(claim.round)} was ${en(other.person)}`
      : "";
  const otherJa =
    other && claim.round !== undefined
      ? `。${roundJa(claim.round)}の${adjJa(claim.side)}共同議長は${ja(other.person)}でした`
      : "";
  return checked(
    claim,
    "no",
    `${en(person)} is on the ${adjEn(person.country)} side, not the ${adjEn(claim.side)}${otherEn}`,
    `${ja(person)}は${adjJa(person.country)}の人物で、${adjJa(claim.side)}ではありません${otherJa}`,
    [...person.evidence, ...(other?.evidence ?? [])],
  );
}

/** A name not on record, said to have co-chaired a round: no when the round's co-chairs are recorded. */
export function checkNamedCochair(kb: KnowledgeBase, claim: Claim & { kind: "named_cochair" }): Check {
  const n = claim.round;
  const round = roundByNumber(kb, n);
  const sides: Side[] = claim.side ? [claim.side] : ["JP", "AU"];
  const chairs = sides.map((s) => chairOf(kb, n, s));
  const known = chairs.filter((c) => c !== undefined);
  if (!round || known.length < sides.length || !sides.every((s) => isKnown(round.cochairs[s]))) {
    return checked(
      claim,
      "unrecorded",
      `“${claim.name}” is not on record, and the co-chairs of ${roundEn(n)} are not recorded`,
      `「${claim.name}」は記録になく、${roundJa(n)}の共同議長も記録されていません`,
    );
  }
  return checked(
    claim,
    "no",
    `the co-chair${known.length > 1 ? "s" : ""} of ${roundEn(n)} ${known.length > 1 ? "were" : "was"} ${known.map((c) => `${en(c.person)} (${countryName(c.side, "en")})`).join(" and ")}; “${claim.name}” is not on record`,
    `${roundJa(n)}の共同議長は${known.map((c) => `${ja(c.person)}（${countryName(c.side, "ja")}）`).join("と")}でした。「${claim.name}」は記録にありません`,
    known.flatMap((c) => c.evidence),
  );
}

/** "co-chaired more than one round?": Yes at that many on record; No only when every round's co-chair is recorded. */
export function checkCochairTimes(kb: KnowledgeBase, claim: Claim & { kind: "cochair_times" }): Check {
  const person = kb.people.get(claim.person);
  if (!person)
    return checked(claim, "unrecorded", "that person is not on record", "その人物は記録されていません");
  const except = new Set(claim.except ?? []);
  const chaired = roundsCochairedBy(kb, claim.person).filter((c) => !except.has(c.round.number));
  const rounds = chaired.map((c) => roundEn(c.round.number));
  const side = chaired[0]?.side ?? person.country;
  const unknown = kb.rounds.filter(
    (r) => !except.has(r.number) && !cochairsOf(kb, r).some((c) => c.side === side),
  );
  const verdict = chaired.length >= claim.atLeast ? "yes" : unknown.length > 0 ? "unrecorded" : "no";
  const other = except.size > 0 ? (chaired.length === 0 ? " other" : "") : "";
  const en = `${personName(person, "en")} is recorded as co-chairing ${chaired.length === 0 ? `no${other} round` : rounds.join(", ")}${verdict === "unrecorded" ? ` (the co-chairs of ${unknown.map((r) => roundEn(r.number)).join(", ")} are not recorded)` : ""}`;
  const ja = `${personName(person, "ja")}が共同議長を務めた回として記録されているのは${chaired.length === 0 ? "ありません" : chaired.map((c) => roundJa(c.round.number)).join("、")}${verdict === "unrecorded" ? `（${unknown.map((r) => roundJa(r.number)).join("、")}の共同議長は記録されていません）` : ""}`;
  const evidence = chaired.flatMap(
    (c) => cochairsOf(kb, c.round).find((x) => x.person.id === claim.person)?.evidence ?? [],
  );
  return checked(claim, verdict, en, ja, evidence);
}
