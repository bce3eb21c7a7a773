/**
 * Yes/no questions: was an organisation at a round, did someone co-chair it, was it held in a city.
 * "Yes"/"No" only when the record settles it; otherwise "Not recorded" and why.
 */
import type { Side } from "../answer-types.ts";
import { attendanceAt, cochairsFrom } from "../attendance.ts";
import {
  announcementOf,
  type Cochair,
  cochairsOf,
  isKnown,
  roleAt,
  roundByNumber,
  roundsAttendedBy,
  roundsCochairedBy,
  SIDES,
  samePlace,
  wasHeld,
} from "../queries.ts";
import type { Organisation, Person, Round } from "../types.ts";
import { quoteTyped } from "../understand/hostile.ts";
import { answerCommented } from "./commented.ts";
import { conflictNote, correctionNote, heldNotRecorded } from "./common.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import {
  cityName,
  countryName,
  joinList,
  NO,
  NOT_RECORDED,
  ordinal,
  organisationName,
  personName,
  pick,
  RoundName,
  roundName,
  roundWithContext,
  sideAdjective,
  YES,
} from "./format.ts";
import { heldInAnyRound } from "./held-in-any.ts";
import { composeOrgAbsences } from "./org-absences.ts";
import { representingNote } from "./representing.ts";
import { heldSentence } from "./when-where.ts";
import { composeWhoFrom } from "./who-from.ts";

const ORG_WORDS =
  /\b(?:police|agency|agencies|department|dept|ministry|office|bureau|cent(?:re|er)|directorate|service|force|commission|authority|council|organi[sz]ation|institute|team|group|forum|secretariat|administration|command|corps|unit)\b/i;

/** How to name something typed that the knowledge base does not know: "the Australian Federal Police", "the AFP", "“John Smith”". */
function typedName(name: string, locale: "en" | "ja"): string {
  const quoted = quoteTyped(name, 60);
  if (locale === "ja") return `「${quoted}」`;
  if (ORG_WORDS.test(quoted) || /^[A-Z][A-Z0-9&/.-]{1,9}$/.test(quoted)) return `the ${quoted}`;
  return `“${quoted}”`;
}

/** "an Australian", "a Japanese". */
const article = (word: string) => `${/^[aeiou]/i.test(word) ? "an" : "a"} ${word}`;

export function composeMembership(ctx: Ctx, draft: Draft): void {
  const { kb, query } = ctx;
  const round = roundByNumber(kb, query.round);
  if (round) draft.round = round.number;
  const relation = query.relation ?? "attended";
  const org = query.organisation ? kb.organisations.get(query.organisation) : undefined;
  const person = query.person ? kb.people.get(query.person) : undefined;
  if (relation === "held_in" && query.place) heldIn(ctx, draft, round, query.place);
  else if (person) personAt(ctx, draft, round, person, relation === "cochaired");
  else if (org && round && ctx.hints.whoFrom) composeWhoFrom(ctx, draft, org, round);
  else if (org) organisationAt(ctx, draft, round, org, relation === "cochaired");
  else if (ctx.hints.unknownName) unknownAt(ctx, draft, round, ctx.hints.unknownName);
  else if (query.place) heldIn(ctx, draft, round, query.place);
  else {
    draft.title = pick(ctx.locale, "Was it there?", "参加していましたか？");
    draft.confidence = "low";
    draft.say(
      pick(
        ctx.locale,
        "I could not tell which organisation, person or city the question is about.",
        "どの機関・人物・都市についての質問か分かりませんでした。",
      ),
    );
  }
  if (round) draft.say(conflictNote(ctx, round));
  draft.say(correctionNote(ctx));
}

