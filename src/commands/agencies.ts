import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Side } from "../knowledge/answer-types.ts";
import {
  answerAboutRound,
  autocompleteRound,
  forOption,
  privateOption,
  roundOption,
  stringOption,
} from "./options.ts";
import type { CommandContext, CommandInput, CommandResult } from "./types.ts";

export const definition = {
  name: "agencies",
  name_localizations: { ja: "参加機関" },
  description: "Which agencies took part in a round, for one or both countries",
  description_localizations: { ja: "各回に参加した機関（日本・豪州・両方）" },
  options: [
    roundOption(false),
    {
      type: ApplicationCommandOptionType.String,
      name: "country",
      name_localizations: { ja: "国" },
      description: "Only this country's agencies",
      description_localizations: { ja: "この国の機関だけ" },
      choices: [
        { name: "Japan", name_localizations: { ja: "日本" }, value: "JP" },
        { name: "Australia", name_localizations: { ja: "オーストラリア" }, value: "AU" },
      ],
    },
    privateOption,
    forOption,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const isSide = (value: string | undefined): value is Side => value === "JP" || value === "AU";

export function execute(input: CommandInput, context: CommandContext): CommandResult {
  const country = stringOption(input, "country");
  return answerAboutRound(input, context, {
    intent: "agencies",
    side: isSide(country) ? country : undefined,
  });
}

export const autocomplete = autocompleteRound;
