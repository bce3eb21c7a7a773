/** Routes for channels, channel messages (send / reply / edit / delete), typing, reactions, and DM channels. */
import type { FakeContext } from "./context.ts";
import type { GatewayMessage } from "./messages.ts";
import {
  apiError,
  formError,
  json,
  noContent,
  type RestReply,
  type RouteContext,
  type RouteDef,
} from "./rest.ts";
import type { MessageBody } from "./types.ts";
import { isEmptyMessage, messageErrors } from "./validate.ts";
import type { ChannelState } from "./world.ts";

export function channelRoutes(ctx: FakeContext): RouteDef[] {
  const { world, messages } = ctx;

  const withChannel =
    (handle: (channel: ChannelState, rc: RouteContext) => RestReply) =>
    (rc: RouteContext): RestReply => {
      const channel = world.channels.get(rc.params.channel ?? "");
      return channel ? handle(channel, rc) : apiError(404, 10003, "Unknown Channel");
    };

  const withMessage = (handle: (message: GatewayMessage, rc: RouteContext) => RestReply) =>
    withChannel((channel, rc) => {
      const message = messages.get(rc.params.message ?? "");
      return message && message.channel_id === channel.id
        ? handle(message, rc)
        : apiError(404, 10008, "Unknown Message");
    });

  const send = withChannel((channel, rc) => {
    if (!world.isTextBased(channel))
      return apiError(400, 50008, "Cannot send messages in a non-text channel");
    const body = (rc.body ?? {}) as MessageBody;
    const errors = messageErrors(body);
    if (errors.length > 0) return formError(errors);
    if (isEmptyMessage(body, rc.files.length)) return apiError(400, 50006, "Cannot send an empty message");
    let effective: MessageBody = { ...body, flags: (body.flags ?? 0) & ~64 };
    const ref = body.message_reference;
    if (ref?.message_id) {
      const target = messages.get(ref.message_id);
      if (!target || target.channel_id !== channel.id) {
        if (ref.fail_if_not_exists !== false) {
          return formError([
            {
              path: ["message_reference"],
              code: "MESSAGE_REFERENCE_UNKNOWN_MESSAGE",
              message: "Unknown message",
            },
          ]);
        }
        effective = { ...effective, message_reference: undefined };
      }
    }
    const message = messages.create({ channel, author: world.bot, body: effective, files: rc.files });
    messages.record(message, "channel", body, rc.files);
    return { status: 200, body: message, after: () => ctx.echo("MESSAGE_CREATE", message) };
  });

  const edit = withMessage((message, rc) => {
    if (message.author.id !== world.bot.id)
      return apiError(403, 50005, "Cannot edit a message authored by another user");
    const body = (rc.body ?? {}) as MessageBody;
    const errors = messageErrors(body);
    if (errors.length > 0) return formError(errors);
    const edited = messages.edit(message.id, body, rc.files);
    messages.record(edited, "edit", body, rc.files);
    return { status: 200, body: edited, after: () => ctx.echo("MESSAGE_UPDATE", edited) };
  });

  const reaction = withMessage(() => noContent());

  return [
    {
      method: "GET",
      pattern: "/channels/:channel",
      handler: withChannel((c) => json(200, world.channelPayload(c))),
    },
    {
      method: "GET",
      pattern: "/channels/:channel/messages",
      handler: withChannel((c, rc) =>
        json(200, messages.channelHistory(c.id).slice(0, Number(rc.query.get("limit") ?? 50))),
      ),
    },
    { method: "POST", pattern: "/channels/:channel/messages", handler: send },
    {
      method: "GET",
      pattern: "/channels/:channel/messages/:message",
      handler: withMessage((m) => json(200, m)),
    },
    { method: "PATCH", pattern: "/channels/:channel/messages/:message", handler: edit },
    {
      method: "DELETE",
      pattern: "/channels/:channel/messages/:message",
      handler: withMessage((m) => {
        messages.delete(m.id);
        return noContent(() => ctx.echo("MESSAGE_DELETE", m));
      }),
    },
    { method: "POST", pattern: "/channels/:channel/typing", handler: withChannel(() => noContent()) },
    {
      method: "PUT",
      pattern: "/channels/:channel/messages/:message/reactions/:emoji/@me",
      handler: reaction,
    },
    {
      method: "DELETE",
      pattern: "/channels/:channel/messages/:message/reactions/:emoji/@me",
      handler: reaction,
    },
    {
      method: "POST",
      pattern: "/users/@me/channels",
      handler: (rc) => {
        const recipient = String((rc.body as { recipient_id?: unknown } | undefined)?.recipient_id ?? "");
        if (!world.users.has(recipient) || recipient === world.bot.id) {
          return apiError(400, 50033, "Invalid Recipient(s)");
        }
        return json(200, world.channelPayload(world.dmChannel(recipient)));
      },
    },
  ];
}