function heldIn(ctx: Ctx, draft: Draft, round: Round | undefined, city: string): void {
  const { kb, locale } = ctx;
  const asked = quoteTyped(city, 40);
  if (!round) {
    heldInAnyRound(ctx, draft, city);
    return;
  }
  draft.title = pick(
    locale,
    `Was the ${ordinal(round.number)} round held in ${asked}?`,
    `第${round.number}回は${asked}で開催されたか`,
  );
  const announcement = announcementOf(kb, round.number);
  const announcedHere = announcement?.announced.place && samePlace(announcement.announced.place, city);
  if (!wasHeld(round) || !isKnown(round.place)) {
    draft.say(
      pick(
        locale,
        `${NOT_RECORDED(locale)}${heldNotRecorded(round.number, locale, "where").replace(/^W/, "w")}.`,
        `${NOT_RECORDED(locale)}${heldNotRecorded(round.number, locale, "where")}。`,
      ),
    );
    if (announcement?.announced.place) {
      draft.cite(announcement.evidence);
      draft.say(
        pick(
          locale,
          `${RoundName(announcement.by.number, locale)} had announced it for ${cityName(announcement.announced.place, locale)}.`,
          `第${announcement.by.number}回では${cityName(announcement.announced.place, locale)}での開催が発表されていました。`,
        ),
      );
    }
    return;
  }
  draft.cite(round.place.evidence);
  if (isKnown(round.date)) draft.cite(round.date.evidence);
  const yes = samePlace(round.place.value, city);
  draft.say(`${yes ? YES(locale) : NO(locale)}${heldSentence(round, locale)}`);
  if (
    announcement?.announced.place &&
    !samePlace(announcement.announced.place, cityName(round.place.value, "en"))
  ) {
    draft.cite(announcement.evidence);
    draft.say(
      pick(
        locale,
        `${RoundName(announcement.by.number, locale)} had announced it for ${cityName(announcement.announced.place, locale)}${announcedHere ? ", but it was held elsewhere" : ""}.`,
        `第${announcement.by.number}回では${cityName(announcement.announced.place, locale)}での開催が発表されていました。`,
      ),
    );
  }
}

/** The organisation's name, side and side adjective, in the answer's language. */
function orgWords(ctx: Ctx, org: Organisation) {
  const name = organisationName(org, ctx.locale);
  const side: Side = org.country;
  return { name, side, adjective: sideAdjective(side, ctx.locale) };
}

/** "Did MOFA attend?" with no round: the rounds whose recorded participants include it ("…at all rounds?" too). */
function organisationAcrossRounds(ctx: Ctx, draft: Draft, org: Organisation): void {
  const { kb, locale } = ctx;
  const { name, side, adjective } = orgWords(ctx, org);
  const attended = roundsAttendedBy(kb, org.id);
  draft.title = pick(
    locale,
    `${org.acronym ?? org.name.en ?? name} at the rounds on record`,
    `${name}の参加記録`,
  );
  for (const a of attended) {
    const fact = a.round.participants[a.side];
    if (isKnown(fact)) draft.cite(fact.evidence);
  }
  const unrecorded = kb.rounds.filter(
    (r) => !isKnown(r.participants[side]) || !r.participants[side].value.complete,
  );
  const missing = unrecorded.filter((r) => !attended.some((a) => a.round.number === r.number));
  const caveat = missing.length
    ? pick(
        locale,
        ` The ${adjective} participants of ${joinList(
          missing.map((r) => `the ${ordinal(r.number)}`),
          locale,
        )} round${missing.length === 1 ? " are" : "s are"} not recorded or not complete.`,
        `${missing.map((r) => `第${r.number}回`).join("、")}の${adjective}参加機関は記録されていないか、完全ではありません。`,
      )
    : "";
  // "…at all rounds?": every round must record it.
  const absent = kb.rounds.filter((r) => {
    const list = r.participants[side];
    return isKnown(list) && list.value.complete && !list.value.organisations.includes(org.id);
  });
  let verdict = YES(locale);
  if (ctx.hints.allRounds)
    verdict = absent.length > 0 ? NO(locale) : missing.length > 0 ? NOT_RECORDED(locale) : YES(locale);
  if (ctx.hints.allRounds && absent.length > 0) {
    draft.say(
      pick(
        locale,
        `${verdict}the ${name} is not among the recorded ${adjective} participants of ${joinList(
          absent.map((r) => `the ${ordinal(r.number)}`),
          locale,
        )} round${absent.length === 1 ? "" : "s"}.`,
        `${verdict}${name}は${absent.map((r) => `第${r.number}回`).join("、")}の${adjective}参加機関に含まれていません。`,
      ),
    );
    for (const r of absent) {
      const list = r.participants[side];
      if (isKnown(list)) draft.cite(list.evidence);
    }
  }
  if (attended.length > 0) {
    const saidNo = ctx.hints.allRounds && absent.length > 0;
    const lead = ctx.hints.yesno && !saidNo ? verdict : "";
    const subject = saidNo ? "It" : lead ? `the ${name}` : `The ${name}`;
    const rounds = joinList(
      attended.map((a) => `the ${ordinal(a.round.number)}`),
      locale,
    );
    draft.say(
      pick(
        locale,
        `${lead}${subject} is recorded among the participants of ${rounds} round${attended.length === 1 ? "" : "s"}.`,
        `${lead}${name}は${attended.map((a) => `第${a.round.number}回`).join("、")}の参加機関として記録されています。`,
      ),
    );
  } else {
    draft.say(
      pick(
        locale,
        `${missing.length ? NOT_RECORDED(locale) : NO(locale)}the ${name} is not among the recorded participants of any round.`,
        `${missing.length ? NOT_RECORDED(locale) : NO(locale)}${name}はいずれの回の参加機関としても記録されていません。`,
      ),
    );
  }
  draft.say(caveat);
}

