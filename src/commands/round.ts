import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { AnswerSection, Locale } from "../knowledge/answer-types.ts";
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

/** Where to see every round at once: the pictures. */
const SEE_ALSO: Record<Locale, AnswerSection> = {
  en: {
    heading: "All rounds at a glance",
    body: "`/timeline`: every round on a time axis · `/participation`: which organisations came to which round",
  },
  ja: {
    heading: "全ての回を一目で",
    body: "`/年表`: 全ての回を時間軸に並べた図 · `/参加状況`: どの機関がどの回に参加したかの図",
  },
};

export function execute(input: CommandInput, context: CommandContext): CommandResult {
  const result = answerAboutRound(input, context, { intent: "round_overview" }, "latest");
  if (result.kind !== "answer" || result.answer.round === null) return result;
  const { answer } = result;
  return { ...result, answer: { ...answer, sections: [...answer.sections, SEE_ALSO[answer.locale]] } };
}

export const autocomplete = autocompleteRound;
