import type { Message } from "discord.js";
import { MAX_QUESTION_LENGTH } from "../commands/ask.ts";
import { looksJapanese, strings } from "../commands/i18n.ts";
import { askCommand } from "../commands/registry.ts";
import type { CommandContext } from "../commands/types.ts";
import { noteGap } from "../gaps/hook.ts";
import { conversationKey, repliedContext } from "./conversations.ts";
import type { BotContext } from "./interactions.ts";
import type { Logger } from "./logger.ts";
import { describeResult, errorReference, type Outcome } from "./outcome.ts";
import { renderReply } from "./reply.ts";

/** Replies never ping: not the asker, not anyone named in the question, not @everyone. */
const REPLY_MENTIONS = { parse: [], repliedUser: false } as const;

/** The question without the bot's own mention(s). */
export const stripMention = (content: string, botId: string): string =>
  content
    .replace(new RegExp(`<@!?${botId}>`, "g"), " ")
    .replace(/\s+/g, " ")
    .trim();

/**
 * Free text: a message that @mentions the bot, or any DM to it, is answered as a reply.
 * Discord delivers the content of exactly these messages without the privileged Message Content intent.
 * Messages from bots (itself included), webhooks and the system are ignored, so two bots never talk in a loop.
 */
export async function handleMessage(message: Message, context: BotContext): Promise<void> {
  const botId = message.client.user.id;
  if (message.author.bot || message.author.id === botId || message.webhookId || message.system) return;
  const isDm = !message.inGuild();
  if (!isDm && !message.mentions.users.has(botId)) return;
  const started = performance.now();
  const logger = context.logger.child({ messageId: message.id });
  const question = stripMention(message.content.slice(0, MAX_QUESTION_LENGTH * 4), botId).slice(
    0,
    MAX_QUESTION_LENGTH,
  );
  const command = commandOf(message);
  const verdict = context.cooldowns?.message(message.author.id, message.channelId);
  if (verdict && !verdict.ok) {
    // One short notice per window (per person and per channel), else silence: a crowd gets one notice.
    if (verdict.notify) {
      const locale = looksJapanese(question) ? "ja" : "en";
      const text = strings(locale).slowDown(Math.ceil(verdict.retryAfterMs / 1000));
      await message
        .reply({ content: text, allowedMentions: REPLY_MENTIONS })
        .catch((error: unknown) => logger.warn({ err: error }, "could not send the cooldown notice"));
    }
    logger.info(
      {
        command,
        outcome: "cooldown",
        scope: verdict.scope,
        notified: verdict.notify,
        userId: message.author.id,
        channelId: message.channelId,
        guildId: message.guildId,
      },
      "message",
    );
    context.metrics?.observe("message", { command, outcome: "cooldown" }, performance.now() - started);
    return;
  }
  const outcome = await answerMessage(message, question, context, logger);
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  logger.info({ ...outcome, latencyMs, userId: message.author.id, guildId: message.guildId }, "message");
  context.metrics?.observe("message", outcome, latencyMs);
}

const commandOf = (message: Message): string => (message.inGuild() ? "mention" : "dm");

/**
 * Answers a question in free text, read in the context of the bot's answer it replies to, else of the
 * asker's recent turn in this channel; remembers the turn the answer sets.
 */
async function answerMessage(
  message: Message,
  question: string,
  context: BotContext,
  logger: Logger,
): Promise<Outcome> {
  const command = commandOf(message);
  try {
    const { conversations } = context;
    const key = conversationKey(message.author.id, message.channelId);
    const replied = conversations ? await repliedContext(message, message.client.user.id) : undefined;
    const previous = conversations?.previous(key, replied);
    const commandContext: CommandContext = { answerer: context.knowledge.current().answerer };
    if (previous) commandContext.turn = previous.context;
    const result = askCommand.execute({ options: { question }, locale: undefined }, commandContext);
    noteGap(result);
    const { flags: _private, ...reply } = renderReply(result, { owner: message.author.id, ephemeral: false });
    await message.reply({ ...reply, allowedMentions: REPLY_MENTIONS });
    conversations?.record(key, result);
    const outcome = describeResult(command, result);
    if (previous) outcome.followUp = previous.source;
    return outcome;
  } catch (error) {
    const ref = errorReference();
    logger.error({ err: error, ref, userId: message.author.id }, "message failed");
    const locale = looksJapanese(question) ? "ja" : "en";
    await message
      .reply({ content: strings(locale).error(ref), allowedMentions: REPLY_MENTIONS })
      .catch((replyError: unknown) =>
        logger.error({ err: replyError, ref }, "could not report the error to the user"),
      );
    return { command, outcome: "error" };
  }
}