/** "Did MOFA co-chair round 2?": whether the side's co-chair was from the organisation. */
function organisationAsCochair(
  ctx: Ctx,
  draft: Draft,
  round: Round,
  org: Organisation,
  viaChair: Cochair[],
): void {
  const { kb, locale } = ctx;
  const { name, side, adjective } = orgWords(ctx, org);
  const chairs = cochairsOf(kb, round).filter((c) => c.side === side);
  for (const c of chairs) draft.cite(c.evidence);
  if (viaChair[0]) {
    const c = viaChair[0];
    draft.say(
      pick(
        locale,
        `${YES(locale)}${personName(c.person, locale)} of the ${name} co-chaired ${roundWithContext(round, locale)} for ${countryName(c.side, locale)}.`,
        `${YES(locale)}${name}の${personName(c.person, locale)}が第${round.number}回の${adjective}共同議長を務めました。`,
      ),
    );
  } else if (chairs[0]) {
    const c = chairs[0];
    const other = roleAt(c.person, round.number)?.organisation;
    const otherOrg = other ? kb.organisations.get(other) : undefined;
    draft.say(
      pick(
        locale,
        `${NO(locale)}the ${adjective} co-chair of ${roundWithContext(round, locale)} was ${personName(c.person, locale)}${otherOrg ? ` of the ${organisationName(otherOrg, locale)}` : ""}.`,
        `${NO(locale)}第${round.number}回の${adjective}共同議長は${otherOrg ? `${organisationName(otherOrg, locale)}の` : ""}${personName(c.person, locale)}でした。`,
      ),
    );
  } else {
    draft.say(
      pick(
        locale,
        `${NOT_RECORDED(locale)}the ${adjective} co-chair of ${roundName(round.number, locale)} is not recorded in the knowledge base.`,
        `${NOT_RECORDED(locale)}第${round.number}回の${adjective}共同議長は記録されていません。`,
      ),
    );
  }
}

