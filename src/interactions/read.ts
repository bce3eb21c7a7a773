/**
 * Reading Discord's interaction payload (the JSON both the gateway and the HTTP endpoint deliver): who asked,
 * in which language, with which options, with what permissions.
 */
import {
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  InteractionType,
  PermissionFlagsBits,
} from "discord.js";
import { MAX_QUESTION_LENGTH } from "../commands/ask.ts";
import { toLocale } from "../commands/i18n.ts";
import type { OptionValue } from "../commands/types.ts";
import type { Locale } from "../knowledge/answer-types.ts";

/** Text the bot passes to the engine is bounded whatever a client sends: options, messages, partials. */
export const bounded = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);

/** The person who interacted (in a server Discord sends them inside `member`). */
export const userIdOf = (interaction: APIInteraction): string =>
  interaction.member?.user.id ?? interaction.user?.id ?? "";

/** The channel an interaction came from (a DM is its own channel). */
export const channelIdOf = (interaction: APIInteraction): string | undefined =>
  interaction.channel?.id ?? interaction.channel_id;

export const localeOf = (interaction: APIInteraction): Locale =>
  toLocale("locale" in interaction ? interaction.locale : undefined);

export const guildIdOf = (interaction: APIInteraction): string | null => interaction.guild_id ?? null;

/** The invoking member has the Administrator permission in this server (never true in DMs). */
export function isAdmin(interaction: APIInteraction): boolean {
  if (interaction.guild_id === undefined || interaction.member === undefined) return false;
  try {
    const admin = PermissionFlagsBits.Administrator;
    return (BigInt(interaction.member.permissions) & admin) === admin;
  } catch {
    return false; // a malformed permissions field grants nothing
  }
}

/** The top-level option values by name, strings cut to what a question may be. */
export function readOptions(
  options: readonly APIApplicationCommandInteractionDataOption[] | undefined,
): Record<string, OptionValue> {
  const values: Record<string, OptionValue> = {};
  for (const option of options ?? []) {
    if (!("value" in option) || option.value === undefined) continue;
    values[option.name] =
      typeof option.value === "string" ? bounded(option.value, MAX_QUESTION_LENGTH) : option.value;
  }
  return values;
}

/** The option being typed in an autocomplete interaction (its value as text). */
export function focusedOption(
  options: readonly APIApplicationCommandInteractionDataOption[] | undefined,
): { name: string; value: string } | undefined {
  for (const option of options ?? []) {
    if ("focused" in option && option.focused) return { name: option.name, value: String(option.value) };
    if ("options" in option) {
      const nested = focusedOption(option.options as APIApplicationCommandInteractionDataOption[]);
      if (nested) return nested;
    }
  }
  return undefined;
}

/** The label an interaction is logged and counted under: a command name, `component:dd:q`, or its type. */
export function commandLabel(interaction: APIInteraction): string {
  if (
    interaction.type === InteractionType.ApplicationCommand ||
    interaction.type === InteractionType.ApplicationCommandAutocomplete
  )
    return interaction.data.name;
  if (interaction.type === InteractionType.MessageComponent)
    return `component:${interaction.data.custom_id.split(":").slice(0, 2).join(":")}`;
  return `interaction:${interaction.type}`;
}
