import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Choice, Locale, Side } from "../knowledge/answer-types.ts";
import { strings } from "./i18n.ts";
import { forOption, privateOption, resolveRound, roundOption, stringOption } from "./options.ts";
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

export function execute(input: CommandInput, { answerer }: CommandContext): CommandResult {
  const locale = input.locale ?? "en";
  const round = resolveRound(stringOption(input, "round"), answerer, locale);
  if (!round.ok) return { kind: "notice", text: strings(locale).unknownRound(round.value), locale };
  const country = stringOption(input, "country");
  const side = isSide(country) ? country : undefined;
  return {
    kind: "answer",
    answer: answerer.answerQuery({ intent: "agencies", round: round.round, side }, { locale }),
  };
}

export function autocomplete(
  _option: string,
  partial: string,
  locale: Locale,
  { answerer }: CommandContext,
): Choice[] {
  return answerer.roundChoices(partial, locale);
}