function organisationAt(
  ctx: Ctx,
  draft: Draft,
  round: Round | undefined,
  org: Organisation,
  asCochair: boolean,
): void {
  const { kb, locale } = ctx;
  const { name } = orgWords(ctx, org);
  if (!round) {
    if (ctx.hints.absentFrom) composeOrgAbsences(ctx, draft, org);
    else organisationAcrossRounds(ctx, draft, org);
    return;
  }
  draft.title = pick(
    locale,
    `${org.acronym ?? org.name.en ?? name} at the ${ordinal(round.number)} round`,
    `第${round.number}回の${name}`,
  );
  const viaChair = cochairsFrom(kb, round, org);
  if (asCochair) {
    organisationAsCochair(ctx, draft, round, org, viaChair);
    return;
  }
  const verdict = attendanceAt(kb, ctx.index, org, round);
  if ("evidence" in verdict) draft.cite(verdict.evidence);
  if (!sayPresent(ctx, draft, round, org, verdict)) sayAbsent(ctx, draft, round, org, verdict);
  // "what was DFAT's role at round 3?": on the list, and its official co-chaired
  if (ctx.hints.orgRole && verdict.status === "listed")
    for (const c of viaChair) {
      draft.cite(c.evidence);
      draft.say(
        pick(
          locale,
          `Its official ${personName(c.person, locale)} co-chaired the round for ${countryName(c.side, locale)}.`,
          `同機関の${personName(c.person, locale)}が${countryName(c.side, locale)}側の共同議長を務めました。`,
        ),
      );
    }
}

type Attendance = ReturnType<typeof attendanceAt>;

/** Listed, there through its co-chair, or named in the source: "Yes" and how. Returns whether it said so. */
function sayPresent(ctx: Ctx, draft: Draft, round: Round, org: Organisation, verdict: Attendance): boolean {
  const { kb, locale } = ctx;
  const { name, adjective } = orgWords(ctx, org);
  const where = roundWithContext(round, locale);
  switch (verdict.status) {
    case "listed": {
      const on = representingNote(kb, org, verdict.evidence, locale, "clause");
      // (what its role was is asked, not whether it was there: no verdict word)
      const yes = ctx.hints.orgRole ? "" : YES(locale);
      draft.say(
        pick(
          locale,
          `${yes ? `${yes}the` : "The"} ${name} is among the recorded ${adjective} participants of ${where}${on}.`,
          `${yes}${name}は${where}の${adjective}参加機関として記録されています${on}。`,
        ),
      );
      return true;
    }
    case "cochair": {
      const c = verdict.cochair;
      draft.cite(c.evidence);
      draft.say(
        pick(
          locale,
          `${YES(locale)}the ${adjective} co-chair of ${where}, ${personName(c.person, locale)}, was from the ${name}${verdict.listRecorded ? "" : ` (the ${adjective} participant list itself is not recorded)`}.`,
          `${YES(locale)}第${round.number}回の${adjective}共同議長${personName(c.person, locale)}は${name}の所属でした${verdict.listRecorded ? "" : `（${adjective}参加機関の一覧自体は記録されていません）`}。`,
        ),
      );
      return true;
    }
    case "named":
      // Named in the source without being listed ("CERT Australia, representing the Australian Cyber Security Center").
      draft.say(
        pick(
          locale,
          `${YES(locale)}indirectly: the ${name} is not listed as a separate ${adjective} participant of ${where}, but the source names it: “${verdict.quote}”.`,
          `${YES(locale)}${name}は第${round.number}回の${adjective}参加機関として個別には記載されていませんが、情報源に「${verdict.quote}」とあります。`,
        ),
      );
      return true;
    default:
      return false;
  }
}

/** Not in a complete list, not named in a list that may be partial, or no list recorded at all. */
function sayAbsent(ctx: Ctx, draft: Draft, round: Round, org: Organisation, verdict: Attendance): void {
  const { locale } = ctx;
  const { name, adjective } = orgWords(ctx, org);
  const where = roundWithContext(round, locale);
  const partNote = (part: Organisation | undefined) =>
    part
      ? pick(
          locale,
          ` The ${organisationName(part, locale)}, which the knowledge base records as part of the ${name}, is listed.`,
          `なお、${name}の一部として記録されている${organisationName(part, locale)}は参加機関に含まれています。`,
        )
      : "";
  switch (verdict.status) {
    case "absent":
      draft.say(
        pick(
          locale,
          `${NO(locale)}the ${name} is not among the ${verdict.count} recorded ${adjective} participants of ${where}.${partNote(verdict.part)}`,
          `${NO(locale)}${name}は第${round.number}回の${adjective}参加機関（${verdict.count}機関）に含まれていません。${partNote(verdict.part)}`,
        ),
      );
      return;
    case "unnamed":
      draft.say(
        pick(
          locale,
          `${NOT_RECORDED(locale)}the ${name} is not among the ${adjective} participants named for ${where}, but the source says “including”, so that list may be incomplete.${partNote(verdict.part)}`,
          `${NOT_RECORDED(locale)}${name}は第${round.number}回の${adjective}参加機関として名前が挙がっていませんが、情報源は「including（など）」としており、一覧は完全ではない可能性があります。${partNote(verdict.part)}`,
        ),
      );
      return;
    case "not_recorded":
      draft.say(
        pick(
          locale,
          `${NOT_RECORDED(locale)}the ${adjective} participants of ${where} are not recorded in the knowledge base.`,
          `${NOT_RECORDED(locale)}第${round.number}回の${adjective}参加機関は記録されていません。`,
        ),
      );
      if (!verdict.heldRecorded)
        draft.say(`${heldNotRecorded(round.number, locale, "held")}${pick(locale, ".", "。")}`);
      return;
    default:
      return;
  }
}

