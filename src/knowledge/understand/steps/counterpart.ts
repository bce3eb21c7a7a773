/**
 * Step 5e, a counterpart: "Who was Mizushima's Australian counterpart?", "フィーキン氏のカウンターパートは？" —
 * the co-chair of the other side at the round(s) the person co-chaired, not the person.
 */
import { roundsCochairedBy } from "../../queries.ts";
import type { Scan, Tools } from "./scan.ts";

export const COUNTERPART =
  /\bcounterparts?\b|\bopposite numbers?\b|\bopposite\b|カウンターパート|相手方|相手の/i;

export function counterpart(scan: Scan, tools: Tools): void {
  const { query, hints } = scan;
  if (hints.yesno || !query.person || !COUNTERPART.test(`${scan.text} ${scan.japanese}`)) return;
  const chaired = roundsCochairedBy(tools.kb, query.person);
  const own = chaired[0]?.side;
  if (!own) return;
  const rounds = chaired
    .map((c) => c.round.number)
    .filter((n) => query.round === undefined || n === query.round);
  if (rounds.length === 0) return;
  scan.intent = "cochairs";
  query.intent = "cochairs";
  query.round = rounds[0];
  query.side = own === "JP" ? "AU" : "JP";
  delete query.person;
  delete query.relation;
  if (rounds.length > 1) hints.rounds = rounds;
}
