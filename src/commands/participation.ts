import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { PictureRequest } from "../pictures/pictures.ts";
import { forOption, privateOption, stringOption } from "./options.ts";
import type { CommandContext, CommandInput, CommandResult } from "./types.ts";

export const definition = {
  name: "participation",
  name_localizations: { ja: "参加状況" },
  description: "A picture of which organisations took part in which round (attended, absent, not recorded)",
  description_localizations: { ja: "どの機関がどの回に参加したかの図（参加・不参加・記録なし）" },
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "side",
      name_localizations: { ja: "国" },
      description: "Only this country's organisations",
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

/** The transport draws the picture (once per knowledge-base version) and attaches it. */
export function execute(input: CommandInput, _context: CommandContext): CommandResult {
  const locale = input.locale ?? "en";
  const side = stringOption(input, "side");
  const request: PictureRequest = { kind: "participation", locale };
  if (side === "JP" || side === "AU") request.side = side;
  return { kind: "picture", locale, request };
}
