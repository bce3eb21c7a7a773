/** Interaction callbacks and the interaction webhook (edit / get / delete @original, follow-ups). */
import type { FakeContext } from "./context.ts";
import type { InteractionState } from "./interactions.ts";
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
import type { InteractionCallback, MessageBody } from "./types.ts";
import {
  autocompleteErrors,
  type FormError,
  isEmptyMessage,
  messageErrors,
  modalErrors,
} from "./validate.ts";

const EPHEMERAL = 64;
const LOADING = 128;

/** Callback types Discord accepts for each interaction type. */
const ALLOWED_CALLBACKS: Record<number, number[]> = {
  2: [4, 5, 9, 12],
  3: [4, 5, 6, 7, 9],
  4: [8],
  5: [4, 5, 6, 7],
};

function callbackErrors(
  state: InteractionState,
  callback: InteractionCallback,
  fileCount: number,
): FormError[] | "empty" {
  if (!(ALLOWED_CALLBACKS[state.type] ?? []).includes(callback.type)) {
    return [
      {
        path: ["type"],
        code: "INTERACTION_RESPONSE_TYPE_INVALID",
        message: "Invalid interaction response type",
      },
    ];
  }
  if (callback.type === 8) return autocompleteErrors(callback.data);
  if (callback.type === 9) return modalErrors(callback.data);
  if (callback.type !== 4 && callback.type !== 7) return [];
  const errors = messageErrors(callback.data ?? {}).map((e) => ({ ...e, path: ["data", ...e.path] }));
  if (errors.length === 0 && callback.type === 4 && isEmptyMessage(callback.data ?? {}, fileCount))
    return "empty";
  return errors;
}

