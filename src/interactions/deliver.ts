/**
 * Answers one interaction through a transport, the same way for the gateway bot and the HTTP endpoint:
 * decides the reply (core.ts), responds at once, or defers first when deciding takes longer than
 * `deferAfterMs` and then completes through the interaction webhook (which needs no bot token). Writes one
 * log line per interaction (command, round, intent, latency, outcome), and never leaves an interaction
 * unanswered: a failure gets a short private message whose reference appears in the error log line.
 */
import {
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
  InteractionType,
} from "discord.js";
import type { Logger } from "../bot/logger.ts";
import { errorReference, type Outcome } from "../bot/outcome.ts";
import { noticeReply } from "../bot/reply.ts";
import { strings } from "../commands/i18n.ts";
import type { BotContext } from "./context.ts";
import { type Handled, handle, type InteractionReply } from "./core.ts";
import { commandLabel, guildIdOf, localeOf, userIdOf } from "./read.ts";
import { type AttachmentFile, apiMessage, deferBody, filesOf, responseBody } from "./wire.ts";

/** The interaction's webhook: edit or delete the original response, send a follow-up. No bot token needed. */
export interface InteractionWebhook {
  editOriginal(data: APIInteractionResponseCallbackData, files?: AttachmentFile[]): Promise<void>;
  deleteOriginal(): Promise<void>;
  followUp(data: APIInteractionResponseCallbackData, files?: AttachmentFile[]): Promise<void>;
}

export interface InteractionTransport {
  /** Sends the interaction response: the HTTP response body, or a POST to the callback route. */
  respond(body: APIInteractionResponse, files?: AttachmentFile[]): Promise<void>;
  webhook: InteractionWebhook;
}

/** Discord waits 3 s for the response; anything not decided by then is deferred first. */
export const DEFAULT_DEFER_AFTER_MS = 2000;

/** How far the interaction's answer has got. */
interface Progress {
  acknowledged: boolean;
  deferred?: "reply" | "update";
}

export async function answerInteraction(
  interaction: APIInteraction,
  context: BotContext,
  transport: InteractionTransport,
  deferAfterMs = DEFAULT_DEFER_AFTER_MS,
): Promise<Outcome> {
  const started = performance.now();
  const logger = context.logger.child({ interactionId: interaction.id });
  const progress: Progress = { acknowledged: false };
  const userId = userIdOf(interaction);
  let outcome: Outcome;
  try {
    const handled = await decide(interaction, context, transport, progress, deferAfterMs);
    await send(handled.reply, transport, progress);
    outcome = handled.outcome;
  } catch (error) {
    const ref = errorReference();
    outcome = { command: commandLabel(interaction), outcome: "error" };
    logger.error({ err: error, ref, command: outcome.command, userId }, "interaction failed");
    await reportError(interaction, ref, logger, transport, progress);
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  logger.info({ ...outcome, latencyMs, userId, guildId: guildIdOf(interaction) }, "interaction");
  context.metrics?.observe("interaction", outcome, latencyMs);
  return outcome;
}

/** The reply, deferring the response first if it is not decided within `deferAfterMs`. */
async function decide(
  interaction: APIInteraction,
  context: BotContext,
  transport: InteractionTransport,
  progress: Progress,
  deferAfterMs: number,
): Promise<Handled> {
  const work = handle(interaction, context);
  // Autocomplete cannot be deferred, and a PING is answered at once.
  if (
    interaction.type === InteractionType.Ping ||
    interaction.type === InteractionType.ApplicationCommandAutocomplete
  )
    return work;
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<"slow">((resolve) => {
    timer = setTimeout(() => resolve("slow"), deferAfterMs);
  });
  const first = await Promise.race([work, slow]).finally(() => clearTimeout(timer));
  if (first !== "slow") return first;
  const kind = interaction.type === InteractionType.MessageComponent ? "update" : "reply";
  await transport.respond(deferBody(kind, privateRequested(interaction)));
  progress.acknowledged = true;
  progress.deferred = kind;
  return work;
}

/** The command's `private` option: a deferred "thinking…" must already be private for a private answer. */
function privateRequested(interaction: APIInteraction): boolean {
  if (interaction.type !== InteractionType.ApplicationCommand) return false;
  const options = "options" in interaction.data ? interaction.data.options : undefined;
  return (options ?? []).some(
    (option) => option.name === "private" && "value" in option && option.value === true,
  );
}

async function send(reply: InteractionReply, transport: InteractionTransport, progress: Progress) {
  if (reply.kind === "none") return;
  const files = reply.kind === "message" || reply.kind === "update" ? filesOf(reply.message) : undefined;
  if (!progress.deferred) {
    const body = responseBody(reply);
    if (!body) return;
    await transport.respond(body, files);
    progress.acknowledged = true;
    if (reply.kind === "delete") await transport.webhook.deleteOriginal();
    return;
  }
  // Deferred: @original is the "thinking…" message (command) or the message the button is on (component).
  if (reply.kind === "delete") await transport.webhook.deleteOriginal();
  else if (reply.kind === "update") await transport.webhook.editOriginal(apiMessage(reply.message), files);
  else if (reply.kind === "message") {
    if (progress.deferred === "reply") await transport.webhook.editOriginal(apiMessage(reply.message), files);
    else await transport.webhook.followUp(apiMessage(reply.message), files);
  }
}

async function reportError(
  interaction: APIInteraction,
  ref: string,
  logger: Logger,
  transport: InteractionTransport,
  progress: Progress,
): Promise<void> {
  try {
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
      if (!progress.acknowledged)
        await transport.respond({
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices: [] },
        });
      return;
    }
    if (interaction.type === InteractionType.Ping) return;
    const notice = apiMessage(noticeReply(strings(localeOf(interaction)).error(ref)));
    if (progress.acknowledged) await transport.webhook.followUp(notice);
    else await transport.respond({ type: InteractionResponseType.ChannelMessageWithSource, data: notice });
  } catch (error) {
    logger.error({ err: error, ref }, "could not report the error to the user");
  }
}
