/**
 * People recorded around a round without being its co-chairs or participants: someone who commented on a
 * round ("The Australian Ambassador, Justin Hayhurst, said this week's Dialogue…"), and titles that a source
 * gives at a date of its own rather than at a round ("as given by DFAT in August 2015").
 */
import type { Locale } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { roundByNumber } from "../queries.ts";
import type { Person, Role, Round } from "../types.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import {
  countryName,
  formatDate,
  NO,
  NOT_RECORDED,
  ordinal,
  personName,
  pick,
  roundWhenWhere,
  roundWithContext,
  sideAdjective,
} from "./format.ts";

/** "DFAT" from "Department of Foreign Affairs and Trade (DFAT), Australia"; else the publisher as given. */
const shortPublisher = (publisher: string) => /\(([A-Z][A-Za-z&]{1,9})\)/.exec(publisher)?.[1] ?? publisher;

/** " (title as given by DFAT in August 2015)" for a role dated by its source, else "". */
export function titleAsOf(kb: KnowledgeBase, role: Role, locale: Locale): string {
  if (!role.asOf) return "";
  const source = kb.sources.get(role.evidence[0]?.source ?? "");
  const by = source ? shortPublisher(source.publisher) : "";
  const when = formatDate(
    role.asOf.precision === "day" ? { ...role.asOf, day: undefined, precision: "month" } : role.asOf,
    locale,
  );
  const at = role.asOf.approximate ? when : `in ${when}`;
  return pick(
    locale,
    ` (title as given${by ? ` by ${by}` : ""} ${at})`,
    `（${when}${by ? `に${by}が示した肩書` : "時点の肩書"}）`,
  );
}

/**
 * "Wasn't the Australian ambassador the co-chair?" of a round whose co-chair of that side is not recorded: the
 * people of those sides recorded commenting on the round, said not to be recorded as its co-chairs.
 */
export function sayCommenters(ctx: Ctx, draft: Draft, round: Round, sides: readonly string[]): void {
  const { kb, locale } = ctx;
  for (const person of kb.people.values()) {
    const comment = person.commentedOn.find((c) => c.round === round.number);
    if (!comment || !sides.includes(person.country)) continue;
    draft.cite(comment.evidence);
    draft.say(
      pick(
        locale,
        `${personName(person, locale)} (${countryName(person.country, locale)}) is recorded commenting on the ${ordinal(round.number)} round; the source does not say who co-chaired it.`,
        `${personName(person, locale)}（${countryName(person.country, locale)}）が第${round.number}回についてコメントしたことは記録されていますが、共同議長が誰だったかは情報源に記されていません。`,
      ),
    );
  }
}

/** "Commented on the 5th round (…); not recorded as its co-chair or a participant." for each such round. */
export function sayCommented(ctx: Ctx, draft: Draft, person: Person): void {
  const { kb, locale } = ctx;
  for (const comment of person.commentedOn) {
    const round = roundByNumber(kb, comment.round);
    if (!round) continue;
    draft.cite(comment.evidence);
    draft.say(
      pick(
        locale,
        `Commented on the ${ordinal(round.number)} round (${roundWhenWhere(round, locale)}): “${comment.evidence[0]?.quote ?? ""}” The source does not record ${personName(person, locale)} as a co-chair or a participant of it.`,
        `第${round.number}回についてコメントした人物として記録されています（共同議長・参加者としての記録はありません）：“${comment.evidence[0]?.quote ?? ""}”`,
      ),
    );
  }
  if (person.commentedOn.length === 1) draft.round = person.commentedOn[0]?.round ?? draft.round;
}

/**
 * "Did Hayhurst co-chair round 5?": he commented on it — No when the round's co-chair on record is someone else,
 * not recorded when none is; "Was he at round 5?": not recorded as a participant, only as commenting. Returns false when the person is not recorded commenting.
 */
export function answerCommented(
  ctx: Ctx,
  draft: Draft,
  round: Round,
  person: Person,
  asCochair: boolean,
): boolean {
  const comment = person.commentedOn.find((c) => c.round === round.number);
  if (!comment) return false;
  const { locale } = ctx;
  const name = personName(person, locale);
  const where = roundWithContext(round, locale);
  draft.cite(comment.evidence);
  const chair = round.cochairs[person.country];
  const chairNote =
    chair.status === "known"
      ? ""
      : pick(
          locale,
          ` The ${sideAdjective(person.country, locale)} co-chair of the ${ordinal(round.number)} round is not recorded.`,
          `第${round.number}回の${countryName(person.country, locale)}側共同議長は記録されていません。`,
        );
  // a co-chair on record is someone else: No; none on record: not recorded either way
  const verdict = chair.status === "known" ? NO(locale) : NOT_RECORDED(locale);
  draft.say(
    asCochair
      ? pick(
          locale,
          `${verdict}${name} is recorded as having commented on ${where}, not as its co-chair: the source does not call ${name} a co-chair or a participant.${chairNote}`,
          `${verdict}${name}は第${round.number}回についてコメントした人物として記録されており、共同議長としての記録はありません（出典は共同議長・参加者とは述べていません）。${chairNote}`,
        )
      : pick(
          locale,
          `Not recorded — ${name} is recorded only as having commented on ${where}; the source does not call ${name} a co-chair or a participant.`,
          `記録されていません。${name}は第${round.number}回についてコメントした人物としてのみ記録されており、出典は参加者とは述べていません。`,
        ),
  );
  return true;
}
