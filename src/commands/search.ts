import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { strings } from "./i18n.ts";
import { forOption, privateOption, stringOption } from "./options.ts";
import type { CommandContext, CommandInput, CommandResult } from "./types.ts";

/** Enough hits to choose from; a select menu holds at most 25. */
export const SEARCH_LIMIT = 10;

export const definition = {
  name: "search",
  name_localizations: { ja: "検索" },
  description: "Search rounds, organisations, people and topics (typos are fine)",
  description_localizations: { ja: "回・機関・人物・議題を検索（多少の綴り違いも可）" },
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "query",
      name_localizations: { ja: "検索語" },
      description: "e.g. feakin, JPCERT, capacity building",
      description_localizations: { ja: "例: フィーキン、JPCERT、能力構築" },
      required: true,
      max_length: 200,
    },
    privateOption,
    forOption,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export function execute(input: CommandInput, { answerer }: CommandContext): CommandResult {
  const locale = input.locale ?? "en";
  const text = stringOption(input, "query");
  if (text === undefined) return { kind: "notice", text: strings(locale).emptyQuestion, locale };
  return { kind: "search", text, hits: answerer.search(text, { limit: SEARCH_LIMIT, locale }), locale };
}
