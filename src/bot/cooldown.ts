/**
 * Per-user and per-channel cooldowns: how many answers someone (or a channel, for free text) gets in a
 * sliding window, and when to tell them to slow down. Pure and clock-injected, so it is tested without
 * waiting; memory stays bounded however many people write to the bot over months.
 */

/** At most `max` answers in any `windowMs`. */
export interface Limit {
  max: number;
  windowMs: number;
}

export interface CooldownSettings {
  /** Answers per person, whatever the way they ask (commands, buttons, mentions, DMs). */
  user: Limit;
  /** Free-text answers (mentions, DMs) per channel, so a crowd cannot make the bot flood one channel. */
  channel: Limit;
}

/**
 * A person can ask 6 questions in quick succession, then about one every 5 s; a channel gets at most 12
 * free-text answers a minute. Far below Discord's own limits (5 messages per 5 s per channel), so the
 * bot's replies never queue behind a rate limit in normal use.
 */
export const DEFAULT_COOLDOWNS: CooldownSettings = {
  user: { max: 6, windowMs: 30_000 },
  channel: { max: 12, windowMs: 60_000 },
};

export type Verdict =
  | { ok: true }
  /** `notify`: whether to tell the asker now (free text: at most once per window). */
  | { ok: false; retryAfterMs: number; notify: boolean; scope: "user" | "channel" };

export type Clock = () => number;

/** Sweep stale keys after this many calls, so idle users and channels do not accumulate. */
const SWEEP_EVERY = 1000;

/** Timestamps of recent answers per key, each list at most `max` long. */
export class SlidingWindow {
  readonly #hits = new Map<string, number[]>();
  #calls = 0;

  constructor(
    readonly limit: Limit,
    private readonly now: Clock = Date.now,
  ) {}

  /** How long until `key` may have one more answer (0: now). */
  wait(key: string): number {
    const now = this.now();
    const recent = this.#recent(key, now);
    if (recent.length < this.limit.max) return 0;
    return Math.max(1, (recent[0] as number) + this.limit.windowMs - now);
  }

  /** Records one answer for `key`; call after `wait(key) === 0`. */
  take(key: string): void {
    const now = this.now();
    const recent = this.#recent(key, now);
    recent.push(now);
    if (recent.length > this.limit.max) recent.splice(0, recent.length - this.limit.max);
    this.#hits.set(key, recent);
    if (++this.#calls % SWEEP_EVERY === 0) this.sweep();
  }

  /** Forgets keys with no answer inside the window. */
  sweep(): void {
    const now = this.now();
    for (const [key, hits] of this.#hits) {
      if ((hits.at(-1) ?? 0) <= now - this.limit.windowMs) this.#hits.delete(key);
    }
  }

  get size(): number {
    return this.#hits.size;
  }

  #recent(key: string, now: number): number[] {
    const hits = this.#hits.get(key);
    if (!hits) return [];
    const from = now - this.limit.windowMs;
    let drop = 0;
    while (drop < hits.length && (hits[drop] as number) <= from) drop++;
    if (drop > 0) hits.splice(0, drop);
    return hits;
  }
}

/** Until when a key has been told to slow down (one notice per window). */
class Notified {
  readonly #until = new Map<string, number>();

  constructor(private readonly now: Clock) {}

  quiet(key: string): boolean {
    const until = this.#until.get(key);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.#until.delete(key);
    return false;
  }

  mark(key: string, forMs: number): void {
    if (this.#until.size >= 10_000) {
      const now = this.now();
      for (const [k, until] of this.#until) if (until <= now) this.#until.delete(k);
    }
    this.#until.set(key, this.now() + forMs);
  }
}

export class Cooldowns {
  readonly settings: CooldownSettings;
  readonly #users: SlidingWindow;
  readonly #channels: SlidingWindow;
  readonly #notified: Notified;

  constructor(settings: CooldownSettings = DEFAULT_COOLDOWNS, now: Clock = Date.now) {
    this.settings = settings;
    this.#users = new SlidingWindow(settings.user, now);
    this.#channels = new SlidingWindow(settings.channel, now);
    this.#notified = new Notified(now);
  }

  /**
   * An interaction (slash command, context menu, button): counted per user. Every refused interaction is
   * told why (privately): Discord shows "the application did not respond" otherwise, and interaction
   * responses do not count against the bot's message rate limits.
   */
  interaction(userId: string): Verdict {
    const wait = this.#users.wait(userId);
    if (wait > 0) return { ok: false, retryAfterMs: wait, notify: true, scope: "user" };
    this.#users.take(userId);
    return { ok: true };
  }

  /**
   * A mention or DM: counted per user and per channel. A refusal is told at most once per window for the
   * user and once per window for the channel, so a crowd gets one notice, not one each.
   */
  message(userId: string, channelId: string): Verdict {
    const userWait = this.#users.wait(userId);
    const channelWait = this.#channels.wait(channelId);
    if (userWait === 0 && channelWait === 0) {
      this.#users.take(userId);
      this.#channels.take(channelId);
      return { ok: true };
    }
    const scope = userWait >= channelWait ? "user" : "channel";
    const retryAfterMs = Math.max(userWait, channelWait);
    const userKey = `u:${userId}`;
    const channelKey = `c:${channelId}`;
    const notify = !this.#notified.quiet(userKey) && !this.#notified.quiet(channelKey);
    if (notify) {
      this.#notified.mark(userKey, Math.max(retryAfterMs, this.settings.user.windowMs));
      this.#notified.mark(channelKey, Math.max(retryAfterMs, this.settings.channel.windowMs));
    }
    return { ok: false, retryAfterMs, notify, scope };
  }

  /** Keys currently remembered (for tests of bounded memory). */
  get tracked(): { users: number; channels: number } {
    return { users: this.#users.size, channels: this.#channels.size };
  }
}
