import type {
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord.js";
import type {
  Answer,
  Answerer,
  AnswerSection,
  Choice,
  Locale,
  SearchHit,
  TurnContext,
} from "../knowledge/answer-types.ts";
import type { KbError } from "../knowledge/errors.ts";
import type { PictureRequest } from "../pictures/pictures.ts";
import type { ReloadCounts } from "./i18n.ts";

/** An option value as a transport read it: strings, numbers and booleans; a user option is the user's id. */
export type OptionValue = string | number | boolean;

/** What a command handler is given, whatever the transport (Discord interaction or console line). */
export interface CommandInput {
  options: Readonly<Record<string, OptionValue | undefined>>;
  /** the asker's language; undefined when unknown (free text), so the engine detects it from the words */
  locale: Locale | undefined;
  /** the asker may administer the server (Discord: the Administrator permission, checked by the transport) */
  admin?: boolean;
}

/** The result of reloading the knowledge base from its folder. */
export type ReloadOutcome =
  | { ok: true; version: number; counts: ReloadCounts }
  /** the errors, located by file and JSON path; `version` is the one still answering */
  | { ok: false; version: number; errors: KbError[] };

export interface CommandContext {
  answerer: Answerer;
  /** reloads the knowledge base (only where the transport offers it: the Discord bot) */
  reload?: () => ReloadOutcome;
  /** the asker's previous turn in this conversation: free-text questions are read in it (follow-ups) */
  turn?: TurnContext;
}

/** What a handler produces; each transport renders it (an embed in Discord, plain text in the console). */
export type CommandResult =
  | { kind: "answer"; answer: Answer }
  | { kind: "search"; text: string; hits: SearchHit[]; locale: Locale }
  | { kind: "info"; title: string; text: string; sections: AnswerSection[]; locale: Locale }
  /** a picture to draw from the knowledge base and attach (the transport renders it) */
  | { kind: "picture"; request: PictureRequest; locale: Locale }
  /** a problem with the input (an unknown round, an empty question): shown only to the asker */
  | { kind: "notice"; text: string; locale: Locale };

export interface SlashCommand {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** false: not counted by the per-user cooldown (cheap, or for administrators). Default true. */
  cooldown?: boolean;
  execute(input: CommandInput, context: CommandContext): CommandResult;
  /** choices for the focused option (at most 25) */
  autocomplete?(option: string, partial: string, locale: Locale, context: CommandContext): Choice[];
}

export interface MessageCommand {
  definition: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  /** answers the text of the chosen message */
  execute(text: string, locale: Locale, context: CommandContext): CommandResult;
}
