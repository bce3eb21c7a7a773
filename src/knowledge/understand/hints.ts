/** What understanding hands the composers besides the Query: how the question was asked, and about what. */
import type { Locale, Query } from "../answer-types.ts";
import type { EntityRef } from "../indexes.ts";
import type { Reading } from "./reading.ts";

export type MissingRound =
  | { kind: "number"; n: number }
  | { kind: "date"; year: number; month?: number }
  | { kind: "month"; month: number }
  | { kind: "place"; city: string };

export interface AskedDate {
  year: number;
  month?: number;
  day?: number;
}

export interface Hints {
  /** a yes/no question ("Was…", "Did…", "…, right?", "…しましたか") */
  yesno: boolean;
  /** a round reference that matches no round on record */
  missing?: MissingRound;
  /** a reference that matches several rounds ("the Tokyo round") */
  ambiguous?: { candidates: number[]; via: string };
  /** more rounds asked about at once ("round 2 and round 3"), the first being query.round */
  rounds?: number[];
  /** a name asked about that is not in the knowledge base, as typed */
  unknownName?: string;
  /** the city named in the question (the data's name in the answer's language when known, else as typed) */
  place?: string;
  /** every city named, in order */
  places?: string[];
  /** a date named in the question, for yes/no checks ("held on 13 February 2015?") */
  date?: AskedDate;
  /** a year named for a list of rounds */
  year?: number;
  /** content words of a question about topics ("cybercrime") */
  topicWords?: string[];
  /** the question asks whether a (joint) statement was issued */
  asksStatement?: boolean;
  /** "what was DFAT's role at round 3?": what is recorded of an organisation at a round, asked (not whether) */
  orgRole?: boolean;
  /** "who commented on round 5?": the people recorded commenting on a round */
  commentsAsked?: boolean;
  /** "the joint statement was signed by both co-chairs": something of the statement beyond its issue */
  statementDetail?: boolean;
  /** the question is about every round ("at all rounds", "毎回") */
  allRounds?: boolean;
  /** the question asks when a release or statement about a round was published (発表, 公表, 発出) */
  released?: boolean;
  /** "on the same day?" with nothing named to compare with: a comparison that cannot be checked */
  sameUnresolved?: boolean;
  /** asks the time of day ("what time did it start?", 何時): never recorded */
  timeOfDay?: boolean;
  /** a yes/no question comparing what happened with what was announced */
  asAnnounced?: boolean;
  /** what of the announcement is asked: when ("in the year it said") — else where */
  announcedAspect?: "when";
  /** "was it meant to be somewhere else?": asked whether it was held other than as announced */
  elsewhere?: boolean;
  /** the question asks for the dialogue's own name */
  dialogueName?: boolean;
  /** the question asks for the dialogue's abbreviation */
  dialogueAbbreviation?: boolean;
  /** next_round asked by the announced round ("where was the 3rd round supposed to be held?") */
  announcedRound?: number;
  /** names matched only after spelling correction: what was typed, and what it was read as */
  corrections: { typed: string; ref: EntityRef }[];
  /** the round reference was weak or relative ("the previous one"): shown with suggestions */
  weakRound?: boolean;
  /** a year or city in the question that contradicts the numbered round */
  conflict?:
    | { kind: "year"; year: number }
    | { kind: "place"; city: string }
    /** a day of the round's month named, not the day it met ("the 12 December 2017 dialogue") */
    | { kind: "day"; year: number; month: number; day: number };
  /** the question asks about the present ("still", "now", "現在"): roles are recorded as they were */
  current?: boolean;
  /** "held outside Tokyo": the places other than the one named */
  outside?: boolean;
  /** "is the dialogue annual?": how often it meets, which no source records */
  frequency?: boolean;
  /** a relative reference ("previous") that was read as the round before the latest on record */
  relative?: string;
  /** a day of the week asked about ("on a Monday?") */
  weekday?: string;
  /** "held in the same city as the 2nd?": what to compare with the other round named */
  same?: "place" | "year" | "month";
  /** what a question about two organisations asks: are they the same, is one part of the other */
  relationAsked?: "same" | "part";
  /** organisations named after the first ("Is ASD the same as ACSC?") */
  otherOrganisations?: string[];
  /** people whose recorded title the question names ("who is the ambassador for cyber affairs?") */
  roleHolders?: { title: string; ja?: string; people: string[] };
  /** another round named in the question ("the same city as the 2nd") */
  otherRound?: number;
  /** "Has there been a round since 2017?", "2017年以降に開催された回はある？": whether any round was held after
   * a year (inclusive: "since", "以降" also take in that year itself, shown apart) */
  heldAfter?: { year: number; inclusive: boolean };
  /** "has there been a round since round 3?": the rounds held after that one */
  heldAfterRound?: number;
  /** "How many rounds took place before 2017?": the rounds held before a year (inclusive: "until 2017") */
  heldBefore?: { year: number; inclusive: boolean };
  /** "Who from MOFA attended round 3?", "第3回の外務省からは誰が来ましたか": people of an organisation at a round */
  whoFrom?: boolean;
  /** "the first round with IPA", "IPAが初めて参加した回": the round is the organisation's first on record */
  firstAttended?: { organisation: string; round: number };
  /** "which round had the most agencies?", "参加機関が一番多かった回は？": rounds compared by their counts */
  extreme?: "most" | "fewest";
  /** "did round 2 or round 3 have more agencies?", 「第2回は第3回より多い？」: two rounds' counts compared */
  comparedCount?: "more" | "fewer";
  /** "in total", "across rounds", "ever": every round, not one */
  acrossRounds?: boolean;
  /** "which rounds did DFAT not attend?", 「NISCが参加しなかった回は？」: the rounds without the organisation */
  absentFrom?: boolean;
  /** "which building or venue?", 会場: a place finer than the city, which no source gives */
  venue?: boolean;
  /** "how many individual officials attended?": a count of people, which no source gives */
  peopleCount?: boolean;
  /** "in the Japanese era calendar", 和暦: the date as the era counts it */
  era?: boolean;
  /** "every recorded round", "the co-chairs on record": only what the record names is asked about */
  onRecord?: boolean;
  /** "did either of them…?", 「どちらか」: a yes/no question about several rounds that holds if it holds for one */
  anyRound?: boolean;
  /** across the rounds only because the question asks for a list ("the Australian attendee list?"): a
   * follow-up's list is of the rounds it follows */
  listOnly?: boolean;
  /** "round 3 but not round 2": what one round has that another has not */
  difference?: boolean;
  /** content words of a yes/no question that no check covers ("a success?") */
  contentWords?: string[];
  /** why a question got intent "unknown" */
  /** the question asks for a name in one language ("the Japanese name of…", "…は英語で何と言う") */
  nameLanguage?: "ja" | "en";
  /** yes/no: people the question names (ids on record), and capitalised names that are not on record */
  namedPeople?: string[];
  unrecordedNames?: string[];
  reason?:
    | "empty"
    | "offtopic"
    | "code"
    | "injection"
    | "other_dialogue"
    | "other_forum"
    | "task"
    | "service"
    | "opinion"
    | "guess"
    | "help"
    | "current";
}

export interface Understanding {
  locale: Locale;
  query: Query;
  hints: Hints;
  confidence: "high" | "low";
  /** what the reading steps found: mentions with where they are, the question's form, what is asked */
  reading?: Reading;
}
