import { isKnown, roundsCochairedBy } from "../queries.ts";
import type { Person } from "../types.ts";
import { quoteTyped } from "../understand/hostile.ts";
import { sayCommented, titleAsOf } from "./commented.ts";
import { correctionNote } from "./common.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import {
  countryName,
  formatDate,
  localText,
  ordinal,
  organisationName,
  personName,
  pick,
  roundWhenWhere,
  sideAdjective,
} from "./format.ts";

/** A person not on record (or none named): say so, and what the record holds about people. */
function personNotRecorded(ctx: Ctx, draft: Draft): void {
  const { locale, hints } = ctx;
  const name = hints.unknownName ? quoteTyped(hints.unknownName, 60) : "";
  draft.title = name
    ? pick(locale, `“${name}” is not in the knowledge base`, `「${name}」は記録されていません`)
    : pick(locale, "People on record", "記録されている人物");
  draft.confidence = "low";
  draft.say(
    pick(
      locale,
      `${name ? `No one called “${name}” is recorded in the knowledge base. ` : ""}It records only the co-chairs of each round and the two leaders who agreed the dialogue.`,
      `${name ? `「${name}」という人物は知識ベースに記録されていません。` : ""}記録されているのは各回の共同議長と、協議の開催に合意した両国首脳のみです。`,
    ),
  );
  draft.suggest(pick(locale, "Co-chairs of the rounds", "各回の共同議長"), { intent: "cochairs" });
}

/** "Is Mizushima still the ambassador?", "Is Feakin Japanese?": now, and the side. */
function nowAndSide(ctx: Ctx, draft: Draft, person: Person, name: string): void {
  const { locale, query, hints } = ctx;
  if (hints.current) {
    // "Is Mizushima still the ambassador?": the record holds roles as they were, not as they are
    draft.say(
      pick(
        locale,
        `${hints.yesno ? "Not recorded — " : ""}the knowledge base records ${name}'s role as it was at the time, not what ${name} does now.`,
        `${hints.yesno ? "記録されていません。" : ""}知識ベースには当時の役職のみが記録されており、${name}の現在の職は記録されていません。`,
      ).replace(/^the/, hints.yesno ? "the" : "The"),
    );
  }
  if (hints.yesno && query.side) {
    // "Is Feakin Japanese?"
    const same = query.side === person.country;
    draft.say(
      pick(
        locale,
        `${same ? "Yes — " : "No — "}${name} is recorded on the ${sideAdjective(person.country, locale)} side (${countryName(person.country, locale)}).`,
        `${same ? "はい。" : "いいえ。"}${name}は${countryName(person.country, locale)}側の人物として記録されています。`,
      ),
    );
  }
}

/** Each recorded role: title (or that it is recorded in one language only), organisation, rounds. */
function roleLines(ctx: Ctx, draft: Draft, person: Person): string[] {
  const { kb, locale } = ctx;
  return person.roles.map((role) => {
    const org = role.organisation ? kb.organisations.get(role.organisation) : undefined;
    const title = locale === "ja" ? role.title.ja : role.title.en;
    const fallback = locale === "ja" ? role.title.en : role.title.ja;
    draft.cite(role.evidence);
    const titleText =
      title ??
      (fallback
        ? pick(
            locale,
            `${fallback} (title recorded only in Japanese; English title not recorded)`,
            `${fallback}（英語の肩書のみ記録）`,
          )
        : "");
    const orgText = org ? organisationName(org, locale) : "";
    const asOf = titleAsOf(kb, role, locale);
    const rounds = role.rounds.length
      ? pick(
          locale,
          ` (at the ${role.rounds.map(ordinal).join(", ")} round${role.rounds.length > 1 ? "s" : ""})`,
          `（第${role.rounds.join("、")}回）`,
        )
      : "";
    return locale === "ja"
      ? `${orgText}${titleText}${rounds}${asOf}`
      : `${[titleText, orgText].filter(Boolean).join(", ")}${rounds}${asOf}`;
  });
}

