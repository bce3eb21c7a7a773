/**
 * The last turn of each person in each channel, so that a follow-up ("and the Australian side?") by the same
 * person in the same channel is read in their previous question's context. Bounded in memory: an LRU of at
 * most `max` conversations, each forgotten `ttlMs` after the turn that set it. A key is always one person in
 * one channel: context is never shared between people, nor between channels.
 */
import { LRUCache } from "lru-cache";
import type { TurnContext } from "../knowledge/answer-types.ts";

export interface TurnStoreSettings {
  /** at most this many conversations (person × channel) are remembered; the least recently used go first */
  max: number;
  /** a turn is forgotten this long after it was set (0: never, e.g. a console session) */
  ttlMs: number;
}

/** A follow-up within 10 minutes uses the previous question; 10,000 conversations at most (a few MB). */
export const DEFAULT_TURN_STORE: TurnStoreSettings = { max: 10_000, ttlMs: 10 * 60_000 };

/** The conversation of one person in one channel (or one console/`ask --json` session). */
export interface ConversationKey {
  user: string;
  channel: string;
}

/** `user` and `channel` are Discord ids (digits) or session names; `\u0000` cannot occur in either kind. */
const keyOf = ({ user, channel }: ConversationKey): string => `${user}\u0000${channel}`;

export class TurnStore {
  readonly #cache: LRUCache<string, TurnContext>;

  constructor(
    settings: TurnStoreSettings = DEFAULT_TURN_STORE,
    /** a clock for tests (milliseconds); the process's monotonic clock by default */
    now?: () => number,
  ) {
    if (!Number.isInteger(settings.max) || settings.max < 1) throw new RangeError("max must be ≥ 1");
    if (!(settings.ttlMs >= 0)) throw new RangeError("ttlMs must be ≥ 0");
    this.#cache = new LRUCache<string, TurnContext>({
      max: settings.max,
      ...(settings.ttlMs > 0 ? { ttl: settings.ttlMs, ttlResolution: 0 } : {}),
      // a follow-up does not extend the previous turn's life: the turn it sets does
      updateAgeOnGet: false,
      ...(now ? { perf: { now } } : {}),
    });
  }

  /** The person's last turn in this channel, if it is recent enough. */
  get(key: ConversationKey): TurnContext | undefined {
    return this.#cache.get(keyOf(key));
  }

  /**
   * Records the context an answer carries. An answer without one (nothing to follow up on, e.g. an
   * off-topic question) leaves the previous turn as it was.
   */
  set(key: ConversationKey, context: TurnContext | undefined): void {
    if (context === undefined) return;
    this.#cache.set(keyOf(key), context);
  }

  /** Conversations remembered now (expired ones may still be counted until they are looked up or evicted). */
  get size(): number {
    return this.#cache.size;
  }
}
