/**
 * Claims: the facts a yes/no or tag question asserts ("Was round 2 held in Tokyo on 8 August 2016?" asserts
 * a place and a date of round 2), each checked against the knowledge base on its own.
 */
import type { Side } from "../answer-types.ts";
import type { Evidence } from "../types.ts";

/** A date as asked: any of its parts may be left out ("8 August", "August 2016", "2016"). */
export interface AskedDay {
  year?: number;
  month?: number;
  day?: number;
}

/** Which date of a round a date claim is about. */
export type DateOf = "held" | "released" | "announced";

export type Claim =
  /** `by`: the round that announced it, when the question names the announcing round */
  | { kind: "date"; round: number; date: AskedDay; of: DateOf; by?: number }
  | { kind: "weekday"; round: number; weekday: number }
  | { kind: "place"; round: number; place: string; as: "held" | "announced"; by?: number }
  | { kind: "held"; round: number }
  | { kind: "cochair"; round: number; person: string }
  | { kind: "present"; round: number; person: string }
  | { kind: "person_side"; person: string; side: Side; round?: number }
  | { kind: "named_cochair"; round: number; name: string; side?: Side }
  /** `absent`: the question asserts it was not there ("NPA was absent from round 1") */
  | { kind: "attended"; round: number; organisation: string; absent?: boolean }
  /** `side`: the side whose co-chair is said to be from the organisation (else the organisation's own) */
  | { kind: "org_cochaired"; round: number; organisation: string; side?: Side }
  /**
   * "Otaka co-chaired more than one round?": how many rounds the person is recorded as co-chairing; `except`:
   * of the rounds other than these ("any other round", "a round other than the 3rd")
   */
  | { kind: "cochair_times"; person: string; atLeast: number; except?: number[] }
  /** "all the Japanese co-chairs…": is the side's co-chair of the round on record at all */
  | { kind: "cochair_recorded"; round: number; side: Side }
  | { kind: "count"; round: number; side?: Side; count: number }
  /** "Round 2 had more Japanese agencies than round 3": two rounds' recorded counts compared */
  | { kind: "more"; round: number; other: number; side?: Side; relation: "more" | "fewer" }
  | { kind: "next_confirmed"; place?: string; date?: AskedDay }
  /** "Was Otaka a DFAT official?": the organisation of the person's recorded roles (at a round) */
  | { kind: "person_org"; person: string; organisation: string; round?: number }
  /** "At round 2, was McKinnon the Ambassador for Cyber Affairs?": a recorded title of the person */
  | {
      kind: "person_title";
      person: string;
      /** recorded titles named; none when the question names a title not on record (`phrase`) */
      titles: string[];
      round?: number;
      /** a title not on record: its words that name a post ("ambassador") and what was typed */
      nouns?: string[];
      phrase?: string;
    }
  /** "Did the 3rd round happen before the 2nd?": the order of two rounds, by their recorded dates */
  | { kind: "order"; round: number; other: number; relation: "before" | "after" }
  /** "Was round 2 the inaugural meeting?": the round named is (or is not) the first or the latest on record */
  | { kind: "is_round"; round: number; other: number; which: "first" | "latest" }
  /** "IPA first joined at round 3?": the round is the first the organisation is recorded at */
  | { kind: "first_attended"; round: number; organisation: string }
  /** "Was round 3 the first round held in Tokyo?": the round is the first (or last) held in the city */
  | { kind: "first_in"; round: number; place: string; which: "first" | "last" }
  /** "Were rounds 2 and 3 held on the same weekday?": one recorded value of two rounds compared */
  | { kind: "same"; rounds: [number, number]; aspect: SameAspect; side?: Side };

/** What two rounds are said to share. */
export type SameAspect = "date" | "weekday" | "place" | "cochair" | "title" | "year" | "month";

export type Verdict = "yes" | "no" | "unrecorded";

/** One claim checked: the verdict and what the record says, in both languages. */
export interface Check {
  claim: Claim;
  verdict: Verdict;
  /** the recorded fact, as a clause: "the 2nd round was held on 2 August 2016" */
  en: string;
  ja: string;
  evidence: Evidence[];
}
