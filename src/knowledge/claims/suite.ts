/**
 * A claim suite generated from the knowledge base itself: for every recorded fact, the true claim and
 * perturbed false ones (neighbouring days, the release date, another weekday, other cities, other rounds'
 * people, the other side, organisations missing from a complete list, the announced city for the held one),
 * and unrecorded ones (co-chairs not on record, a round not recorded as held, a day of an approximate date),
 * in English and Japanese, several phrasings each (plain yes/no, tag question, casual shorthand).
 * Expectations come from the data by plain rules written in the suite-*.ts modules, not from the checker:
 * a new round adds claims, and a wrong verdict anywhere fails test/knowledge/claims/suite.test.ts.
 */
import type { KnowledgeBase } from "../load.ts";
import { type ClaimCase, dateClaims, type Say, weekdayClaims } from "./suite-dates.ts";
import { attendanceClaims, cochairClaims, countClaims, personClaims, sideClaims } from "./suite-people.ts";
import {
  announcedClaims,
  announcedDateClaims,
  heldClaims,
  listClaims,
  nextClaims,
  placeClaims,
  releaseClaims,
} from "./suite-places.ts";
import { announcedByClaims, personOrgClaims, sameClaims, titleClaims } from "./suite-roles.ts";

export type { ClaimCase };

export function claimSuite(kb: KnowledgeBase): ClaimCase[] {
  const cases: ClaimCase[] = [];
  const seen = new Set<string>();
  const say: Say = (q, locale, expect, fact) => {
    if (seen.has(q)) return;
    seen.add(q);
    cases.push({ q, locale, expect, fact });
  };
  for (const round of kb.rounds) {
    dateClaims(round, say);
    weekdayClaims(round, say);
    placeClaims(kb, round, say);
    announcedClaims(kb, round, say);
    announcedDateClaims(round, say);
    releaseClaims(round, say);
    heldClaims(round, say);
    cochairClaims(kb, round, say);
    attendanceClaims(kb, round, say);
    countClaims(round, say);
    personClaims(kb, round, say);
    announcedByClaims(kb, round, say);
  }
  personOrgClaims(kb, say);
  titleClaims(kb, say);
  sameClaims(kb, say);
  listClaims(kb, say);
  nextClaims(kb, say);
  sideClaims(kb, say);
  return cases;
}
