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
} from "../knowledge/answer-types.ts";

/** An option value as a transport read it: strings, numbers and booleans; a user option is the user's id. */
export type OptionValue = string | number | boolean;

/** What a command handler is given, whatever the transport (Discord interaction or console line). */
export interface CommandInput {
  options: Readonly<Record<string, OptionValue | undefined>>;
  /** the asker's language; undefined when unknown (free text), so the engine detects it from the words */
  locale: Locale | undefined;
}

export interface CommandContext {
  answerer: Answerer;
}

/** What a handler produces; each transport renders it (an embed in Discord, plain text in the console). */
export type CommandResult =
  | { kind: "answer"; answer: Answer }
  | { kind: "search"; text: string; hits: SearchHit[]; locale: Locale }
  | { kind: "info"; title: string; text: string; sections: AnswerSection[]; locale: Locale }
  /** a problem with the input (an unknown round, an empty question): shown only to the asker */
  | { kind: "notice"; text: string; locale: Locale };

export interface SlashCommand {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(input: CommandInput, context: CommandContext): CommandResult;
  /** choices for the focused option (at most 25) */
  autocomplete?(option: string, partial: string, locale: Locale, context: CommandContext): Choice[];
}

export interface MessageCommand {
  definition: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  /** answers the text of the chosen message */
  execute(text: string, locale: Locale, context: CommandContext): CommandResult;
}
