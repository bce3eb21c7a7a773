/**
 * The gateway bot's side of interactions: each INTERACTION_CREATE payload goes to the shared interaction core
 * (src/interactions/), which the HTTP endpoint uses too; the response is POSTed to Discord's callback route.
 */
import type { APIInteraction, REST } from "discord.js";
import type { BotContext } from "../interactions/context.ts";
import { answerInteraction } from "../interactions/deliver.ts";
import { restTransport } from "../interactions/rest.ts";

export type { BotContext } from "../interactions/context.ts";
export { limitChoices, MAX_CHOICES, MAX_PARTIAL_LENGTH } from "../interactions/core.ts";
export { isAdmin } from "../interactions/read.ts";

/** Entry point for every interaction the gateway delivers (its raw payload, as the HTTP endpoint gets it). */
export async function handleInteraction(
  interaction: APIInteraction,
  context: BotContext,
  rest: REST,
): Promise<void> {
  await answerInteraction(interaction, context, restTransport(rest, interaction));
}
