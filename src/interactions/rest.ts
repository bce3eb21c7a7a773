/**
 * The interaction's callback and webhook routes over Discord's REST API (`@discordjs/rest`, with its retries and
 * rate-limit handling). None of these routes takes the bot token: the interaction token in the URL is the
 * credential, so the HTTP endpoint, which has no bot token, uses them too.
 */
import { type APIInteraction, type REST, Routes } from "discord.js";
import type { InteractionTransport, InteractionWebhook } from "./deliver.ts";

export function restWebhook(
  rest: REST,
  interaction: Pick<APIInteraction, "application_id" | "token">,
): InteractionWebhook {
  const original = Routes.webhookMessage(interaction.application_id, interaction.token, "@original");
  return {
    async editOriginal(body, files) {
      await rest.patch(original, { body, auth: false, ...(files ? { files } : {}) });
    },
    async deleteOriginal() {
      await rest.delete(original, { auth: false });
    },
    async followUp(body, files) {
      const route = Routes.webhook(interaction.application_id, interaction.token);
      await rest.post(route, { body, auth: false, ...(files ? { files } : {}) });
    },
  };
}

/** The gateway bot's transport: the response is POSTed to the interaction's callback route. */
export function restTransport(rest: REST, interaction: APIInteraction): InteractionTransport {
  return {
    async respond(body, files) {
      const route = Routes.interactionCallback(interaction.id, interaction.token);
      await rest.post(route, { body, auth: false, ...(files ? { files } : {}) });
    },
    webhook: restWebhook(rest, interaction),
  };
}
