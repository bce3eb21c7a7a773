/**
 * The interaction core shared by every transport: from Discord's interaction payload to the reply to give
 * (a message, an in-place update, autocomplete choices, a deletion) and the outcome to log. No I/O here: the
 * gateway bot posts the reply to Discord's REST API, the HTTP endpoint returns it as the response body
 * (see deliver.ts).
 */
import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentInteraction,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
  MessageFlags,
} from "discord.js";
import { conversationKey } from "../bot/conversations.ts";
import { decodeQuery, parseCustomId } from "../bot/custom-id.ts";
import { describeResult, type Outcome } from "../bot/outcome.ts";
import { type DiscordReply, noticeReply, renderReply } from "../bot/reply.ts";
import { truncate } from "../bot/text.ts";
import { MAX_QUESTION_LENGTH } from "../commands/ask.ts";
import { strings } from "../commands/i18n.ts";
import type { CommandContext } from "../commands/types.ts";
import { noteGap } from "../gaps/hook.ts";
import type { Choice, Locale } from "../knowledge/answer-types.ts";
import { pictureFor } from "../pictures/pictures.ts";
import { type BotContext, REGISTRY } from "./context.ts";
import {
  bounded,
  channelIdOf,
  commandLabel,
  focusedOption,
  guildIdOf,
  isAdmin,
  localeOf,
  readOptions,
  userIdOf,
} from "./read.ts";

/** What to answer an interaction with, whatever carries it to Discord. */
export type InteractionReply =
  | { kind: "pong" }
  /** a new message (Discord: CHANNEL_MESSAGE_WITH_SOURCE) */
  | { kind: "message"; message: DiscordReply }
  /** replace the message the button was on (UPDATE_MESSAGE) */
  | { kind: "update"; message: DiscordReply }
  | { kind: "choices"; choices: Choice[] }
  /** delete the message the button was on (DEFERRED_UPDATE_MESSAGE, then DELETE @original) */
  | { kind: "delete" }
  /** nothing this bot answers (e.g. a modal it never opened) */
  | { kind: "none" };

export interface Handled {
  reply: InteractionReply;
  outcome: Outcome;
}

/** What a person can type into an autocompleted option is short; anything longer is cut before the engine. */
export const MAX_PARTIAL_LENGTH = 100;

/** Discord allows 25 autocomplete choices, names and values of at most 100 characters. */
export const MAX_CHOICES = 25;

export function limitChoices(choices: readonly Choice[]): Choice[] {
  return choices.slice(0, MAX_CHOICES).map((choice) => ({
    name: truncate(choice.name, 100) || choice.value.slice(0, 100),
    value: choice.value.slice(0, 100),
  }));
}

const message = (reply: DiscordReply): InteractionReply => ({ kind: "message", message: reply });

/** Decides the reply to one interaction. Throws when a handler fails (deliver.ts reports it to the user). */
export async function handle(interaction: APIInteraction, context: BotContext): Promise<Handled> {
  switch (interaction.type) {
    case InteractionType.Ping:
      return { reply: { kind: "pong" }, outcome: { command: "ping", outcome: "pong" } };
    case InteractionType.ApplicationCommandAutocomplete:
      return autocomplete(interaction, context);
    case InteractionType.ApplicationCommand:
      if (interaction.data.type === ApplicationCommandType.ChatInput)
        return chatInput(interaction as APIChatInputApplicationCommandInteraction, context);
      if (interaction.data.type === ApplicationCommandType.Message)
        return messageCommand(interaction as APIMessageApplicationCommandInteraction, context);
      break;
    case InteractionType.MessageComponent:
      if (
        interaction.data.component_type === ComponentType.Button ||
        interaction.data.component_type === ComponentType.StringSelect
      )
        return component(interaction, context);
      break;
  }
  return { reply: { kind: "none" }, outcome: { command: commandLabel(interaction), outcome: "ignored" } };
}

/**
 * Counts an answer against the asker's cooldown; when they are over it, the private notice to give instead.
 */
function cooledDown(
  userId: string,
  command: string,
  locale: Locale,
  { cooldowns }: BotContext,
): Handled | undefined {
  const verdict = cooldowns?.interaction(userId);
  if (!verdict || verdict.ok) return undefined;
  const seconds = Math.ceil(verdict.retryAfterMs / 1000);
  return {
    reply: message(noticeReply(strings(locale).slowDown(seconds))),
    outcome: { command, outcome: "cooldown" },
  };
}

function autocomplete(
  interaction: APIApplicationCommandAutocompleteInteraction,
  context: BotContext,
): Handled {
  const name = interaction.data.name;
  const command = (context.commands ?? REGISTRY).slash(name);
  const focused = focusedOption(interaction.data.options);
  const partial = bounded(focused?.value ?? "", MAX_PARTIAL_LENGTH);
  const choices =
    (focused &&
      command?.autocomplete?.(focused.name, partial, localeOf(interaction), {
        answerer: context.knowledge.current().answerer,
      })) ??
    [];
  return {
    reply: { kind: "choices", choices: limitChoices(choices) },
    outcome: { command: name, outcome: "autocomplete", hits: choices.length },
  };
}

const unknownCommand = (name: string, locale: Locale): Handled => ({
  reply: message(noticeReply(strings(locale).unknownCommand)),
  outcome: { command: name, outcome: "unknown_command" },
});

