import type { DateValue, Round } from "../types.ts";
import { walkObjects } from "../walk.ts";
import { certainlyAfter, dateOf, dayRange, showDate } from "./dates.ts";
import type { Collected, Fail, Ids, Located } from "./located.ts";

const isDateValue = (node: Record<string, unknown>): node is DateValue =>
  typeof node.year === "number" && typeof node.precision === "string";

/** The sources a fact's evidence cites. */
const citedSources = (fact: { status: string; evidence?: { source: string }[] }) =>
  fact.status === "known" ? [...new Set((fact.evidence ?? []).map((e) => e.source))] : [];

/** A meeting cannot be dated after the publication of a source that reports it, nor after its own release. */
export function checkMeetingsAgainstSources(all: Collected, ids: Ids, fail: Fail): void {
  for (const { item: round, file } of all.rounds) {
    if (round.date.status !== "known") continue;
    const date = round.date.value;
    const reporting = new Set([
      ...citedSources(round.held),
      ...citedSources(round.date),
      ...citedSources(round.place),
    ]);
    for (const id of reporting) {
      const source = ids.sources.get(id);
      if (source && certainlyAfter(date, source.date))
        fail(
          file,
          ["date", "value"],
          `round ${round.number} is dated ${showDate(date)}, after the publication of source "${id}" (${showDate(source.date)}) that reports it`,
        );
    }
    if (round.released?.status === "known" && certainlyAfter(date, round.released.value))
      fail(
        file,
        ["date", "value"],
        `round ${round.number} is dated ${showDate(date)}, after its release (${showDate(round.released.value)})`,
      );
  }
  for (const { item: dialogue, file } of all.dialogues) {
    if (dialogue.origin.status !== "known") continue;
    for (const id of citedSources(dialogue.origin)) {
      const source = ids.sources.get(id);
      if (source && certainlyAfter(dialogue.origin.value.date, source.date))
        fail(
          file,
          ["origin", "value", "date"],
          `dated after the publication of source "${id}" that reports it`,
        );
    }
  }
}

/** No recorded date lies in the future; only announcements of a next round may. */
export function checkFutureDates(all: Collected, today: Date, fail: Fail): void {
  const now = dateOf(today);
  const records: Located<unknown>[] = [...all.dialogues, ...all.rounds, ...all.sources, ...all.people];
  for (const { item, file, path } of records) {
    walkObjects(
      item,
      (node, at) => {
        if (!isDateValue(node) || at.includes("nextRoundAnnounced")) return;
        if (certainlyAfter(node, now))
          fail(file, at, `${showDate(node)} is in the future (today is ${showDate(now)})`);
      },
      path,
    );
  }
}

/** Round numbers follow the order of the rounds' dates: a later round is not dated before an earlier one. */
export function checkRoundOrder(rounds: Located<Round>[], fail: Fail): void {
  const dated = rounds
    .filter((r) => r.item.date.status === "known")
    .sort((a, b) => a.item.number - b.item.number);
  let latest: { round: Round; first: number } | undefined;
  for (const located of dated) {
    const { item: round } = located;
    if (round.date.status !== "known") continue;
    const range = dayRange(round.date.value);
    if (latest && range.last < latest.first && latest.round.date.status === "known") {
      fail(
        located.file,
        ["date", "value"],
        `round ${round.number} is dated ${showDate(round.date.value)}, before round ${latest.round.number} (${showDate(latest.round.date.value)}): round numbers out of order with their dates`,
      );
    }
    if (!latest || range.first > latest.first) latest = { round, first: range.first };
  }
}
