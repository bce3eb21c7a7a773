import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { Choice, Locale } from "../knowledge/answer-types.ts";
import { strings } from "./i18n.ts";
import { forOption, privateOption, resolveRound, roundOption, stringOption } from "./options.ts";
import type { CommandContext, CommandInput, CommandResult } from "./types.ts";

export const definition = {
  name: "cochairs",
  name_localizations: { ja: "共同議長" },
  description: "Who co-chaired a round (the latest if none is given)",
  description_localizations: { ja: "各回の共同議長（指定がなければ最新の回）" },
  options: [roundOption(false), privateOption, forOption],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export function execute(input: CommandInput, { answerer }: CommandContext): CommandResult {
  const locale = input.locale ?? "en";
  const round = resolveRound(stringOption(input, "round"), answerer, locale);
  if (!round.ok) return { kind: "notice", text: strings(locale).unknownRound(round.value), locale };
  return {
    kind: "answer",
    answer: answerer.answerQuery({ intent: "cochairs", round: round.round }, { locale }),
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
