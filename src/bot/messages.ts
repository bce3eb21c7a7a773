import type { Message } from "discord.js";
import { MAX_QUESTION_LENGTH } from "../commands/ask.ts";
import { looksJapanese, strings } from "../commands/i18n.ts";
import { askCommand } from "../commands/registry.ts";
import { noteGap } from "../gaps/hook.ts";
import type { BotContext } from "./interactions.ts";
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
  const command = isDm ? "dm" : "mention";
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
  let outcome: Outcome;
  try {
    const result = askCommand.execute(
      { options: { question }, locale: undefined },
      { answerer: context.knowledge.current().answerer },
    );
    noteGap(result);
    const { flags: _private, ...reply } = renderReply(result, { owner: message.author.id, ephemeral: false });
    await message.reply({ ...reply, allowedMentions: REPLY_MENTIONS });
    outcome = describeResult(command, result);
  } catch (error) {
    const ref = errorReference();
    outcome = { command, outcome: "error" };
    logger.error({ err: error, ref, userId: message.author.id }, "message failed");
    const locale = looksJapanese(question) ? "ja" : "en";
    await message
      .reply({ content: strings(locale).error(ref), allowedMentions: REPLY_MENTIONS })
      .catch((replyError: unknown) =>
        logger.error({ err: replyError, ref }, "could not report the error to the user"),
      );
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  logger.info({ ...outcome, latencyMs, userId: message.author.id, guildId: message.guildId }, "message");
  context.metrics?.observe("message", outcome, latencyMs);
}
