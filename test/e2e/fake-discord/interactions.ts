/** Interaction state: which interactions exist, how they were answered, and the events tests wait for. */
import type { APIInteraction } from "discord.js";
import type { InteractionCallback, SentMessage } from "./types.ts";
import { Recorder } from "./waiters.ts";
import type { ChannelState } from "./world.ts";

export interface InteractionState {
  id: string;
  token: string;
  /** Interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  type: number;
  payload: APIInteraction;
  createdAt: number;
  channel: ChannelState;
  /** The message a component / modal interaction came from. */
  sourceMessageId: string | null;
  callback: InteractionCallback | null;
  withResponse: boolean;
  /** The message `@original` refers to. */
  originalId: string | null;
  /** Deferred with type 5 and not yet edited: the "thinking…" message. */
  loading: boolean;
  followUpIds: string[];
  /** Delivered over HTTP (HttpInteractions) rather than the gateway. */
  http?: boolean;
}

export type InteractionEvent =
  | { kind: "callback"; interactionId: string; callback: InteractionCallback; withResponse: boolean }
  /** A visible state of the original response (type 4/7, or an edit / first follow-up after a defer). */
  | { kind: "reply"; interactionId: string; message: SentMessage }
  | { kind: "followup"; interactionId: string; index: number; message: SentMessage }
  | { kind: "edit"; interactionId: string; message: SentMessage }
  | { kind: "delete"; interactionId: string; messageId: string };

export class InteractionStore {
  readonly events: Recorder<InteractionEvent>;
  readonly #byId = new Map<string, InteractionState>();
  readonly #byToken = new Map<string, InteractionState>();

  constructor(waitTimeoutMs: number) {
    this.events = new Recorder("interaction event", waitTimeoutMs);
  }

  register(payload: APIInteraction, channel: ChannelState, sourceMessageId: string | null): InteractionState {
    const state: InteractionState = {
      id: payload.id,
      token: payload.token,
      type: payload.type,
      payload,
      createdAt: Date.now(),
      channel,
      sourceMessageId,
      callback: null,
      withResponse: false,
      originalId: null,
      loading: false,
      followUpIds: [],
    };
    this.#byId.set(state.id, state);
    this.#byToken.set(state.token, state);
    return state;
  }

  get(id: string): InteractionState | undefined {
    return this.#byId.get(id);
  }

  byToken(token: string): InteractionState | undefined {
    return this.#byToken.get(token);
  }

  /** Message type of the bot's response: 20 chat input, 23 context menu, 0 otherwise. */
  messageType(state: InteractionState): number {
    if (state.type !== 2) return 0;
    const data = state.payload.data as { type?: number } | undefined;
    return data?.type === 1 ? 20 : 23;
  }

  /** The `interaction_metadata` (and legacy `interaction`) fields of a response message. */
  messageExtra(state: InteractionState, applicationId: string): Record<string, unknown> {
    const payload = state.payload as APIInteraction & { user?: unknown; member?: { user: unknown } };
    const user = payload.user ?? payload.member?.user;
    const name = (state.payload.data as { name?: string } | undefined)?.name;
    return {
      webhook_id: applicationId,
      application_id: applicationId,
      interaction_metadata: {
        id: state.id,
        type: state.type,
        user,
        authorizing_integration_owners: payload.authorizing_integration_owners ?? {},
        ...(state.sourceMessageId && state.type === 3
          ? { interacted_message_id: state.sourceMessageId }
          : {}),
      },
      ...(name ? { interaction: { id: state.id, type: state.type, name, user } } : {}),
    };
  }
}
