/**
 * Checks of what a person is said to be: an official of an organisation ("Was Otaka a DFAT official?") or
 * the holder of a title ("At round 2, was McKinnon the Ambassador for Cyber Affairs?"), against the
 * person's recorded roles — at the round named, else any role.
 */
import { organisationName, personName } from "../answer/format.ts";
import type { KnowledgeBase } from "../load.ts";
import type { Person } from "../types.ts";
import { stemmedWords } from "../understand/announce.ts";
import { hasJapanese } from "../understand/normalise.ts";
import { TITLE_STOP } from "./extract-roles.ts";
import { checked, roundEn, roundJa } from "./text.ts";
import type { Check, Claim } from "./types.ts";

type Role = Person["roles"][number];

/** The roles that speak for the claim: those held at the round named, else every role. */
function rolesFor(person: Person, round: number | undefined): Role[] {
  return round === undefined ? person.roles : person.roles.filter((r) => r.rounds.includes(round));
}

const at = (round: number | undefined) =>
  round === undefined ? { en: "", ja: "" } : { en: ` at ${roundEn(round)}`, ja: `${roundJa(round)}の時点で` };

const titleEn = (r: Role) => r.title.en ?? r.title.ja ?? "";
const titleJa = (r: Role) => r.title.ja ?? r.title.en ?? "";

export function checkPersonOrg(kb: KnowledgeBase, claim: Claim & { kind: "person_org" }): Check {
  const person = kb.people.get(claim.person);
  const org = kb.organisations.get(claim.organisation);
  if (!person || !org)
    return checked(claim, "unrecorded", "that person is not on record", "その人物は記録されていません");
  const roles = rolesFor(person, claim.round).filter((r) => r.organisation !== undefined);
  const when = at(claim.round);
  if (roles.length === 0) {
    return checked(
      claim,
      "unrecorded",
      `no organisation is recorded for ${personName(person, "en")}${when.en}`,
      `${personName(person, "ja")}の${when.ja}所属組織は記録されていません`,
    );
  }
  const match = roles.find((r) => r.organisation === org.id);
  const role = match ?? roles[0];
  const recorded = role?.organisation ? kb.organisations.get(role.organisation) : undefined;
  const name = recorded ?? org;
  const en = `${personName(person, "en")} is recorded${when.en} as ${titleEn(role as Role) || "an official"} of the ${organisationName(name, "en")}`;
  const ja = `${personName(person, "ja")}は${when.ja}${organisationName(name, "ja")}の${titleJa(role as Role) || "職員"}として記録されています`;
  return match
    ? checked(claim, "yes", en, ja, match.evidence)
    : checked(
        claim,
        "no",
        `${en}, not of the ${organisationName(org, "en")}`,
        `${ja}（${organisationName(org, "ja")}ではありません）`,
        role?.evidence ?? [],
      );
}

