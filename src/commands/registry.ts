import type { RESTPostAPIApplicationCommandsJSONBody } from "discord.js";
import * as agencies from "./agencies.ts";
import * as ask from "./ask.ts";
import * as askMessage from "./ask-message.ts";
import * as cochairs from "./cochairs.ts";
import * as help from "./help.ts";
import * as next from "./next.ts";
import * as org from "./org.ts";
import * as participation from "./participation.ts";
import * as reload from "./reload.ts";
import * as round from "./round.ts";
import * as search from "./search.ts";
import * as timeline from "./timeline.ts";
import type { MessageCommand, SlashCommand } from "./types.ts";

/** Every slash command, listed explicitly (no file-system discovery). */
export const slashCommands: readonly SlashCommand[] = [
  cochairs,
  agencies,
  next,
  round,
  org,
  ask,
  search,
  timeline,
  participation,
  help,
  reload,
];

export const messageCommands: readonly MessageCommand[] = [askMessage];

const byName = new Map(slashCommands.map((command) => [command.definition.name, command]));

export const findSlashCommand = (name: string): SlashCommand | undefined => byName.get(name);

export const findMessageCommand = (name: string): MessageCommand | undefined =>
  messageCommands.find((command) => command.definition.name === name);

/** The body of the registration PUT: every command, slash and context menu. */
export const commandDefinitions = (): RESTPostAPIApplicationCommandsJSONBody[] => [
  ...slashCommands.map((command) => command.definition),
  ...messageCommands.map((command) => command.definition),
];

/** The command /ask runs for free text (console lines, mentions, DMs). */
export const askCommand: SlashCommand = ask;
