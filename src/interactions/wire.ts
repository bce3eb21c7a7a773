/**
 * The interaction reply as Discord's API takes it: the interaction response body (returned inline by the HTTP
 * endpoint, POSTed to the callback route by the gateway bot) and the message bodies of the interaction webhook.
 * Every message body carries `allowed_mentions`: nobody is pinged unless an answer is pointed at one colleague.
 */
import {
  type APIAllowedMentions,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  InteractionResponseType,
  MessageFlags,
} from "discord.js";
import type { AllowedMentions, DiscordReply } from "../bot/reply.ts";
import type { InteractionReply } from "./core.ts";

export const apiMentions = (mentions: AllowedMentions): APIAllowedMentions => {
  const api: APIAllowedMentions = { parse: [] };
  if (mentions.users) api.users = [...mentions.users];
  if (mentions.repliedUser !== undefined) api.replied_user = mentions.repliedUser;
  return api;
};

/** A file attached to a message (a picture), sent as multipart form data beside the message body. */
export interface AttachmentFile {
  name: string;
  data: Buffer;
  contentType: string;
}

/** The files a reply attaches, in the order of the message body's `attachments`. */
export const filesOf = (reply: DiscordReply): AttachmentFile[] | undefined =>
  reply.files?.map((f) => ({ name: f.name, data: f.attachment, contentType: "image/png" }));

/** A rendered reply as an API message body. */
export function apiMessage(reply: DiscordReply): APIInteractionResponseCallbackData {
  const data: APIInteractionResponseCallbackData = {
    embeds: reply.embeds,
    components: reply.components,
    allowed_mentions: apiMentions(reply.allowedMentions),
  };
  if (reply.content !== undefined) data.content = reply.content;
  if (reply.flags !== undefined) data.flags = reply.flags;
  if (reply.files?.length)
    data.attachments = reply.files.map((f, id) => ({ id, filename: f.name, description: f.description }));
  return data;
}

/** The interaction response for a reply decided at once; undefined for `none` (nothing to answer). */
export function responseBody(reply: InteractionReply): APIInteractionResponse | undefined {
  switch (reply.kind) {
    case "pong":
      return { type: InteractionResponseType.Pong };
    case "message":
      return { type: InteractionResponseType.ChannelMessageWithSource, data: apiMessage(reply.message) };
    case "update":
      return { type: InteractionResponseType.UpdateMessage, data: apiMessage(reply.message) };
    case "choices":
      return {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: reply.choices },
      };
    case "delete":
      return { type: InteractionResponseType.DeferredMessageUpdate };
    case "none":
      return undefined;
  }
}

/** "Thinking…" for a command (private when the answer will be), or a silent acknowledgement for a button. */
export function deferBody(kind: "reply" | "update", ephemeral: boolean): APIInteractionResponse {
  if (kind === "update") return { type: InteractionResponseType.DeferredMessageUpdate };
  return {
    type: InteractionResponseType.DeferredChannelMessageWithSource,
    data: ephemeral ? { flags: MessageFlags.Ephemeral } : {},
  };
}
