import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Cooldowns, DEFAULT_COOLDOWNS, SlidingWindow } from "../../src/bot/cooldown.ts";

/** A clock the test moves by hand. */
const clock = (start = 1_000_000) => {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

describe("SlidingWindow", () => {
  it("allows max answers per window, then says how long to wait", () => {
    const c = clock();
    const window = new SlidingWindow({ max: 3, windowMs: 10_000 }, c.now);
    for (let i = 0; i < 3; i++) {
      expect(window.wait("a")).toBe(0);
      window.take("a");
      c.advance(1000);
    }
    // the first answer was 3 s ago: it leaves the window in 7 s
    expect(window.wait("a")).toBe(7000);
    expect(window.wait("b")).toBe(0);
    c.advance(7000);
    expect(window.wait("a")).toBe(0);
  });

  it("forgets idle keys, so memory stays bounded over months", () => {
    const c = clock();
    const window = new SlidingWindow({ max: 2, windowMs: 1000 }, c.now);
    for (let i = 0; i < 5000; i++) {
      window.take(`user-${i}`);
      c.advance(1);
    }
    // swept every 1000 calls: only the keys of the last window (1000 ms) and a sweep's slack remain
    expect(window.size).toBeLessThanOrEqual(2000);
    c.advance(1000);
    window.sweep();
    expect(window.size).toBe(0);
  });
});

describe("Cooldowns", () => {
  it("refuses an interaction over the per-user limit, telling the asker every time", () => {
    const c = clock();
    const cooldowns = new Cooldowns(
      { user: { max: 2, windowMs: 5000 }, channel: { max: 9, windowMs: 5000 } },
      c.now,
    );
    expect(cooldowns.interaction("u")).toEqual({ ok: true });
    expect(cooldowns.interaction("u")).toEqual({ ok: true });
    expect(cooldowns.interaction("u")).toEqual({
      ok: false,
      retryAfterMs: 5000,
      notify: true,
      scope: "user",
    });
    expect(cooldowns.interaction("u")).toMatchObject({ ok: false, notify: true });
    expect(cooldowns.interaction("other")).toEqual({ ok: true });
  });

  it("free text: one notice per window for a user, one per window for a channel", () => {
    const c = clock();
    const cooldowns = new Cooldowns(
      { user: { max: 1, windowMs: 5000 }, channel: { max: 3, windowMs: 10_000 } },
      c.now,
    );
    expect(cooldowns.message("a", "ch").ok).toBe(true);
    expect(cooldowns.message("a", "ch")).toMatchObject({ ok: false, notify: true, scope: "user" });
    expect(cooldowns.message("a", "ch")).toMatchObject({ ok: false, notify: false });
    expect(cooldowns.message("b", "ch").ok).toBe(true);
    expect(cooldowns.message("c", "ch").ok).toBe(true);
    // the channel is full: d is refused, and the channel was already told within its window
    expect(cooldowns.message("d", "ch")).toMatchObject({ ok: false, notify: false, scope: "channel" });
    expect(cooldowns.message("e", "other-channel").ok).toBe(true);
  });

  it("property: never more answers than the limits allow in any window, never more than one notice per window", () => {
    const settings = { user: { max: 3, windowMs: 2000 }, channel: { max: 5, windowMs: 4000 } };
    const event = fc.record({
      kind: fc.constantFrom("interaction", "message"),
      user: fc.integer({ min: 0, max: 6 }),
      channel: fc.integer({ min: 0, max: 2 }),
      dt: fc.integer({ min: 0, max: 700 }),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 300 }), (events) => {
        const c = clock();
        const cooldowns = new Cooldowns(settings, c.now);
        const answers: { t: number; user: number; channel: number; text: boolean }[] = [];
        const notices: { t: number; channel: number }[] = [];
        for (const e of events) {
          c.advance(e.dt);
          const verdict =
            e.kind === "interaction"
              ? cooldowns.interaction(String(e.user))
              : cooldowns.message(String(e.user), String(e.channel));
          if (verdict.ok)
            answers.push({ t: c.now(), user: e.user, channel: e.channel, text: e.kind === "message" });
          else {
            expect(verdict.retryAfterMs).toBeGreaterThan(0);
            expect(verdict.retryAfterMs).toBeLessThanOrEqual(settings.channel.windowMs);
            if (e.kind === "message" && verdict.notify) notices.push({ t: c.now(), channel: e.channel });
          }
        }
        for (const a of answers) {
          const sameUser = answers.filter(
            (b) => b.user === a.user && b.t <= a.t && b.t > a.t - settings.user.windowMs,
          );
          expect(sameUser.length).toBeLessThanOrEqual(settings.user.max);
          if (!a.text) continue;
          const sameChannel = answers.filter(
            (b) => b.text && b.channel === a.channel && b.t <= a.t && b.t > a.t - settings.channel.windowMs,
          );
          expect(sameChannel.length).toBeLessThanOrEqual(settings.channel.max);
        }
        for (const n of notices) {
          const recent = notices.filter(
            (m) => m.channel === n.channel && m.t <= n.t && m.t > n.t - settings.channel.windowMs,
          );
          expect(recent).toHaveLength(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("defaults: a handful of quick questions, then a pause; a channel is never flooded", () => {
    expect(DEFAULT_COOLDOWNS.user.max).toBeGreaterThanOrEqual(3);
    expect(DEFAULT_COOLDOWNS.channel.max / (DEFAULT_COOLDOWNS.channel.windowMs / 1000)).toBeLessThan(1);
  });
});