/** "Was Okada a co-chair?", with no round: the rounds the person co-chaired, or that none on record has. */
function personAcrossRounds(
  ctx: Ctx,
  draft: Draft,
  person: Person,
  asCochair: boolean,
  chaired: Chaired,
): void {
  const { kb, locale } = ctx;
  const name = personName(person, locale);
  const side = ctx.query.side;
  const chairedText = joinList(
    chaired.map((c) => roundWithContext(c.round, locale)),
    locale,
  );
  draft.title = pick(locale, `${name} as co-chair`, `共同議長としての${name}`);
  if (side && side !== person.country && asCochair) {
    // "Was Okada the Australian co-chair?"
    draft.say(
      pick(
        locale,
        `${NO(locale)}${name} was ${article(sideAdjective(person.country, locale))} co-chair${chaired.length ? `: ${chairedText}, for ${countryName(person.country, locale)}` : ""}, not ${article(sideAdjective(side, locale))} one.`,
        `${NO(locale)}${name}は${countryName(person.country, locale)}側の共同議長${chaired.length ? `（${chairedText}）` : ""}で、${countryName(side, locale)}側ではありません。`,
      ).replace("not an Japanese", "not a Japanese"),
    );
    return;
  }
  if (chaired.length > 0) {
    draft.say(
      pick(
        locale,
        `${YES(locale)}${name} co-chaired ${chairedText} for ${countryName(person.country, locale)}.`,
        `${YES(locale)}${name}は${chairedText}で${countryName(person.country, locale)}側の共同議長を務めました。`,
      ),
    );
  } else {
    const unknown = kb.rounds.filter((r) => !isKnown(r.cochairs[person.country]));
    draft.say(
      pick(
        locale,
        `No round on record has ${name} as co-chair${
          unknown.length
            ? ` (the ${sideAdjective(person.country, locale)} co-chairs of ${joinList(
                unknown.map((r) => `the ${ordinal(r.number)}`),
                locale,
              )} round${unknown.length === 1 ? " are" : "s are"} not recorded)`
            : ""
        }.`,
        `${name}が共同議長を務めた回の記録はありません${unknown.length ? `（${unknown.map((r) => `第${r.number}回`).join("、")}の${sideAdjective(person.country, locale)}共同議長は記録されていません）` : ""}。`,
      ),
    );
  }
}

type Chaired = ReturnType<typeof roundsCochairedBy>;

