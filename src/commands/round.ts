import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { answerAboutRound, autocompleteRound, forOption, privateOption, roundOption } from "./options.ts";
import type { CommandContext, CommandInput, CommandResult } from "./types.ts";

export const definition = {
  name: "round",
  name_localizations: { ja: "回次" },
  description: "Everything recorded about one round: date, place, co-chairs, participants, topics, outcome",
  description_localizations: {
    ja: "ある回について記録されていること全て: 日時、場所、共同議長、参加機関、議題、成果",
  },
  options: [roundOption(true), privateOption, forOption],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export function execute(input: CommandInput, context: CommandContext): CommandResult {
  return answerAboutRound(input, context, { intent: "round_overview" }, "latest");
}

export const autocomplete = autocompleteRound;
