/**
 * Step 5a, the typed query: the intent and its slots (side, organisation, person, term), the place and
 * date named, and for membership what is asked of the organisation or person.
 */
import type { CityHit } from "../places.ts";
import type { Scan, Tools } from "./scan.ts";

/** Which of the people, organisations and terms named fill the query's slots. */
export function fillSlots(scan: Scan, tools: Tools): void {
  const { mentions, hints, side, intent, text, locale } = scan;
  const query = scan.query;
  query.intent = intent;
  const person = mentions.find((m) => m.ref.kind === "person");
  const org = mentions.find((m) => m.ref.kind === "organisation");
  const term = mentions.find((m) => m.ref.kind === "term");
  if (side) query.side = side;
  if (org) query.organisation = org.ref.id;
  if (person) query.person = person.ref.id;
  if (term) query.term = term.ref.id;
  const moreOrgs = mentions.filter((m) => m.ref.kind === "organisation" && m !== org).map((m) => m.ref.id);
  if (moreOrgs.length > 0) hints.otherOrganisations = moreOrgs;
  if (/\b(?:part of|belongs? to|under|subordinate to|within)\b/.test(text)) hints.relationAsked = "part";
  else if (/\b(?:same|different|separate)\b/.test(text)) hints.relationAsked = "same";
  if (scan.unknownName && !org && !person) hints.unknownName = scan.unknownName;
  // "Which MOFA ambassador co-chaired…", "Who co-chaired for DFAT…": the organisation's side.
  if (!side && org && (intent === "cochairs" || intent === "agencies")) {
    const owner = tools.kb.organisations.get(org.ref.id);
    if (owner) query.side = owner.country;
  }
  const cityName = (c: CityHit) => (locale === "ja" && c.ja ? c.ja : c.en);
  if (scan.cityHits[0]) {
    hints.place = cityName(scan.cityHits[0]);
    hints.places = scan.cityHits.map(cityName);
  }
  const firstDate = scan.roundMentions.map((m) => m.mention).find((m) => m.kind === "date");
  if (firstDate && firstDate.kind === "date") {
    hints.date = {
      year: firstDate.year,
      ...(firstDate.month ? { month: firstDate.month } : {}),
      ...(firstDate.day ? { day: firstDate.day } : {}),
    };
  }
}

/** An organisation's own team or delegation ("the NISC team", "its delegation"), not the dialogue's co-chairs. */
export const ORG_TEAM = /\b(?:team|delegation|contingent|group|staff|officials)\b/;

/** Membership: attended, co-chaired or held in; "Who from MOFA attended round 3?" asks who, not whether. */
/** "which NISC officials…", "what MOFA staff…": people of an organisation, not the organisation's list. */
const WHICH_PEOPLE =
  /\b(?:which|what) (?:\w+ )?(?:officials|people|persons|individuals|delegates|staff|representatives)\b/;

const ORG_ROLE = /\b(?:role|part|function)\b|\bwhat did (?:\w+ ){1,3}do\b/;

export function membershipRelation(scan: Scan): void {
  const { query, hints, mentions } = scan;
  // "which NISC officials…": its people; "what was DFAT's role at round 3?": what is recorded of it there (on the
  // list, its official a co-chair) — both asked of the organisation at the round, not the round's whole list
  if (
    scan.intent === "agencies" &&
    mentions.some((m) => m.ref.kind === "organisation") &&
    !mentions.some((m) => m.ref.kind === "person") &&
    (WHICH_PEOPLE.test(scan.text) || ORG_ROLE.test(scan.text))
  ) {
    if (!WHICH_PEOPLE.test(scan.text)) hints.orgRole = true;
    scan.intent = "membership";
    query.intent = "membership";
  }
  if (scan.intent !== "membership") return;
  const person = mentions.some((m) => m.ref.kind === "person");
  const org = mentions.some((m) => m.ref.kind === "organisation");
  // "who represented NISC?" asks who came from it: "represent" is a co-chair's word only with a side
  // "who led the NISC team?": who headed an organisation's own team, not the dialogue
  const ledTeam = ORG_TEAM.test(scan.text);
  const representedBy =
    org &&
    !person &&
    !hints.yesno &&
    /\bwho\b/.test(scan.text) &&
    (/\brepresent|\bspoke for\b/.test(scan.text) || ledTeam);
  const cochairWords =
    scan.scores.byIntent.cochairs > 0 &&
    !(representedBy && (ledTeam || !/\bco-?chair|\bchair|\bled\b|\bhead/.test(scan.text)));
  if (cochairWords && (person || org || scan.unknownName)) query.relation = "cochaired";
  else if (!person && !org && !scan.unknownName && scan.cityHits[0]) query.relation = "held_in";
  else query.relation = "attended";
  if (query.relation === "held_in" && hints.place) query.place = hints.place;
  // "which rounds did DFAT not attend / miss?", 「NISCが参加しなかった回は？」
  if (
    org &&
    !person &&
    !hints.yesno &&
    query.round === undefined &&
    (/\b(?:not|n't|never|miss(?:ed)?|skip(?:ped)?|absent|without)\b/.test(scan.text) ||
      /(?:参加|出席)(?:しなかった|していない|しておらず|せず)|欠席|不参加/.test(scan.japanese))
  )
    hints.absentFrom = true;
  if (
    org &&
    !person &&
    query.relation === "attended" &&
    !hints.yesno &&
    (/\b(?:who|whom)\b/.test(scan.text) ||
      // "which NISC officials were at round 3?": people of the organisation, by another word
      WHICH_PEOPLE.test(scan.text) ||
      /誰|だれ|どなた/.test(scan.japanese))
  )
    hints.whoFrom = true;
}
