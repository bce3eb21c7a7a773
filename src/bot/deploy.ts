import { REST, Routes } from "discord.js";
import { commandDefinitions } from "../commands/registry.ts";
import type { Config } from "./config.ts";

export interface DeployResult {
  scope: "guild" | "global";
  guildId: string | undefined;
  commands: { id: string; name: string; type: number }[];
}

/**
 * Registers every command with one bulk PUT (replacing what was there): in DISCORD_GUILD_ID when set
 * (instant, for development), else globally.
 */
export async function deployCommands(
  config: Pick<Config, "token" | "applicationId" | "guildId" | "apiUrl">,
): Promise<DeployResult> {
  if (!config.token) throw new Error("DISCORD_TOKEN is required to register commands");
  if (!config.applicationId) throw new Error("DISCORD_APPLICATION_ID is required to register commands");
  const rest = new REST({ version: "10", ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(
    config.token,
  );
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const registered = (await rest.put(route, { body: commandDefinitions() })) as DeployResult["commands"];
  return {
    scope: config.guildId ? "guild" : "global",
    guildId: config.guildId,
    commands: registered.map(({ id, name, type }) => ({ id, name, type })),
  };
}