/** Titles compared as written, in either language, case and punctuation aside. */
const key = (s: string | undefined) =>
  (s ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const sameTitle = (r: Role, title: string) =>
  key(title) !== "" && (key(r.title.en) === key(title) || key(r.title.ja) === key(title));

const titleWords = (title: string | undefined) =>
  stemmedWords(title ?? "")
    .filter((w) => !TITLE_STOP.has(w.word))
    .map((w) => w.stem);

/** "Australian Ambassador" of the Australian Ambassador for Cyber Affairs: every word of it in the recorded title. */
function withinTitle(r: Role, title: string, person: Person): boolean {
  const recorded = new Set([
    ...titleWords(r.title.en),
    ...(person.country === "AU" ? ["australia", "australian"] : ["japan", "japanes"]),
  ]);
  const asked = titleWords(title);
  return titleWords(r.title.en).length > 0 && asked.length > 0 && asked.every((w) => recorded.has(w));
}

/** Kinds of post, by their words in each language: a title of one kind is no title of another. */
const POSTS: { en: RegExp; ja: RegExp }[] = [
  { en: /\bprime minister\b/i, ja: /首相|総理/ },
  { en: /\bambassador\b/i, ja: /大使/ },
  { en: /\bminister\b(?! of)|\bminister for\b/i, ja: /大臣/ },
];

export function checkPersonTitle(kb: KnowledgeBase, claim: Claim & { kind: "person_title" }): Check {
  const person = kb.people.get(claim.person);
  if (!person)
    return checked(claim, "unrecorded", "that person is not on record", "その人物は記録されていません");
  const roles = rolesFor(person, claim.round);
  const when = at(claim.round);
  if (roles.length === 0) {
    return checked(
      claim,
      "unrecorded",
      `no title is recorded for ${personName(person, "en")}${when.en}`,
      `${personName(person, "ja")}の${when.ja}肩書きは記録されていません`,
    );
  }
  const asked = claim.titles[0] ?? claim.phrase ?? claim.nouns?.join(" ") ?? "";
  // a title asked in a language the person's title is not recorded in: no translation of ours judges it —
  // only the kind of post, by the lexicon's words for it (an ambassador is a 大使)
  const language = hasJapanese(asked) ? "ja" : "en";
  if (asked && roles.every((r) => !r.title[language])) {
    const other = language === "en" ? "ja" : "en";
    const post = POSTS.find((p) => p[language].test(asked));
    const differs = post !== undefined && roles.every((r) => !post[other].test(r.title[other] ?? ""));
    const recorded = titleEn(roles[0] as Role);
    return checked(
      claim,
      differs ? "no" : "unrecorded",
      differs
        ? `${personName(person, "en")}'s recorded title${when.en} is ${recorded}, not a post of that kind`
        : `${personName(person, "en")}'s title${when.en} is recorded only as ${recorded}; whether it is “${asked}” is not recorded`,
      differs
        ? `${personName(person, "ja")}の${when.ja}記録上の肩書きは${titleJa(roles[0] as Role)}で、その種の役職ではありません`
        : `${personName(person, "ja")}の${when.ja}肩書きは${titleJa(roles[0] as Role)}としてのみ記録されており、「${asked}」かどうかは記録されていません`,
      roles[0]?.evidence ?? [],
    );
  }
  if (claim.titles.length === 0) return checkOtherTitle(kb, claim, person, roles);
  const match = roles.find((r) => claim.titles.some((t) => sameTitle(r, t) || withinTitle(r, t, person)));
  const role = match ?? roles[0];
  const en = `${personName(person, "en")}'s recorded title${when.en} is ${titleEn(role as Role)}`;
  const ja = `${personName(person, "ja")}の${when.ja}記録上の肩書きは${titleJa(role as Role)}です`;
  return match
    ? checked(claim, "yes", en, ja, match.evidence)
    : checked(claim, "no", `${en}, not ${asked}`, `${ja}（${asked}ではありません）`, [
        ...(role?.evidence ?? []),
      ]);
}

/**
 * A post named that is no recorded title ("a deputy secretary", 「サイバー大使」): Yes when its words are in
 * the recorded title ("an ambassador" of the Ambassador for Cyber Affairs); otherwise what is recorded, and
 * that the post asked is not (the record has no translation or synonym of its own to judge it by).
 */
function checkOtherTitle(
  kb: KnowledgeBase,
  claim: Claim & { kind: "person_title" },
  person: Person,
  roles: Role[],
): Check {
  const when = at(claim.round);
  const nouns = claim.nouns ?? [];
  const phrase = claim.phrase ?? "";
  const match = roles.find(
    (r) =>
      (nouns.length > 0 && nouns.every((n) => titleWords(r.title.en).includes(n))) ||
      (phrase !== "" && r.title.ja?.includes(phrase)),
  );
  const role = match ?? roles[0];
  const en = `${personName(person, "en")}'s recorded title${when.en} is ${role ? titleEn(role) : ""}`;
  const ja = `${personName(person, "ja")}の${when.ja}記録上の肩書きは${role ? titleJa(role) : ""}です`;
  if (match) return checked(claim, "yes", en, ja, match.evidence);
  // "an Assistant Secretary when he co-chaired round 3?": at a round whose title is recorded, a post that is
  // another recorded title's (someone else's) is not the one held then
  const anotherPost =
    claim.round !== undefined &&
    nouns.length > 0 &&
    [...kb.people.values()].some((p) =>
      p.roles.some((r) => nouns.every((n) => titleWords(r.title.en).includes(n))),
    );
  if (anotherPost)
    return checked(
      claim,
      "no",
      `${en}, not ${phrase}`,
      `${ja}（${phrase}ではありません）`,
      role?.evidence ?? [],
    );
  return checked(
    claim,
    "unrecorded",
    `${en}; “${phrase}” is not recorded as a title`,
    `${ja}。「${phrase}」という肩書きは記録されていません`,
    role?.evidence ?? [],
  );
}