export function interactionRoutes(ctx: FakeContext): RouteDef[] {
  const { world, messages, interactions } = ctx;
  const echoLater = (event: "MESSAGE_CREATE" | "MESSAGE_UPDATE", message: GatewayMessage) => () =>
    ctx.echo(event, message);

  const callback = (rc: RouteContext): RestReply => {
    const state = interactions.get(rc.params.id ?? "");
    if (!state || state.token !== rc.params.token) return apiError(404, 10062, "Unknown interaction");
    if (state.callback) return apiError(400, 40060, "Interaction has already been acknowledged.");
    if (Date.now() - state.createdAt > ctx.interactionDeadlineMs)
      return apiError(404, 10062, "Unknown interaction");
    const body = (rc.body ?? {}) as InteractionCallback;
    const errors = callbackErrors(state, body, rc.files.length);
    if (errors === "empty") return apiError(400, 50006, "Cannot send an empty message");
    if (errors.length > 0) return formError(errors);
    state.callback = body;
    state.withResponse = rc.query.get("with_response") === "true";
    interactions.events.push({
      kind: "callback",
      interactionId: state.id,
      callback: body,
      withResponse: state.withResponse,
    });
    const data: MessageBody = body.data ?? {};
    let message: GatewayMessage | undefined;
    let after: (() => void) | undefined;
    const create = (messageBody: MessageBody) =>
      messages.create({
        channel: state.channel,
        author: world.bot,
        body: messageBody,
        files: rc.files,
        type: interactions.messageType(state),
        extra: interactions.messageExtra(state, world.applicationId),
      });
    if (body.type === 4) {
      message = create(data);
      state.originalId = message.id;
      const sent = messages.record(message, "callback", data, rc.files, state.id);
      interactions.events.push({ kind: "reply", interactionId: state.id, message: sent });
      after = echoLater("MESSAGE_CREATE", message);
    } else if (body.type === 5) {
      message = create({ content: "", flags: ((data.flags ?? 0) & EPHEMERAL) | LOADING });
      message.flags = ((data.flags ?? 0) & EPHEMERAL) | LOADING;
      state.originalId = message.id;
      state.loading = true;
      after = echoLater("MESSAGE_CREATE", message);
    } else if (body.type === 6 || body.type === 7) {
      state.originalId = state.sourceMessageId;
      if (body.type === 7 && state.sourceMessageId) {
        message = messages.edit(state.sourceMessageId, data, rc.files);
        const sent = messages.record(message, "callback", data, rc.files, state.id);
        interactions.events.push({ kind: "reply", interactionId: state.id, message: sent });
        after = echoLater("MESSAGE_UPDATE", message);
      }
    }
    if (!state.withResponse) return noContent(after);
    return {
      status: 200,
      after,
      body: {
        interaction: {
          id: state.id,
          type: state.type,
          activity_instance_id: null,
          response_message_id: message?.id ?? null,
          response_message_loading: body.type === 5,
          response_message_ephemeral: ((message?.flags ?? 0) & EPHEMERAL) !== 0,
        },
        resource: { type: body.type, ...(message ? { message } : {}) },
      },
    };
  };

  /** The interaction behind a webhook route, and the message id `:message` refers to. */
  const webhook =
    (
      needsMessage: boolean,
      handle: (state: InteractionState, messageId: string, rc: RouteContext) => RestReply,
    ) =>
    async (rc: RouteContext): Promise<RestReply> => {
      const state = interactions.byToken(rc.params.token ?? "");
      // Over HTTP, Discord has the response before the bot can follow up: wait for it to be applied here.
      if (state?.http && !state.callback) {
        await interactions.events
          .waitFor((e) => e.kind === "callback" && e.interactionId === state.id, { timeoutMs: 2000 })
          .catch(() => undefined);
      }
      if (rc.params.app !== world.applicationId || !state?.callback)
        return apiError(404, 10015, "Unknown Webhook");
      if (!needsMessage) return handle(state, "", rc);
      const param = rc.params.message ?? "";
      const id = param === "@original" ? state.originalId : param;
      const known = id && (id === state.originalId || state.followUpIds.includes(id)) && messages.get(id);
      return known ? handle(state, id, rc) : apiError(404, 10008, "Unknown Message");
    };

  const edit = webhook(true, (state, messageId, rc) => {
    const body = (rc.body ?? {}) as MessageBody;
    const errors = messageErrors(body);
    if (errors.length > 0) return formError(errors);
    let message = messages.edit(messageId, body, rc.files);
    const isOriginal = messageId === state.originalId;
    if (isOriginal && state.loading) {
      message = { ...message, flags: (message.flags ?? 0) & ~LOADING };
      messages.replace(message);
      state.loading = false;
    }
    const sent = messages.record(message, "edit", body, rc.files, state.id);
    interactions.events.push({ kind: isOriginal ? "reply" : "edit", interactionId: state.id, message: sent });
    return { status: 200, body: message, after: echoLater("MESSAGE_UPDATE", message) };
  });

  const followUp = webhook(false, (state, _id, rc) => {
    const body = (rc.body ?? {}) as MessageBody;
    const errors = messageErrors(body);
    if (errors.length > 0) return formError(errors);
    if (isEmptyMessage(body, rc.files.length)) return apiError(400, 50006, "Cannot send an empty message");
    let message: GatewayMessage;
    let event: "MESSAGE_CREATE" | "MESSAGE_UPDATE" = "MESSAGE_CREATE";
    if (state.loading && state.originalId) {
      // After a type 5 defer, the first follow-up replaces the "thinking…" message.
      message = messages.edit(state.originalId, body, rc.files);
      message = { ...message, flags: (message.flags ?? 0) & ~LOADING };
      messages.replace(message);
      state.loading = false;
      event = "MESSAGE_UPDATE";
    } else {
      message = messages.create({
        channel: state.channel,
        author: world.bot,
        body,
        files: rc.files,
        extra: interactions.messageExtra(state, world.applicationId),
      });
    }
    state.followUpIds.push(message.id);
    const sent = messages.record(message, "followup", body, rc.files, state.id);
    const index = state.followUpIds.length - 1;
    if (event === "MESSAGE_UPDATE")
      interactions.events.push({ kind: "reply", interactionId: state.id, message: sent });
    interactions.events.push({ kind: "followup", interactionId: state.id, index, message: sent });
    const after = echoLater(event, message);
    return rc.query.get("wait") === "true" ? { status: 200, body: message, after } : noContent(after);
  });

  const remove = webhook(true, (state, messageId) => {
    const message = messages.delete(messageId);
    interactions.events.push({ kind: "delete", interactionId: state.id, messageId });
    return noContent(() => message && ctx.echo("MESSAGE_DELETE", message));
  });

  const messagePath = "/webhooks/:app/:token/messages/:message";
  return [
    { method: "POST", pattern: "/interactions/:id/:token/callback", auth: false, handler: callback },
    {
      method: "GET",
      pattern: messagePath,
      auth: false,
      handler: webhook(true, (_s, id) => json(200, messages.get(id))),
    },
    { method: "PATCH", pattern: messagePath, auth: false, handler: edit },
    { method: "DELETE", pattern: messagePath, auth: false, handler: remove },
    { method: "POST", pattern: "/webhooks/:app/:token", auth: false, handler: followUp },
  ];
}