async function chatInput(
  interaction: APIChatInputApplicationCommandInteraction,
  context: BotContext,
): Promise<Handled> {
  const name = interaction.data.name;
  const locale = localeOf(interaction);
  const command = (context.commands ?? REGISTRY).slash(name);
  if (!command) return unknownCommand(name, locale);
  const userId = userIdOf(interaction);
  if (command.cooldown !== false) {
    const refused = cooledDown(userId, name, locale, context);
    if (refused) return refused;
  }
  const options = readOptions(interaction.data.options);
  // One snapshot of the knowledge for the whole interaction, even if a reload swaps it meanwhile.
  const snapshot = context.knowledge.current();
  const commandContext: CommandContext = { answerer: snapshot.answerer };
  const { reloader } = context;
  if (reloader) {
    commandContext.reload = () => reloader.reload("command", { userId, guildId: guildIdOf(interaction) });
  }
  const key = conversationKey(userId, channelIdOf(interaction));
  const previous = context.conversations?.previous(key);
  if (previous) commandContext.turn = previous.context;
  const result = await command.execute({ options, locale, admin: isAdmin(interaction) }, commandContext);
  noteGap(result);
  context.conversations?.record(key, result);
  const replyOptions = {
    owner: userId,
    ephemeral: options.private === true,
    forUser: typeof options.for === "string" ? options.for : undefined,
  };
  // A picture is drawn here (kept per knowledge-base version); a slow first drawing is deferred by deliver.ts.
  const picture = result.kind === "picture" ? await pictureFor(snapshot.kb, result.request) : undefined;
  const reply = renderReply(result, { ...replyOptions, picture });
  const outcome = describeResult(name, result);
  // only free text reads the previous turn; a command's own options name what it asks
  if (previous && command.definition.name === "ask") outcome.followUp = previous.source;
  return { reply: message(reply), outcome };
}

function messageCommand(interaction: APIMessageApplicationCommandInteraction, context: BotContext): Handled {
  const name = interaction.data.name;
  const locale = localeOf(interaction);
  const command = (context.commands ?? REGISTRY).message(name);
  if (!command) return unknownCommand(name, locale);
  const userId = userIdOf(interaction);
  const refused = cooledDown(userId, name, locale, context);
  if (refused) return refused;
  const target = interaction.data.resolved.messages[interaction.data.target_id];
  const question = bounded(target?.content ?? "", MAX_QUESTION_LENGTH);
  const result = command.execute(question, locale, { answerer: context.knowledge.current().answerer });
  noteGap(result);
  context.conversations?.record(conversationKey(userId, channelIdOf(interaction)), result);
  const reply = renderReply(result, { owner: userId, ephemeral: false, showQuestion: true });
  return { reply: message(reply), outcome: describeResult(name, result) };
}

/** Removes the "did you mean" line when the chosen reading replaces the question; keeps a "For @x" line. */
function keptContent(content: string): string {
  const prompts = new Set([`**${strings("en").didYouMean}**`, `**${strings("ja").didYouMean}**`]);
  return content
    .split("\n")
    .filter((line) => !prompts.has(line))
    .join("\n");
}

function component(interaction: APIMessageComponentInteraction, context: BotContext): Handled {
  const command = commandLabel(interaction);
  const locale = localeOf(interaction);
  const t = strings(locale);
  const { data } = interaction;
  const isButton = data.component_type === ComponentType.Button;
  const parsed = parseCustomId(data.custom_id);
  const clicker = userIdOf(interaction);
  const onEphemeral = ((interaction.message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  if (parsed?.type === "delete" && isButton) {
    if (parsed.owner !== clicker)
      return { reply: message(noticeReply(t.notYourAnswer)), outcome: { command, outcome: "denied" } };
    return { reply: { kind: "delete" }, outcome: { command, outcome: "deleted" } };
  }
  const picked = data.component_type === ComponentType.StringSelect ? data.values[0] : undefined;
  const query =
    parsed?.type === "query" && isButton
      ? parsed.query
      : parsed?.type === "open" && picked !== undefined
        ? decodeQuery(picked)
        : undefined;
  if (!parsed || !query)
    return { reply: message(noticeReply(t.staleButton)), outcome: { command, outcome: "stale" } };
  const refused = cooledDown(clicker, command, locale, context);
  if (refused) return refused;
  const answer = context.knowledge.current().answerer.answerQuery(query, { locale });
  const result = { kind: "answer", answer } as const;
  noteGap(result);
  context.conversations?.record(conversationKey(clicker, channelIdOf(interaction)), result);
  const outcome = describeResult(command, result);
  const isOwner = parsed.owner === clicker;
  if (parsed.type === "query" && (isOwner || onEphemeral)) {
    // The asker picked a reading: it replaces the "did you mean" in place.
    const { flags: _flags, ...update } = renderReply(result, { owner: clicker, ephemeral: onEphemeral });
    const content = [keptContent(interaction.message.content), update.content].filter(Boolean).join("\n");
    return { reply: { kind: "update", message: { ...update, content } }, outcome };
  }
  // Someone else's buttons, or a search hit: a new answer, private unless the asker opens it in public.
  const reply = renderReply(result, { owner: clicker, ephemeral: onEphemeral || !isOwner });
  return { reply: message(reply), outcome };
}
