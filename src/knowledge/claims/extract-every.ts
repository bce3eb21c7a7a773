/**
 * Claims about every co-chair at once, no round named: "Were all the Japanese co-chairs from MOFA?", "Was
 * every Australian co-chair an Ambassador for Cyber Affairs?", 「歴代の日本側共同議長は全員外務省？」. Each
 * round's co-chair of the side (both sides when none is named) is a claim of its own: the organisation or the
 * title asserted of that round's co-chair — or, where the round's co-chair is not recorded, that (which makes
 * "all" unsure: not recorded, never yes). And how many rounds one person co-chaired ("more than one round?",
 * "any other round?").
 */
import type { Side } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import { cochairsOf, roundsCochairedBy, SIDES } from "../queries.ts";
import { COCHAIR } from "./cues.ts";
import type { Reading } from "./extract.ts";
import { titlesAsserted } from "./extract-roles.ts";
import type { Claim } from "./types.ts";

/** "the co-chairs on record", "every recorded co-chair", 記録上の: only those the record names. */
export const ON_RECORD = /\bon record\b|\brecorded\b|\bknown\b|記録上|記録されている|記録にある/i;

/** "all", "every", "each" of the co-chairs; 全員, 歴代, いずれも. */
const EVERY = /\b(?:all|every|each|both)\b|両方|全員|全て|すべて|歴代|いずれも|みな|皆/i;

/** The claims about every co-chair of a side, or none when the question is not about every co-chair. */
export function everyCochairClaims(kb: KnowledgeBase, reading: Reading): Claim[] {
  const { text, understanding } = reading;
  const { query, hints } = understanding;
  if (!EVERY.test(text) || !COCHAIR.test(text) || query.person !== undefined) return [];
  // (a place or a date asserted too is more than the co-chairs: the claims of each round check it)
  if ((hints.places?.length ?? 0) > 0 || hints.date !== undefined) return [];
  // every round, or every round named ("Japan's co-chairs at rounds 1, 2 and 3 all…")
  const named = hints.rounds && hints.rounds.length > 1 ? hints.rounds : undefined;
  if (!named && query.round !== undefined) return [];
  const organisation = query.organisation;
  const titles = titlesAsserted(kb, text);
  if (!organisation && titles.length === 0) return [];
  const sides: readonly Side[] = query.side ? [query.side] : SIDES;
  const out: Claim[] = [];
  for (const round of kb.rounds.filter((r) => !named || named.includes(r.number))) {
    const chairs = cochairsOf(kb, round);
    for (const side of sides) {
      const chair = chairs.find((c) => c.side === side);
      if (!chair) {
        // "all the Japanese co-chairs on record": the rounds whose co-chair is not recorded are not asked about
        if (!ON_RECORD.test(text)) out.push({ kind: "cochair_recorded", round: round.number, side });
      } else if (organisation) out.push({ kind: "org_cochaired", round: round.number, organisation, side });
      else out.push({ kind: "person_title", person: chair.person.id, titles, round: round.number });
    }
  }
  return out;
}

/** "co-chaired more than one round", "twice", 「複数回」: the number of rounds a person co-chaired, at least. */
const MORE_THAN_ONCE =
  /\bmore than (?:once|one (?:round|meeting|session|dialogue))\b|\btwice\b|\b(?:two|several|multiple) (?:rounds|meetings|sessions|dialogues|times)\b|\bagain\b|複数回|2回以上|二回以上|何度も/i;

/** "any other round", "another round", "a round other than the 3rd", 「他の回」「第3回以外」. */
const OTHER_ROUND =
  /\b(?:an)?other (?:rounds?|meetings?|sessions?|dialogues?|ones?)\b|\bother than\b|\bbesides\b|\bapart from\b|(?:他|ほか|別)の回|以外/i;

export function repeatCochairClaims(kb: KnowledgeBase, reading: Reading): Claim[] {
  const { text, understanding } = reading;
  const person = understanding.query.person ?? understanding.hints.namedPeople?.[0];
  if (!person || !COCHAIR.test(text)) return [];
  if (OTHER_ROUND.test(text)) {
    // other than the rounds named, or than those the person is known for ("did he chair any other round?")
    const { query, hints } = understanding;
    const named = [...(query.round !== undefined ? [query.round] : []), ...(hints.rounds ?? [])];
    const except = named.length > 0 ? named : roundsCochairedBy(kb, person).map((c) => c.round.number);
    return [{ kind: "cochair_times", person, atLeast: 1, except: [...new Set(except)] }];
  }
  if (!MORE_THAN_ONCE.test(text)) return [];
  if (understanding.query.round !== undefined || (understanding.hints.rounds?.length ?? 0) > 0) return [];
  return [{ kind: "cochair_times", person, atLeast: 2 }];
}
