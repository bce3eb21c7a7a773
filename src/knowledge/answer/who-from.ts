/**
 * "Who from MOFA attended round 3?", "第3回の外務省からは誰が来ましたか": the people the knowledge base
 * records in a role of that organisation at that round, and whether the organisation is among the round's
 * recorded participants — never a bare "yes" to a question that asks who.
 */

import { isKnown, participantsOf } from "../queries.ts";
import type { Organisation, Round } from "../types.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import { localText, ordinal, organisationName, personName, pick, roundWhenWhere } from "./format.ts";

export function composeWhoFrom(ctx: Ctx, draft: Draft, org: Organisation, round: Round): void {
  const { kb, locale } = ctx;
  draft.round = round.number;
  const context = roundWhenWhere(round, locale);
  const name = organisationName(org, locale);
  draft.title = pick(
    locale,
    `People from ${name} at the ${ordinal(round.number)} round`,
    `第${round.number}回の${name}の出席者`,
  );
  const people: string[] = [];
  for (const person of kb.people.values()) {
    for (const role of person.roles) {
      if (role.organisation !== org.id || !role.rounds.includes(round.number)) continue;
      draft.cite(role.evidence);
      const title = localText(role.title, locale);
      people.push(`${personName(person, locale)}${title ? pick(locale, ` (${title})`, `（${title}）`) : ""}`);
    }
  }
  const where = pick(
    locale,
    `the ${ordinal(round.number)} round${context ? ` (${context})` : ""}`,
    `第${round.number}回${context ? `（${context}）` : ""}`,
  );
  if (people.length > 0) {
    draft.say(
      pick(
        locale,
        `Recorded from ${name} at ${where}: ${people.join("; ")}.`,
        `${where}の${name}からの出席者として記録されているのは、${people.join("、")}です。`,
      ),
    );
  } else {
    draft.say(
      pick(
        locale,
        `Not recorded — no individual from ${name} at ${where} is named in the knowledge base.`,
        `${where}に出席した${name}の個人名は知識ベースに記録されていません。`,
      ),
    );
  }
  const list = participantsOf(kb, round, org.country)[0];
  if (list && isKnown(list.fact)) {
    draft.cite(list.fact.evidence);
    const listed = list.organisations.some((o) => o.id === org.id);
    draft.say(
      listed
        ? pick(
            locale,
            `${name} is among the recorded participating organisations of that round.`,
            `${name}はこの回の参加機関として記録されています。`,
          )
        : pick(
            locale,
            `${name} is not among the recorded participating organisations of that round.`,
            `${name}はこの回の参加機関としては記録されていません。`,
          ),
    );
  } else {
    draft.say(
      pick(
        locale,
        `The participating organisations of that side at that round are not recorded.`,
        `この回のこの側の参加機関は記録されていません。`,
      ),
    );
  }
}