function personAt(
  ctx: Ctx,
  draft: Draft,
  round: Round | undefined,
  person: Person,
  asCochair: boolean,
): void {
  const { kb, locale } = ctx;
  const name = personName(person, locale);
  const chaired = roundsCochairedBy(kb, person.id);
  const chairedText = joinList(
    chaired.map((c) => roundWithContext(c.round, locale)),
    locale,
  );
  for (const c of chaired) {
    const fact = c.round.cochairs[c.side];
    if (isKnown(fact)) draft.cite(fact.evidence);
  }
  if (!round) {
    personAcrossRounds(ctx, draft, person, asCochair, chaired);
    return;
  }
  draft.title = pick(locale, `${name} at the ${ordinal(round.number)} round`, `第${round.number}回の${name}`);
  const where = roundWithContext(round, locale);
  const chair = cochairsOf(kb, round).find((c) => c.side === person.country);
  if (chair?.person.id !== person.id && answerCommented(ctx, draft, round, person, asCochair)) return;
  if (chair && chair.person.id === person.id) {
    draft.cite(chair.evidence);
    draft.say(
      pick(
        locale,
        `${YES(locale)}${name} co-chaired ${where} for ${countryName(chair.side, locale)}.`,
        `${YES(locale)}${name}は第${round.number}回で${countryName(chair.side, locale)}側の共同議長を務めました。`,
      ),
    );
    return;
  }
  const elsewhere = chaired.length
    ? pick(locale, ` ${name} co-chaired ${chairedText}.`, `${name}が共同議長を務めたのは${chairedText}です。`)
    : "";
  if (!chair) {
    draft.say(
      pick(
        locale,
        `${NOT_RECORDED(locale)}the ${sideAdjective(person.country, locale)} co-chair of ${where} is not recorded in the knowledge base.${elsewhere}`,
        `${NOT_RECORDED(locale)}第${round.number}回の${sideAdjective(person.country, locale)}共同議長は記録されていません。${elsewhere}`,
      ),
    );
    return;
  }
  draft.cite(chair.evidence);
  if (asCochair) {
    draft.say(
      pick(
        locale,
        `${NO(locale)}the ${sideAdjective(person.country, locale)} co-chair of ${where} was ${personName(chair.person, locale)}.${elsewhere}`,
        `${NO(locale)}第${round.number}回の${sideAdjective(person.country, locale)}共同議長は${personName(chair.person, locale)}でした。${elsewhere}`,
      ),
    );
  } else {
    draft.say(
      pick(
        locale,
        `${NOT_RECORDED(locale)}the knowledge base records who co-chaired each round, not every official who attended. ${name} was not a co-chair of ${where} (the ${sideAdjective(person.country, locale)} co-chair was ${personName(chair.person, locale)}).${elsewhere}`,
        `${NOT_RECORDED(locale)}知識ベースには各回の共同議長のみが記録されており、出席した個々の人物は記録されていません。第${round.number}回の${sideAdjective(person.country, locale)}共同議長は${personName(chair.person, locale)}でした。${elsewhere}`,
      ),
    );
  }
}

/** "Kenji Watanabe", "Mr Tanaka": a name not on record that names a person, not an organisation. */
const ORG_WORD =
  /\b(?:agency|department|ministry|police|centre|center|office|force|bureau|council|directorate|authority|commission|institute|secretariat|team|group|service|organi[sz]ation|cert)\b|省|庁|局|室|センター|機構|本部|部/i;
export const looksLikePerson = (typed: string): boolean =>
  !ORG_WORD.test(typed) &&
  (/^(?:mr|mrs|ms|dr|ambassador|minister)\.?\s/i.test(typed) ||
    /^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}$/.test(typed.trim()) ||
    /^[\u30a1-\u30fa]+・[\u30a1-\u30fa]+$/.test(typed.trim()));

/** "the AFP" → "The AFP" at the start of a sentence. */
const sentenceStart = (name: string) => (name.startsWith("the ") ? `The ${name.slice(4)}` : name);

/** A person's name not on record: the lists name organisations, so not being on them says nothing of who came. */
function unknownPerson(ctx: Ctx, draft: Draft, typed: string): void {
  const { locale } = ctx;
  const name = typedName(typed, locale);
  const Name = sentenceStart(name);
  draft.title = pick(locale, `${Name} in the record`, `${name}の記録`);
  draft.say(
    pick(
      locale,
      `${NOT_RECORDED(locale)}the sources name the participating organisations and the co-chairs, not every individual who attended; ${Name} is not in the knowledge base.`,
      `${NOT_RECORDED(locale)}情報源が記しているのは参加機関と共同議長で、出席した個々の人物ではありません。${name}は知識ベースに記録されていません。`,
    ),
  );
}

