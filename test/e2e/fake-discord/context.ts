/** What the REST route handlers share. */
import type { CommandStore } from "./commands.ts";
import type { MessageEventName } from "./intents.ts";
import type { InteractionStore } from "./interactions.ts";
import type { GatewayMessage, MessageStore } from "./messages.ts";
import type { World } from "./world.ts";

export interface FakeContext {
  world: World;
  messages: MessageStore;
  commands: CommandStore;
  interactions: InteractionStore;
  gatewayUrl: () => string;
  sessionStartRemaining: number;
  /** `shards` in GET /gateway/bot: how many shards Discord recommends. */
  shards: number;
  interactionDeadlineMs: number;
  /** Dispatches MESSAGE_CREATE/UPDATE/DELETE for a bot message (unless ephemeral or echo is off). */
  echo: (event: MessageEventName, message: GatewayMessage) => void;
}
