import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { forOption, privateOption } from "./options.ts";
import type { CommandContext, CommandInput, CommandResult } from "./types.ts";

export const definition = {
  name: "next",
  name_localizations: { ja: "次回" },
  description: "What is known about the next round",
  description_localizations: { ja: "次回の協議について分かっていること" },
  options: [privateOption, forOption],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export function execute(input: CommandInput, { answerer }: CommandContext): CommandResult {
  const locale = input.locale ?? "en";
  return { kind: "answer", answer: answerer.answerQuery({ intent: "next_round" }, { locale }) };
}
