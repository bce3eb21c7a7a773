import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from "discord.js";
import type { Locale } from "../knowledge/answer-types.ts";
import { strings } from "./i18n.ts";
import type { CommandContext, CommandResult } from "./types.ts";

/** Message context-menu command: right-click a message → Apps → Ask Dialogue Desk. */
export const definition = {
  type: ApplicationCommandType.Message,
  name: "Ask Dialogue Desk",
  name_localizations: { ja: "Dialogue Deskに質問" },
} as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

export function execute(text: string, locale: Locale, { answerer }: CommandContext): CommandResult {
  const question = text.trim();
  if (question === "") return { kind: "notice", text: strings(locale).emptyMessage, locale };
  return { kind: "answer", answer: answerer.ask(question, { locale }) };
}
