import { ApplicationCommandOptionType } from "discord.js";
import type { Answerer, Choice, Locale, Query } from "../knowledge/answer-types.ts";
import { strings } from "./i18n.ts";
import type { CommandContext, CommandInput, CommandResult } from "./types.ts";

/** A round option: a STRING with autocomplete, so "latest", "2nd" and "第2回" can be typed as well as picked. */
export const roundOption = <const R extends boolean>(required: R) =>
  ({
    type: ApplicationCommandOptionType.String,
    name: "round",
    name_localizations: { ja: "回" },
    description: "Which round: a number, 2nd, latest… (pick from the list or type)",
    description_localizations: { ja: "どの回か: 番号、第2回、最新など（候補から選ぶか入力）" },
    required,
    autocomplete: true,
    max_length: 50,
  }) as const;

/** Every answering command has these two, last. */
export const privateOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "private",
  name_localizations: { ja: "非公開" },
  description: "Only you see the answer",
  description_localizations: { ja: "自分だけに表示する" },
} as const;

export const forOption = {
  type: ApplicationCommandOptionType.User,
  name: "for",
  name_localizations: { ja: "宛先" },
  description: "Point the answer at a colleague (mentions only them)",
  description_localizations: { ja: "回答を同僚に向ける（その人だけにメンション）" },
} as const;

export const PRESENTATION_OPTIONS: ReadonlySet<string> = new Set([privateOption.name, forOption.name]);

export function stringOption(input: CommandInput, name: string): string | undefined {
  const value = input.options[name];
  if (value === undefined) return undefined;
  const text = String(value).trim();
  return text === "" ? undefined : text;
}

export type RoundInput = { ok: true; round: number | undefined } | { ok: false; value: string };

/**
 * Reads a round as typed, whether or not it was picked from the autocomplete list:
 * "2", "2nd", "second", "latest", "第2回", "2016"… The engine decides what each form means;
 * a plain number is taken as is so an unknown round gets the engine's own "no such round" answer.
 */
export function resolveRound(value: string | undefined, answerer: Answerer, locale: Locale): RoundInput {
  if (value === undefined) return { ok: true, round: undefined };
  if (/^\d{1,9}$/.test(value)) return { ok: true, round: Number(value) };
  const round = Number(answerer.roundChoices(value, locale)[0]?.value);
  return Number.isInteger(round) && round > 0 ? { ok: true, round } : { ok: false, value };
}

/** Reads an organisation as typed: its id when picked from the list, else the best name match. */
export function resolveOrganisation(value: string, answerer: Answerer, locale: Locale): string | undefined {
  const choices = answerer.organisationChoices(value, locale);
  const exact = choices.find((choice) => choice.value === value);
  return (exact ?? choices[0])?.value;
}

/** Answers `query` about the round typed in the `round` option (or `fallback`), or explains that it can't be read. */
export function answerAboutRound(
  input: CommandInput,
  { answerer }: CommandContext,
  query: Omit<Query, "round">,
  fallback?: string,
): CommandResult {
  const locale = input.locale ?? "en";
  const round = resolveRound(stringOption(input, "round") ?? fallback, answerer, locale);
  if (!round.ok) return { kind: "notice", text: strings(locale).unknownRound(round.value), locale };
  return { kind: "answer", answer: answerer.answerQuery({ ...query, round: round.round }, { locale }) };
}

/** Autocomplete of commands whose only autocompleted option is `round`. */
export function autocompleteRound(
  _option: string,
  partial: string,
  locale: Locale,
  { answerer }: CommandContext,
): Choice[] {
  return answerer.roundChoices(partial, locale);
}
