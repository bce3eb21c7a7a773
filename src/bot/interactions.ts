import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  PermissionFlagsBits,
  type RepliableInteraction,
  type StringSelectMenuInteraction,
} from "discord.js";
import { MAX_QUESTION_LENGTH } from "../commands/ask.ts";
import { strings, toLocale } from "../commands/i18n.ts";
import { findMessageCommand, findSlashCommand } from "../commands/registry.ts";
import type { CommandContext, OptionValue } from "../commands/types.ts";
import type { Choice } from "../knowledge/answer-types.ts";
import { type Conversations, conversationKey } from "./conversations.ts";
import type { Cooldowns } from "./cooldown.ts";
import { decodeQuery, parseCustomId } from "./custom-id.ts";
import type { KnowledgeHolder } from "./knowledge-holder.ts";
import type { Logger } from "./logger.ts";
import { describeResult, errorReference, type Outcome } from "./outcome.ts";
import type { Reloader } from "./reload.ts";
import { type DiscordReply, noticeReply, renderReply } from "./reply.ts";
import { truncate } from "./text.ts";

export interface BotContext {
  knowledge: KnowledgeHolder;
  logger: Logger;
  /** Absent: no cooldowns (tests, benchmarks). */
  cooldowns?: Cooldowns;
  /** Absent: /reload answers that reloading is not available. */
  reloader?: Reloader;
  /** Each person's recent turn per channel, for follow-ups. Absent: every question stands alone. */
  conversations?: Conversations;
}

/** What a person can type into an autocompleted option is short; anything longer is cut before the engine. */
export const MAX_PARTIAL_LENGTH = 100;

/** Text the bot passes to the engine is bounded whatever a client sends: options, messages, partials. */
const bounded = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);

/** The invoking member has the Administrator permission in this server (never true in DMs). */
export const isAdmin = (interaction: Interaction): boolean =>
  interaction.inGuild() && interaction.memberPermissions.has(PermissionFlagsBits.Administrator);

/**
 * Counts an answer against the asker's cooldown; when they are over it, tells them privately and returns
 * the outcome to log instead of answering.
 */
async function cooledDown(
  interaction: RepliableInteraction,
  command: string,
  { cooldowns }: BotContext,
): Promise<Outcome | undefined> {
  const verdict = cooldowns?.interaction(interaction.user.id);
  if (!verdict || verdict.ok) return undefined;
  const seconds = Math.ceil(verdict.retryAfterMs / 1000);
  await interaction.reply(noticeReply(strings(toLocale(interaction.locale)).slowDown(seconds)));
  return { command, outcome: "cooldown" };
}

/** Discord allows 25 autocomplete choices, names and values of at most 100 characters. */
export const MAX_CHOICES = 25;

export function limitChoices(choices: readonly Choice[]): Choice[] {
  return choices.slice(0, MAX_CHOICES).map((choice) => ({
    name: truncate(choice.name, 100) || choice.value.slice(0, 100),
    value: choice.value.slice(0, 100),
  }));
}

const commandLabel = (interaction: Interaction): string => {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isMessageComponent())
    return `component:${interaction.customId.split(":").slice(0, 2).join(":")}`;
  return `interaction:${interaction.type}`;
};

/**
 * Entry point for every interaction. Writes one log line (command, round, intent, latency, outcome) with the
 * interaction id, and never leaves an interaction unanswered: a failure gets a short private message whose
 * reference appears in the error log line.
 */
export async function handleInteraction(interaction: Interaction, context: BotContext): Promise<void> {
  const started = performance.now();
  const logger = context.logger.child({ interactionId: interaction.id });
  let outcome: Outcome;
  try {
    outcome = await route(interaction, context);
  } catch (error) {
    const ref = errorReference();
    outcome = { command: commandLabel(interaction), outcome: "error" };
    logger.error(
      { err: error, ref, command: outcome.command, userId: interaction.user.id },
      "interaction failed",
    );
    await reportError(interaction, ref, logger);
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  logger.info(
    { ...outcome, latencyMs, userId: interaction.user.id, guildId: interaction.guildId },
    "interaction",
  );
}

async function reportError(interaction: Interaction, ref: string, logger: Logger): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const reply = noticeReply(strings(toLocale(interaction.locale)).error(ref));
    if (interaction.replied || interaction.deferred) await interaction.followUp(reply);
    else await interaction.reply(reply);
  } catch (error) {
    logger.error({ err: error, ref }, "could not report the error to the user");
  }
}

function route(interaction: Interaction, context: BotContext): Promise<Outcome> {
  if (interaction.isAutocomplete()) return autocomplete(interaction, context);
  if (interaction.isChatInputCommand()) return chatInput(interaction, context);
  if (interaction.isMessageContextMenuCommand()) return messageCommand(interaction, context);
  if (interaction.isButton() || interaction.isStringSelectMenu()) return component(interaction, context);
  return Promise.resolve({ command: commandLabel(interaction), outcome: "ignored" });
}

