import { dayRange, showDate } from "./dates.ts";
import type { Collected, Fail, Ids } from "./located.ts";

const overlap = (a: { first: number; last: number }, b: { first: number; last: number }) =>
  a.first <= b.last && b.first <= a.last;

/**
 * The same fact recorded in two files must agree: a round's release date and the date of the release in
 * sources.json; a round's co-chair and the rounds of that person's roles in people.json.
 */
export function checkConflicts(all: Collected, ids: Ids, fail: Fail): void {
  for (const { item: round, file } of all.rounds) {
    const released = round.released;
    if (released?.status === "known") {
      for (const id of new Set(released.evidence.map((e) => e.source))) {
        const source = ids.sources.get(id);
        if (source && !overlap(dayRange(released.value), dayRange(source.date)))
          fail(
            file,
            ["released", "value"],
            `released ${showDate(released.value)} here, but sources.json dates the release "${id}" ${showDate(source.date)}`,
          );
      }
    }
    for (const side of ["JP", "AU"] as const) {
      const cochair = round.cochairs[side];
      if (cochair.status !== "known") continue;
      const person = ids.people.get(cochair.value);
      if (!person || person.roles.some((role) => role.rounds.includes(round.number))) continue;
      const rounds = [...new Set(person.roles.flatMap((r) => r.rounds))];
      fail(
        file,
        ["cochairs", side, "value"],
        `names "${person.id}" as co-chair of round ${round.number}, but people.json records ${person.id}'s roles at ${rounds.length ? `round(s) ${rounds.join(", ")}` : "no round"}`,
      );
    }
  }
}
