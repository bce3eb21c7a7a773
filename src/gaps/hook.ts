/**
 * Where answers reach people (the bot and the console), a gap is recorded in the store the environment names.
 * The answering engine itself stays pure: it never records anything.
 */
import type { Answer } from "../knowledge/answer-types.ts";
import { gapOf } from "./classify.ts";
import { type GapStore, gapStoreFromEnv } from "./store.ts";

let store: GapStore | undefined | null = null;

/** Records the answer if it is a gap. Returns whether something was recorded. */
export function noteGap(result: { kind: string; answer?: Answer }): boolean {
  if (result.kind !== "answer" || !result.answer) return false;
  if (store === null) store = gapStoreFromEnv();
  const gap = store ? gapOf(result.answer) : undefined;
  return gap && store ? store.record(gap) : false;
}

/** For tests: forget the store, so that the next answer reads the environment again. */
export function resetGapStore(): void {
  store = null;
}
