import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { answerAboutRound, autocompleteRound, forOption, privateOption, roundOption } from "./options.ts";
import type { CommandContext, CommandInput, CommandResult } from "./types.ts";

export const definition = {
  name: "cochairs",
  name_localizations: { ja: "共同議長" },
  description: "Who co-chaired a round (the latest if none is given)",
  description_localizations: { ja: "各回の共同議長（指定がなければ最新の回）" },
  options: [roundOption(false), privateOption, forOption],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export function execute(input: CommandInput, context: CommandContext): CommandResult {
  return answerAboutRound(input, context, { intent: "cochairs" });
}

export const autocomplete = autocompleteRound;
