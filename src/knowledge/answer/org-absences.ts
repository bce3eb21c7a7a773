/**
 * "Which rounds did DFAT not attend?", 「NISCが参加しなかった回は？」: the rounds where the organisation is
 * missing from a complete list of its side's participants (a "no"), apart from those where the record cannot
 * say (no list, or one that may be incomplete: "not recorded"), and where it was there.
 */
import { attendanceAt } from "../attendance.ts";
import type { Organisation, Round } from "../types.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import { joinList, ordinal, organisationName, pick, sideAdjective } from "./format.ts";

const PRESENT = new Set(["listed", "cochair", "named"]);

const listOf = (rounds: Round[], locale: "en" | "ja") =>
  locale === "ja"
    ? rounds.map((r) => `第${r.number}回`).join("、")
    : `the ${joinList(
        rounds.map((r) => ordinal(r.number)),
        locale,
      )} round${rounds.length === 1 ? "" : "s"}`;

export function composeOrgAbsences(ctx: Ctx, draft: Draft, org: Organisation): void {
  const { kb, index, locale } = ctx;
  const name = organisationName(org, locale);
  const adjective = sideAdjective(org.country, locale);
  const verdicts = kb.rounds.map((round) => ({ round, verdict: attendanceAt(kb, index, org, round) }));
  const absent = verdicts.filter((v) => v.verdict.status === "absent");
  const present = verdicts.filter((v) => PRESENT.has(v.verdict.status));
  const unsure = verdicts.filter((v) => !PRESENT.has(v.verdict.status) && v.verdict.status !== "absent");
  draft.title = pick(locale, `Rounds without ${org.acronym ?? name}`, `${name}が参加していない回`);
  for (const v of absent) if ("evidence" in v.verdict) draft.cite(v.verdict.evidence);
  const rounds = (list: typeof verdicts) => list.map((v) => v.round);
  draft.say(
    absent.length > 0
      ? pick(
          locale,
          `The ${name} is not among the complete ${adjective} participant lists of ${listOf(rounds(absent), locale)}.`,
          `${name}は${listOf(rounds(absent), locale)}の${adjective}参加機関（完全な一覧）に含まれていません。`,
        )
      : pick(
          locale,
          `No complete ${adjective} participant list on record leaves out the ${name}.`,
          `${name}を含まない${adjective}参加機関の完全な一覧は記録されていません。`,
        ),
  );
  if (unsure.length > 0)
    draft.say(
      pick(
        locale,
        `Not recorded for ${listOf(rounds(unsure), locale)}: the ${adjective} participants there are not recorded or not complete.`,
        `${listOf(rounds(unsure), locale)}については記録されていません（${adjective}参加機関が記録されていないか、一覧が完全ではありません）。`,
      ),
    );
  if (present.length > 0)
    draft.say(
      pick(
        locale,
        `It is recorded at ${listOf(rounds(present), locale)}.`,
        `${listOf(rounds(present), locale)}には参加が記録されています。`,
      ),
    );
}
