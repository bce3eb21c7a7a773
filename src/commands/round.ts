import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { Choice, Locale } from "../knowledge/answer-types.ts";
import { strings } from "./i18n.ts";
import { forOption, privateOption, resolveRound, roundOption, stringOption } from "./options.ts";
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

export function execute(input: CommandInput, { answerer }: CommandContext): CommandResult {
  const locale = input.locale ?? "en";
  const round = resolveRound(stringOption(input, "round") ?? "latest", answerer, locale);
  if (!round.ok) return { kind: "notice", text: strings(locale).unknownRound(round.value), locale };
  return {
    kind: "answer",
    answer: answerer.answerQuery({ intent: "round_overview", round: round.round }, { locale }),
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