/** "What's X's name in Japanese?", "X's title in English?": whether that form is on record, never a guess. */
function nameInLanguage(ctx: Ctx, draft: Draft, person: Person): void {
  const { locale } = ctx;
  const asked = ctx.hints.nameLanguage;
  if (asked) {
    const nameThere = asked === "ja" ? person.name.ja : person.name.en;
    const titles = person.roles.map((r) => (asked === "ja" ? r.title.ja : r.title.en));
    const titlesThere = titles.filter((t): t is string => !!t);
    const language = pick(
      locale,
      asked === "ja" ? "Japanese" : "English",
      asked === "ja" ? "日本語" : "英語",
    );
    draft.say(
      nameThere
        ? pick(locale, `Name in ${language}: ${nameThere}.`, `${language}の名前：${nameThere}。`)
        : pick(
            locale,
            `The ${language} form of the name is not recorded in the knowledge base.`,
            `${language}表記の名前は記録されていません。`,
          ),
    );
    if (person.roles.length > 0)
      draft.say(
        titlesThere.length === titles.length
          ? pick(
              locale,
              `Title in ${language}: ${titlesThere.join("; ")}.`,
              `${language}の肩書：${titlesThere.join("／")}。`,
            )
          : pick(
              locale,
              `The ${language} title is not recorded in the knowledge base${titlesThere.length ? ` for every role (recorded: ${titlesThere.join("; ")})` : ""}.`,
              `${language}の肩書は記録されていません${titlesThere.length ? `（記録されているもの：${titlesThere.join("／")}）` : ""}。`,
            ),
      );
  }
}

/** The rounds the person co-chaired, and the agreement the person made. */
function chairedAndAgreed(ctx: Ctx, draft: Draft, person: Person): void {
  const { kb, locale } = ctx;
  const chaired = roundsCochairedBy(kb, person.id);
  for (const { round, side } of chaired) {
    const fact = round.cochairs[side];
    if (isKnown(fact)) draft.cite(fact.evidence);
    draft.say(
      pick(
        locale,
        `Co-chaired the ${ordinal(round.number)} round (${roundWhenWhere(round, locale)}) for ${countryName(side, locale)}.`,
        `第${round.number}回（${roundWhenWhere(round, locale)}）で${countryName(side, locale)}側の共同議長を務めました。`,
      ),
    );
  }
  if (chaired.length === 1) draft.round = chaired[0]?.round.number ?? null;
  sayCommented(ctx, draft, person);
  const origin = kb.dialogue.origin;
  if (isKnown(origin) && origin.value.agreedBy.includes(person.id)) {
    draft.cite(origin.evidence);
    draft.say(
      pick(
        locale,
        `Agreed the dialogue at the ${localText(origin.value.occasion, locale)} in ${localText(origin.value.place.city, locale)} on ${formatDate(origin.value.date, locale)}.`,
        `${formatDate(origin.value.date, locale)}の${localText(origin.value.occasion, locale)}（${localText(origin.value.place.city, locale)}）で協議の開催に合意しました。`,
      ),
    );
    draft.say(
      pick(
        locale,
        "The knowledge base records the role as it was then, not who holds it now.",
        "肩書は当時のものです（現職者は記録していません）。",
      ),
    );
  }
}

/** The people recorded commenting on a round, of the side asked (none when no round is asked). */
function commentersAt(ctx: Ctx, round: number | undefined): Person[] {
  if (round === undefined) return [];
  return [...ctx.kb.people.values()].filter(
    (p) =>
      p.commentedOn.some((c) => c.round === round) &&
      (ctx.query.side === undefined || p.country === ctx.query.side),
  );
}