/** A name not on record, asked of every round: No from complete lists, else not recorded, with the gaps. */
function unknownAcrossRounds(
  ctx: Ctx,
  draft: Draft,
  typed: string,
  sides: readonly Side[],
  notInKb: string,
): void {
  const { kb, locale } = ctx;
  const name = typedName(typed, locale);
  const Name = sentenceStart(name);
  draft.title = pick(locale, `${Name} in the record`, `${name}の記録`);
  const gaps = kb.rounds.filter((r) =>
    sides.some((s) => !isKnown(r.participants[s]) || !r.participants[s].value.complete),
  );
  draft.say(
    pick(
      locale,
      `${gaps.length ? NOT_RECORDED(locale) : NO(locale)}${name} is not among the recorded participants of any round. ${notInKb}`,
      `${gaps.length ? NOT_RECORDED(locale) : NO(locale)}${name}はいずれの回の参加機関としても記録されていません。`,
    ),
  );
  if (gaps.length) {
    draft.say(
      pick(
        locale,
        `(The participant lists of ${joinList(
          gaps.map((r) => `the ${ordinal(r.number)}`),
          locale,
        )} round${gaps.length === 1 ? " are" : "s are"} not recorded or not complete.)`,
        `（${gaps.map((r) => `第${r.number}回`).join("、")}の参加機関は記録されていないか、完全ではありません。）`,
      ),
    );
  }
}

function unknownAt(ctx: Ctx, draft: Draft, round: Round | undefined, typed: string): void {
  if (looksLikePerson(typed)) {
    unknownPerson(ctx, draft, typed);
    return;
  }
  const { locale, query } = ctx;
  const name = typedName(typed, locale);
  const Name = sentenceStart(name);
  const side = query.side ?? guessSide(typed);
  const sides = side ? [side] : SIDES;
  draft.confidence = "high";
  const notInKb = pick(
    locale,
    `${Name} is not in the knowledge base at all.`,
    `${name}は知識ベースに記録されていません。`,
  );
  if (!round) {
    unknownAcrossRounds(ctx, draft, typed, sides, notInKb);
    return;
  }
  draft.title = pick(locale, `${Name} at the ${ordinal(round.number)} round`, `第${round.number}回の${name}`);
  const where = roundWithContext(round, locale);
  const lists = sides.map((s) => ({ side: s, fact: round.participants[s] }));
  for (const l of lists) if (isKnown(l.fact)) draft.cite(l.fact.evidence);
  const gaps = lists.filter((l) => !isKnown(l.fact) || !l.fact.value.complete);
  if (gaps.length === 0) {
    draft.say(
      pick(
        locale,
        `${NO(locale)}${name} is not among the recorded participants of ${where}; ${name.startsWith("“") ? "that name" : "it"} is not in the knowledge base at all.`,
        `${NO(locale)}${name}は第${round.number}回の参加機関として記録されていません（知識ベースにも登録されていません）。`,
      ),
    );
    return;
  }
  const gapText = joinList(
    gaps.map((g) =>
      isKnown(g.fact)
        ? pick(
            locale,
            `the ${sideAdjective(g.side, locale)} list may be incomplete (the source says “including”)`,
            `${sideAdjective(g.side, locale)}の一覧は完全ではない可能性があります`,
          )
        : pick(
            locale,
            `the ${sideAdjective(g.side, locale)} participants are not recorded`,
            `${sideAdjective(g.side, locale)}の参加機関は記録されていません`,
          ),
    ),
    locale,
  );
  draft.say(
    pick(
      locale,
      `${NOT_RECORDED(locale)}${name} is not among the recorded participants of ${where}, but ${gapText}. ${notInKb}`,
      `${NOT_RECORDED(locale)}${name}は第${round.number}回の参加機関として記録されていませんが、${gapText}。`,
    ),
  );
}

function guessSide(typed: string): Side | undefined {
  const au = /\baustralia(?:n|'s)?\b|豪|オーストラリア/i.test(typed);
  const jp = /\bjapan(?:ese|'s)?\b|日本/i.test(typed);
  return au && !jp ? "AU" : jp && !au ? "JP" : undefined;
}
