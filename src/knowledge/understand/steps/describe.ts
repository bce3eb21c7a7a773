/**
 * Step 2b, descriptions: a round described by what is recorded about it ("the round Feakin co-chaired")
 * becomes a round reference, and the name that only described it is not what is asked about; an
 * organisation described rather than named ("Japan's police agency") becomes a mention of it.
 */

import { describeRound } from "../describe-round.ts";
import { detectSide } from "../entities.ts";
import { NAME_IN } from "./asked.ts";
import type { Scan, Tools } from "./scan.ts";

export function applyDescription(scan: Scan, tools: Tools): void {
  const { mentions, hints } = scan;
  const description = describeRound(tools.kb, scan.words, mentions, scan.japanese, tools.outcomes);
  scan.description = description;
  if (description) {
    scan.japanese = description.japanese;
    const describer = description.describer;
    if (describer) {
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k];
        if (m && m.ref.kind === describer.kind && m.ref.id === describer.id) mentions.splice(k, 1);
      }
    }
    for (const k of description.drop) scan.consumed[k] = true;
    if (description.firstAttended && describer?.kind === "organisation")
      hints.firstAttended = { organisation: describer.id, round: description.round };
  }
  for (const mention of mentions) {
    if (mention.corrected) hints.corrections.push({ typed: mention.typed, ref: mention.ref });
  }
}

/**
 * An organisation described rather than named ("Japan's police agency"), when none is named — or when the
 * one named is of the other side ("Japan's defence ministry" read as Australia's Department of Defence).
 */
export function describedOrganisation(scan: Scan, tools: Tools): void {
  const { words, consumed, mentions } = scan;
  // ("What is the Australian Department of Defence called in Japanese?": a language, not Japan's side)
  const sideNamed = NAME_IN.test(words.join(" ")) ? undefined : detectSide(words, consumed, scan.japanese);
  const named = mentions.find((m) => m.ref.kind === "organisation");
  const wrongSide =
    named !== undefined &&
    sideNamed !== undefined &&
    tools.kb.organisations.get(named.ref.id)?.country !== sideNamed;
  if (named && !wrongSide) return;
  const described = tools.names.describedOrganisation(
    words,
    wrongSide ? words.map(() => false) : consumed,
    sideNamed,
  );
  if (!described) return;
  if (wrongSide && named) mentions.splice(mentions.indexOf(named), 1);
  const ref = { kind: "organisation" as const, id: described.id };
  mentions.push({ ref, alternatives: [ref], typed: described.typed, corrected: true, start: -1, end: -1 });
}
