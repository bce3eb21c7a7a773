import { describe, expect, it } from "vitest";
import { DEFAULT_TURN_STORE, TurnStore } from "../../src/bot/turn-store.ts";
import type { TurnContext } from "../../src/knowledge/answer-types.ts";

const turn = (round: number): TurnContext => ({ query: { intent: "cochairs", round }, locale: "en" });
const alice = { user: "1250000000000000201", channel: "1250000000000000101" };
const bob = { user: "1250000000000000202", channel: "1250000000000000101" };

function clocked(settings = DEFAULT_TURN_STORE) {
  let now = 1_000_000;
  const store = new TurnStore(settings, () => now);
  return {
    store,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe("TurnStore", () => {
  it("remembers a person's last turn in a channel", () => {
    const { store } = clocked();
    store.set(alice, turn(2));
    expect(store.get(alice)).toEqual(turn(2));
    store.set(alice, turn(3));
    expect(store.get(alice)).toEqual(turn(3));
  });

  it("forgets a turn after the TTL (10 minutes by default), not before", () => {
    const { store, advance } = clocked();
    store.set(alice, turn(2));
    advance(DEFAULT_TURN_STORE.ttlMs - 1);
    expect(store.get(alice)).toEqual(turn(2));
    advance(2);
    expect(store.get(alice)).toBeUndefined();
  });

  it("a follow-up does not extend the previous turn's life; a new turn does", () => {
    const { store, advance } = clocked({ max: 10, ttlMs: 1000 });
    store.set(alice, turn(2));
    advance(900);
    expect(store.get(alice)).toBeDefined();
    advance(200);
    expect(store.get(alice)).toBeUndefined();
    store.set(alice, turn(3));
    advance(900);
    store.set(alice, turn(4));
    advance(900);
    expect(store.get(alice)).toEqual(turn(4));
  });

  it("an answer with nothing to follow up on keeps the previous turn", () => {
    const { store } = clocked();
    store.set(alice, turn(2));
    store.set(alice, undefined);
    expect(store.get(alice)).toEqual(turn(2));
  });

  it("never shares a turn between people in one channel, nor between one person's channels", () => {
    const { store } = clocked();
    store.set(alice, turn(2));
    expect(store.get(bob)).toBeUndefined();
    expect(store.get({ user: alice.user, channel: "1250000000000000102" })).toBeUndefined();
    store.set(bob, turn(5));
    expect(store.get(alice)).toEqual(turn(2));
    expect(store.get(bob)).toEqual(turn(5));
  });

  it("keys cannot collide by concatenation", () => {
    const { store } = clocked();
    store.set({ user: "12", channel: "345" }, turn(1));
    expect(store.get({ user: "123", channel: "45" })).toBeUndefined();
  });

  it("is bounded: the least recently used conversations go first", () => {
    const { store } = clocked({ max: 100, ttlMs: 60_000 });
    for (let i = 0; i < 1000; i++) store.set({ user: String(i), channel: "c" }, turn((i % 5) + 1));
    expect(store.size).toBe(100);
    expect(store.get({ user: "0", channel: "c" })).toBeUndefined();
    expect(store.get({ user: "999", channel: "c" })).toEqual(turn(5));
  });

  it("without a TTL (a console session) keeps turns until evicted", () => {
    const { store, advance } = clocked({ max: 2, ttlMs: 0 });
    store.set(alice, turn(1));
    advance(365 * 24 * 3600_000);
    expect(store.get(alice)).toEqual(turn(1));
  });

  it("rejects settings that would leave it unbounded", () => {
    expect(() => new TurnStore({ max: 0, ttlMs: 1 })).toThrow(RangeError);
    expect(() => new TurnStore({ max: 10, ttlMs: -1 })).toThrow(RangeError);
    expect(() => new TurnStore({ max: Number.POSITIVE_INFINITY, ttlMs: 1 })).toThrow(RangeError);
  });
});
