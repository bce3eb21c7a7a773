/**
 * What every transport (the gateway bot, the HTTP interactions endpoint) hands the shared interaction core:
 * the knowledge, the logger, and the optional per-process extras (cooldowns, /reload, metrics).
 */
import type { Conversations } from "../bot/conversations.ts";
import type { Cooldowns } from "../bot/cooldown.ts";
import type { KnowledgeHolder } from "../bot/knowledge-holder.ts";
import type { Logger } from "../bot/logger.ts";
import type { Outcome } from "../bot/outcome.ts";
import type { Reloader } from "../bot/reload.ts";
import { findMessageCommand, findSlashCommand } from "../commands/registry.ts";
import type { CommandResult, MessageCommand, SlashCommand } from "../commands/types.ts";

/** A slash command whose handler may also finish later (a slow one gets a deferred response). */
export type RunnableSlashCommand = Omit<SlashCommand, "execute"> & {
  execute(...args: Parameters<SlashCommand["execute"]>): CommandResult | Promise<CommandResult>;
};

/** Where the core looks commands up: the registry, unless a test supplies its own. */
export interface CommandTable {
  slash(name: string): RunnableSlashCommand | undefined;
  message(name: string): MessageCommand | undefined;
}

export const REGISTRY: CommandTable = { slash: findSlashCommand, message: findMessageCommand };

/** Told of every answered interaction and message (Prometheus counters and latency histogram). */
export interface OutcomeObserver {
  observe(source: "interaction" | "message", outcome: Outcome, latencyMs: number): void;
}

export interface BotContext {
  knowledge: KnowledgeHolder;
  logger: Logger;
  /** Absent: no cooldowns (tests, benchmarks, stateless HTTP replicas). */
  cooldowns?: Cooldowns;
  /** Absent: /reload answers that reloading is not available. */
  reloader?: Reloader;
  /** Each person's recent turn per channel, for follow-ups. Absent (stateless HTTP replicas): none kept. */
  conversations?: Conversations;
  /** Absent: nothing is counted. */
  metrics?: OutcomeObserver;
  /** Absent: the command registry. */
  commands?: CommandTable;
}
