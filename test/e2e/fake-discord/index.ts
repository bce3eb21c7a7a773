/**
 * A protocol-faithful fake Discord (REST + gateway) on 127.0.0.1 for end-to-end tests with the real discord.js Client.
 *
 *   const fake = await startFakeDiscord();
 *   const client = new Client({ intents, rest: { api: fake.apiUrl, globalRequestsPerSecond: 1e6 }, ... });
 *   await client.login("any-token");
 *   const res = await fake.sendSlashCommand({ name: "ask", options: { query: "dates" } });
 *   const reply = await res.reply();
 */
export { LOCALES } from "./commands.ts";
export { HttpInteractions, type PostOptions, type SignedPost } from "./http-interactions.ts";
export { Intents } from "./intents.ts";
export type { GatewayMessage } from "./messages.ts";
export type {
  AutocompleteArgs,
  ComponentArgs,
  InteractionTarget,
  MessageContextMenuArgs,
  MessageLike,
  ModalSubmitArgs,
  OptionInput,
  OptionValue,
  SelectArgs,
  SendMessageArgs,
  SlashCommandArgs,
  UserContextMenuArgs,
} from "./payloads.ts";
export { FakeDiscord, type MessageDispatch, type RateLimitSpec, startFakeDiscord } from "./server.ts";
export type * from "./types.ts";
export type { WaitOptions } from "./waiters.ts";
export { DEFAULT_IDS, DEFAULT_MEMBER_PERMISSIONS, snowflake } from "./world.ts";
