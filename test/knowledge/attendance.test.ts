/** The attendance verdict read against the raw record, for every organisation at every round. */
import { describe, expect, it } from "vitest";
import { attendanceAt } from "../../src/knowledge/attendance.ts";
import { NameIndex } from "../../src/knowledge/indexes.ts";
import { cochairsOf, isKnown, roleAt } from "../../src/knowledge/queries.ts";
import { loadKnowledge } from "../e2e/helpers/bot-harness.ts";

const kb = loadKnowledge().current().kb;
const index = new NameIndex(kb);
const pairs = kb.rounds.flatMap((round) => [...kb.organisations.values()].map((org) => ({ round, org })));

describe("attendance verdict", () => {
  it("follows the record for every organisation at every round", () => {
    for (const { round, org } of pairs) {
      const list = round.participants[org.country];
      const verdict = attendanceAt(kb, index, org, round);
      const where = `${org.id} × ${round.number}`;
      const listed = isKnown(list) && list.value.organisations.includes(org.id);
      const chair = cochairsOf(kb, round).some(
        (c) => c.side === org.country && roleAt(c.person, round.number)?.organisation === org.id,
      );
      if (listed) expect(verdict, where).toMatchObject({ status: "listed", complete: list.value.complete });
      else if (chair) expect(verdict.status, where).toBe("cochair");
      else if (!isKnown(list)) expect(verdict.status, where).toBe("not_recorded");
      else expect(["named", list.value.complete ? "absent" : "unnamed"], where).toContain(verdict.status);
    }
  });

  it("never says absent unless the source gives the list in full", () => {
    const absent = pairs.filter(({ round, org }) => attendanceAt(kb, index, org, round).status === "absent");
    expect(absent.length).toBeGreaterThan(0);
    for (const { round, org } of absent) {
      const list = round.participants[org.country];
      expect(isKnown(list) && list.value.complete, `${org.id} × ${round.number}`).toBe(true);
    }
  });

  it("a 'named' verdict quotes words that are in the list's evidence", () => {
    for (const { round, org } of pairs) {
      const verdict = attendanceAt(kb, index, org, round);
      if (verdict.status !== "named") continue;
      const quotes = verdict.evidence.map((e) => e.quote).join(" ");
      expect(quotes).toContain(verdict.quote.replace(/…$/, "").slice(0, 40));
    }
  });
});
