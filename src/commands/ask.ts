import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { strings } from "./i18n.ts";
import { forOption, privateOption, stringOption } from "./options.ts";
import type { CommandContext, CommandInput, CommandResult } from "./types.ts";

/** The longest question Discord accepts in /ask; free text (mentions, DMs, context menu) is cut to it too. */
export const MAX_QUESTION_LENGTH = 500;

export const definition = {
  name: "ask",
  name_localizations: { ja: "質問" },
  description: "Ask a question about the dialogue in your own words (English or Japanese)",
  description_localizations: { ja: "協議について自由に質問する（日本語・英語）" },
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "question",
      name_localizations: { ja: "質問" },
      description: "e.g. who co-chaired the 2nd round?",
      description_localizations: { ja: "例: 第2回の共同議長は誰？" },
      required: true,
      max_length: MAX_QUESTION_LENGTH,
    },
    privateOption,
    forOption,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Free text goes to the engine as is; with no locale (a mention, a DM, the console) the engine picks one. */
export function execute(input: CommandInput, { answerer }: CommandContext): CommandResult {
  const question = stringOption(input, "question");
  if (question === undefined) {
    const locale = input.locale ?? "en";
    return { kind: "notice", text: strings(locale).emptyQuestion, locale };
  }
  const answer = answerer.ask(question, input.locale ? { locale: input.locale } : {});
  return { kind: "answer", answer };
}