async function autocomplete(
  interaction: AutocompleteInteraction,
  { knowledge }: BotContext,
): Promise<Outcome> {
  const command = findSlashCommand(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const partial = bounded(String(focused.value), MAX_PARTIAL_LENGTH);
  const choices =
    command?.autocomplete?.(focused.name, partial, toLocale(interaction.locale), {
      answerer: knowledge.current().answerer,
    }) ?? [];
  await interaction.respond(limitChoices(choices));
  return { command: interaction.commandName, outcome: "autocomplete", hits: choices.length };
}

async function unknownCommand(interaction: RepliableInteraction, name: string): Promise<Outcome> {
  await interaction.reply(noticeReply(strings(toLocale(interaction.locale)).unknownCommand));
  return { command: name, outcome: "unknown_command" };
}

async function chatInput(interaction: ChatInputCommandInteraction, context: BotContext): Promise<Outcome> {
  const command = findSlashCommand(interaction.commandName);
  if (!command) return unknownCommand(interaction, interaction.commandName);
  if (command.cooldown !== false) {
    const refused = await cooledDown(interaction, interaction.commandName, context);
    if (refused) return refused;
  }
  const options: Record<string, OptionValue> = {};
  for (const option of interaction.options.data) {
    if (option.value === undefined) continue;
    options[option.name] =
      typeof option.value === "string" ? bounded(option.value, MAX_QUESTION_LENGTH) : option.value;
  }
  // One snapshot of the knowledge for the whole interaction, even if a reload swaps it meanwhile.
  const commandContext: CommandContext = { answerer: context.knowledge.current().answerer };
  const { reloader } = context;
  if (reloader) {
    commandContext.reload = () =>
      reloader.reload("command", { userId: interaction.user.id, guildId: interaction.guildId });
  }
  const key = conversationKey(interaction.user.id, interaction.channelId);
  const previous = context.conversations?.previous(key);
  if (previous) commandContext.turn = previous.context;
  const result = command.execute(
    { options, locale: toLocale(interaction.locale), admin: isAdmin(interaction) },
    commandContext,
  );
  await interaction.reply(
    renderReply(result, {
      owner: interaction.user.id,
      ephemeral: options.private === true,
      forUser: typeof options.for === "string" ? options.for : undefined,
    }),
  );
  context.conversations?.record(key, result);
  const outcome = describeResult(interaction.commandName, result);
  // only free text reads the previous turn; a command's own options name what it asks
  if (previous && command.definition.name === "ask") outcome.followUp = previous.source;
  return outcome;
}

async function messageCommand(
  interaction: MessageContextMenuCommandInteraction,
  context: BotContext,
): Promise<Outcome> {
  const command = findMessageCommand(interaction.commandName);
  if (!command) return unknownCommand(interaction, interaction.commandName);
  const refused = await cooledDown(interaction, interaction.commandName, context);
  if (refused) return refused;
  const question = bounded(interaction.targetMessage.content, MAX_QUESTION_LENGTH);
  const result = command.execute(question, toLocale(interaction.locale), {
    answerer: context.knowledge.current().answerer,
  });
  await interaction.reply(
    renderReply(result, { owner: interaction.user.id, ephemeral: false, showQuestion: true }),
  );
  context.conversations?.record(conversationKey(interaction.user.id, interaction.channelId), result);
  return describeResult(interaction.commandName, result);
}

/** Removes the "did you mean" line when the chosen reading replaces the question; keeps a "For @x" line. */
function keptContent(content: string): string {
  const prompts = new Set([`**${strings("en").didYouMean}**`, `**${strings("ja").didYouMean}**`]);
  return content
    .split("\n")
    .filter((line) => !prompts.has(line))
    .join("\n");
}

async function component(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  context: BotContext,
): Promise<Outcome> {
  const command = commandLabel(interaction);
  const locale = toLocale(interaction.locale);
  const t = strings(locale);
  const parsed = parseCustomId(interaction.customId);
  const clicker = interaction.user.id;
  const onEphemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  if (parsed?.type === "delete" && interaction.isButton()) {
    if (parsed.owner !== clicker) {
      await interaction.reply(noticeReply(t.notYourAnswer));
      return { command, outcome: "denied" };
    }
    await interaction.deferUpdate();
    await interaction.deleteReply();
    return { command, outcome: "deleted" };
  }
  const query =
    parsed?.type === "query" && interaction.isButton()
      ? parsed.query
      : parsed?.type === "open" && interaction.isStringSelectMenu() && interaction.values[0] !== undefined
        ? decodeQuery(interaction.values[0])
        : undefined;
  if (!parsed || !query) {
    await interaction.reply(noticeReply(t.staleButton));
    return { command, outcome: "stale" };
  }
  const refused = await cooledDown(interaction, command, context);
  if (refused) return refused;
  const answer = context.knowledge.current().answerer.answerQuery(query, { locale });
  const result = { kind: "answer", answer } as const;
  const isOwner = parsed.owner === clicker;
  if (parsed.type === "query" && (isOwner || onEphemeral)) {
    // The asker picked a reading: it replaces the "did you mean" in place.
    const { flags: _flags, ...update }: DiscordReply = renderReply(result, {
      owner: clicker,
      ephemeral: onEphemeral,
    });
    await interaction.update({
      ...update,
      content: [keptContent(interaction.message.content), update.content].filter(Boolean).join("\n"),
    });
  } else {
    // Someone else's buttons, or a search hit: a new answer, private unless the asker opens it in public.
    await interaction.reply(renderReply(result, { owner: clicker, ephemeral: onEphemeral || !isOwner }));
  }
  context.conversations?.record(conversationKey(clicker, interaction.channelId), result);
  return describeResult(command, result);
}
