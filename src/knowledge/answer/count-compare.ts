/**
 * "Did round 2 or round 3 have more Australian agencies?", 「第2回と第3回、どちらが参加機関が多かった？」: the two
 * rounds named, compared by their recorded participant counts. A partial list is a lower bound; when the record
 * cannot tell which had more, that is said, with both counts.
 */
import { moreThan, type ParticipantCount, participantCountOf } from "../queries.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import { NOT_RECORDED, ordinal, pick, sideAdjective } from "./format.ts";

/** "the 2nd round: 10 (a partial list)" / "第2回：10機関（一部のみ）". */
function countLine(ctx: Ctx, n: number, count: ParticipantCount): string {
  const { locale } = ctx;
  if (!count.known) return pick(locale, `the ${ordinal(n)} round: not recorded`, `第${n}回：記録なし`);
  const partial = count.complete ? "" : pick(locale, " (a partial list)", "（一部のみの一覧）");
  return pick(
    locale,
    `the ${ordinal(n)} round: ${count.total}${partial}`,
    `第${n}回：${count.total}機関${partial}`,
  );
}

export function composeCountComparison(ctx: Ctx, draft: Draft, a: number, b: number): void {
  const { kb, locale, query } = ctx;
  const [ca, cb] = [participantCountOf(kb, a, query.side), participantCountOf(kb, b, query.side)];
  draft.cite(ca.evidence).cite(cb.evidence);
  const what = query.side
    ? pick(
        locale,
        `${sideAdjective(query.side, locale)} agencies`,
        `${sideAdjective(query.side, locale)}参加機関`,
      )
    : pick(locale, "agencies (both sides)", "参加機関（両国合計）");
  draft.title = pick(
    locale,
    `${what}: the ${ordinal(a)} and ${ordinal(b)} rounds compared`,
    `${what}：第${a}回と第${b}回の比較`,
  );
  const counts = [countLine(ctx, a, ca), countLine(ctx, b, cb)].join(pick(locale, "; ", "、"));
  draft.round = a;
  const [aMore, bMore] = [moreThan(ca, cb), moreThan(cb, ca)];
  const label = (n: number) => pick(locale, `The ${ordinal(n)} round`, `第${n}回`);
  if (aMore === "yes" || bMore === "yes") {
    const [more, less] = aMore === "yes" ? [a, b] : [b, a];
    draft.say(
      pick(
        locale,
        `${label(more)} had more ${what} on record than the ${ordinal(less)} (${counts}).`,
        `${what}は${label(more)}の方が第${less}回より多く記録されています（${counts}）。`,
      ),
    );
  } else if (aMore === "no" && bMore === "no") {
    draft.say(
      pick(
        locale,
        `The same: the ${ordinal(a)} and ${ordinal(b)} rounds each had ${ca.total} ${what} on record.`,
        `同じです。第${a}回と第${b}回の${what}はどちらも${ca.total}機関と記録されています。`,
      ),
    );
  } else {
    draft.say(
      pick(
        locale,
        `${NOT_RECORDED(locale)}which had more ${what} cannot be told from the record, whose lists are not complete (${counts}).`,
        `${NOT_RECORDED(locale)}一覧が完全には記録されていないため、どちらの${what}が多かったかは分かりません（${counts}）。`,
      ),
    );
  }
}
