/** `npm run deploy-commands`: registers the slash and context-menu commands with Discord. */
import { ApplicationCommandType } from "discord.js";
import { loadEnvFile, parseConfig } from "./config.ts";
import { deployCommands } from "./deploy.ts";

loadEnvFile();
const parsed = parseConfig(process.env);
const problems = parsed.ok ? [] : parsed.errors;
if (parsed.ok && !parsed.config.token)
  problems.push("DISCORD_TOKEN is required (the bot's token from the Developer Portal)");
if (parsed.ok && !parsed.config.applicationId) {
  problems.push(
    "DISCORD_APPLICATION_ID is required (Developer Portal → General Information → Application ID)",
  );
}
if (!parsed.ok || problems.length > 0) {
  console.error(`Cannot register commands:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  process.exit(1);
}

try {
  const result = await deployCommands(parsed.config);
  const where =
    result.scope === "guild"
      ? `in guild ${result.guildId} (instant)`
      : "globally (may take a while to appear)";
  console.log(`Registered ${result.commands.length} command(s) ${where}:`);
  for (const command of result.commands) {
    const kind = command.type === ApplicationCommandType.Message ? "message menu" : "slash";
    console.log(`  ${kind === "slash" ? "/" : ""}${command.name} (${kind}, id ${command.id})`);
  }
} catch (error) {
  console.error(`Cannot register commands: ${(error as Error).message}`);
  process.exit(1);
}