export function composePerson(ctx: Ctx, draft: Draft): void {
  const { kb, locale, query, hints } = ctx;
  const person = query.person ? kb.people.get(query.person) : undefined;
  if (!person && hints.roleHolders) {
    describeHolders(ctx, draft, hints.roleHolders);
    return;
  }
  // "who commented on round 5?": the people recorded commenting on the round (of the side asked)
  const commenters = person ? [] : commentersAt(ctx, query.round);
  if (commenters.length > 0) {
    draft.title = pick(locale, "Recorded comments", "記録されているコメント");
    for (const p of commenters) {
      const who = personName(p, locale);
      draft.say(
        pick(
          locale,
          `${who} (${countryName(p.country, locale)}).`,
          `${who}（${countryName(p.country, locale)}）。`,
        ),
      );
      sayCommented(ctx, draft, p);
    }
    return;
  }
  if (!person && hints.commentsAsked && query.round !== undefined) {
    draft.say(
      pick(
        locale,
        `Not recorded — no one${query.side ? ` from ${countryName(query.side, locale)}` : ""} is recorded commenting on the ${ordinal(query.round)} round.`,
        `記録されていません。第${query.round}回について${query.side ? `${countryName(query.side, locale)}の` : ""}コメントした人物は記録されていません。`,
      ),
    );
    return;
  }
  if (!person) {
    personNotRecorded(ctx, draft);
    return;
  }
  draft.cite(person.evidence);
  const name = personName(person, locale);
  nowAndSide(ctx, draft, person, name);
  const other = locale === "ja" ? person.name.en : person.name.ja;
  const honorific = locale === "en" && person.honorific?.en ? ` (${person.honorific.en})` : "";
  draft.title = pick(
    locale,
    `${name}${honorific}`,
    `${name}${other && other !== name ? `（${other}）` : ""}`,
  );
  const roles = roleLines(ctx, draft, person);
  draft.say(
    pick(
      locale,
      `${name}${other && other !== name ? ` (${other})` : ""}, ${countryName(person.country, locale)}${roles.length ? `: ${roles.join("; ")}` : ""}.`,
      `${name}${other && other !== name ? `（${other}）` : ""}：${countryName(person.country, locale)}${roles.length ? `、${roles.join("／")}` : ""}。`,
    ),
  );
  nameInLanguage(ctx, draft, person);
  chairedAndAgreed(ctx, draft, person);
  draft.say(correctionNote(ctx));
}

/** The people who held a title the question names, at the rounds on record; not who holds it now. */
function describeHolders(
  ctx: Ctx,
  draft: Draft,
  recorded: { title: string; ja?: string; people: string[] },
): void {
  const { kb, locale } = ctx;
  // the title in the answer's language where the data records it
  const holders = { ...recorded, title: locale === "ja" ? (recorded.ja ?? recorded.title) : recorded.title };
  const people = holders.people.map((id) => kb.people.get(id)).filter((p): p is Person => !!p);
  draft.title = ctx.hints.current
    ? pick(locale, `Who holds “${holders.title}” now`, `現在の「${holders.title}」`)
    : pick(locale, `Holders of “${holders.title}” on record`, `「${holders.title}」の記録`);
  if (ctx.hints.current)
    draft.say(
      pick(
        locale,
        `Not recorded — the knowledge base does not record who holds the title “${holders.title}” today; it records who held it at the rounds below.`,
        `記録されていません。現在の「${holders.title}」は知識ベースに記録されておらず、記録されているのは下記の回での在任者です。`,
      ),
    );
  const lines = people.map((p) => {
    const rounds = roundsCochairedBy(kb, p.id).map((c) => c.round);
    for (const r of rounds) {
      const fact = r.cochairs[p.country];
      if (isKnown(fact)) draft.cite(fact.evidence);
    }
    for (const role of p.roles) draft.cite(role.evidence);
    const origin = kb.dialogue.origin;
    if (isKnown(origin) && origin.value.agreedBy.includes(p.id)) draft.cite(origin.evidence);
    const when = rounds.length
      ? pick(
          locale,
          ` (co-chaired ${rounds.map((r) => `the ${ordinal(r.number)} round, ${roundWhenWhere(r, locale)}`).join("; ")})`,
          `（${rounds.map((r) => `第${r.number}回、${roundWhenWhere(r, locale)}`).join("／")}で共同議長）`,
        )
      : isKnown(kb.dialogue.origin) && kb.dialogue.origin.value.agreedBy.includes(p.id)
        ? pick(
            locale,
            ` (when the dialogue was agreed, ${formatDate(kb.dialogue.origin.value.date, locale)})`,
            `（協議の合意時、${formatDate(kb.dialogue.origin.value.date, locale)}）`,
          )
        : "";
    return `• ${personName(p, locale)}, ${countryName(p.country, locale)}${when}`;
  });
  if (!ctx.hints.current)
    draft.say(
      pick(
        locale,
        `The knowledge base records ${people.length === 1 ? "this holder" : "these holders"} of the title “${holders.title}”, as at the time; it does not record who holds it now.`,
        `「${holders.title}」について、知識ベースには当時の次の人物が記録されています（現在の在任者は記録されていません）。`,
      ),
    );
  draft.section(pick(locale, "On record", "記録"), lines.join("\n"));
}
