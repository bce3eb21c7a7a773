/**
 * Follow-ups in Discord: which previous turn a question is read in, and remembering the turn an answer sets.
 * - A reply to one of the bot's answers is read in THAT answer's context, carried in the answer message
 *   itself (turn-code.ts): it works after a restart and on any replica.
 * - Otherwise a question (`/ask`, a mention, a DM) is read in the same person's last turn in the same channel,
 *   if it was within the store's TTL (10 minutes); never another person's, never another channel's.
 */
import type { Message } from "discord.js";
import type { CommandResult } from "../commands/types.ts";
import type { TurnContext } from "../knowledge/answer-types.ts";
import { turnFromComponents } from "./turn-code.ts";
import { type ConversationKey, TurnStore, type TurnStoreSettings } from "./turn-store.ts";

/** Where a question's context came from, for the log line. */
export type ContextSource = "reply" | "recent";

export interface PreviousTurn {
  context: TurnContext;
  source: ContextSource;
}

/** What an answer carries for a follow-up (nothing for searches, notices, help). */
export const contextOf = (result: CommandResult): TurnContext | undefined =>
  result.kind === "answer" ? result.answer.context : undefined;

/** The conversation key of a person in a channel (a DM is its own channel). */
export const conversationKey = (user: string, channel: string | null | undefined): ConversationKey => ({
  user,
  channel: channel ?? "none",
});

export class Conversations {
  readonly store: TurnStore;

  constructor(settings?: TurnStoreSettings, now?: () => number) {
    this.store = new TurnStore(settings, now);
  }

  /** The context a question is read in: the answer it replies to (if given and carrying one), else the recent turn. */
  previous(key: ConversationKey, replied?: TurnContext): PreviousTurn | undefined {
    if (replied) return { context: replied, source: "reply" };
    const recent = this.store.get(key);
    return recent ? { context: recent, source: "recent" } : undefined;
  }

  /** Remembers the turn an answer sets for this person in this channel. */
  record(key: ConversationKey, result: CommandResult): void {
    this.store.set(key, contextOf(result));
  }
}

/**
 * The context of the bot's answer that `message` replies to, or undefined (not a reply, not to the bot, no
 * context carried, or the referenced message cannot be fetched). The referenced message is the bot's own, so
 * its components are readable without the Message Content intent; discord.js reads it from the cache (the
 * reply's payload includes it) or fetches it.
 */
export async function repliedContext(message: Message, botId: string): Promise<TurnContext | undefined> {
  if (!message.reference?.messageId) return undefined;
  let referenced: Message;
  try {
    referenced = await message.fetchReference();
  } catch {
    return undefined; // deleted, or not visible to the bot: answer without it
  }
  if (referenced.author.id !== botId) return undefined;
  return turnFromComponents(referenced.components.map((component) => component.toJSON()));
}
