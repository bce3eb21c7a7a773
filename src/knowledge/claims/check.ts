/** Every claim checked against the knowledge base by the check for its kind. */
import type { NameIndex } from "../indexes.ts";
import type { KnowledgeBase } from "../load.ts";
import { checkMore } from "./check-more.ts";
import { checkFirstIn, checkIsRound, checkOrder } from "./check-order.ts";
import {
  checkAttended,
  checkCochairRecorded,
  checkCount,
  checkFirstAttended,
  checkOrgCochaired,
} from "./check-orgs.ts";
import { checkCochair, checkCochairTimes, checkNamedCochair, checkPersonSide } from "./check-people.ts";
import { checkHeld, checkPlace } from "./check-place.ts";
import { checkPersonOrg, checkPersonTitle } from "./check-roles.ts";
import { checkDate, checkNextConfirmed, checkWeekday } from "./check-round.ts";
import { checkSame } from "./check-same.ts";
import type { Check, Claim } from "./types.ts";

export function checkClaim(kb: KnowledgeBase, index: NameIndex, claim: Claim): Check {
  switch (claim.kind) {
    case "date":
      return checkDate(kb, claim);
    case "weekday":
      return checkWeekday(kb, claim);
    case "place":
      return checkPlace(kb, claim);
    case "held":
      return checkHeld(kb, claim);
    case "cochair":
    case "present":
      return checkCochair(kb, claim);
    case "person_side":
      return checkPersonSide(kb, claim);
    case "named_cochair":
      return checkNamedCochair(kb, claim);
    case "attended": {
      const check = checkAttended(kb, index, claim);
      // "NPA was absent from round 1": true when it is not recorded there (from a complete list), false when it is
      if (!claim.absent || check.verdict === "unrecorded") return check;
      return { ...check, verdict: check.verdict === "yes" ? "no" : "yes" };
    }
    case "org_cochaired":
      return checkOrgCochaired(kb, claim);
    case "cochair_times":
      return checkCochairTimes(kb, claim);
    case "cochair_recorded":
      return checkCochairRecorded(kb, claim);
    case "count":
      return checkCount(kb, claim);
    case "more":
      return checkMore(kb, claim);
    case "next_confirmed":
      return checkNextConfirmed(kb, claim);
    case "person_org":
      return checkPersonOrg(kb, claim);
    case "person_title":
      return checkPersonTitle(kb, claim);
    case "same":
      return checkSame(kb, claim);
    case "order":
      return checkOrder(kb, claim);
    case "is_round":
      return checkIsRound(claim);
    case "first_in":
      return checkFirstIn(kb, claim);
    case "first_attended":
      return checkFirstAttended(kb, index, claim);
  }
}
