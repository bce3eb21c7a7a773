import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { AskOptions } from "../knowledge/answer-types.ts";
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
    {
      type: ApplicationCommandOptionType.Boolean,
      name: "short",
      name_localizations: { ja: "簡潔" },
      description: "Only the first line of the answer and one source",
      description_localizations: { ja: "回答の最初の1行と出典1件だけを表示する" },
    },
    privateOption,
    forOption,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `short` as Discord sends it (a boolean) or as typed in the console (`short:true`, `short:yes`). */
export const isShort = (value: unknown): boolean =>
  value === true || (typeof value === "string" && /^(true|yes|1|はい)$/i.test(value.trim()));

/**
 * Free text goes to the engine as is; with no locale (a mention, a DM, the console) the engine picks one.
 * The asker's previous turn, if the transport has one, is the context a follow-up is read in.
 */
export function execute(input: CommandInput, { answerer, turn }: CommandContext): CommandResult {
  const question = stringOption(input, "question");
  if (question === undefined) {
    const locale = input.locale ?? "en";
    return { kind: "notice", text: strings(locale).emptyQuestion, locale };
  }
  const options: AskOptions = {};
  if (input.locale) options.locale = input.locale;
  if (turn) options.context = turn;
  if (isShort(input.options.short)) options.short = true;
  return { kind: "answer", answer: answerer.ask(question, options) };
}
