import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { forOption, privateOption } from "./options.ts";
import type { CommandContext, CommandInput, CommandResult } from "./types.ts";

export const definition = {
  name: "timeline",
  name_localizations: { ja: "年表" },
  description: "A picture of every round on a time axis: dates, places, co-chairs, announced-only rounds",
  description_localizations: { ja: "全ての回を時間軸に並べた図: 日付、開催地、共同議長、発表のみの回" },
  options: [privateOption, forOption],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The transport draws the picture (once per knowledge-base version) and attaches it. */
export function execute(input: CommandInput, _context: CommandContext): CommandResult {
  const locale = input.locale ?? "en";
  return { kind: "picture", locale, request: { kind: "timeline", locale } };
}
