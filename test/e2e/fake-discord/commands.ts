/** Application command registration (PUT/POST/GET), with the validation Discord applies to names and limits. */
import type { APIApplicationCommand, APIApplicationCommandOption } from "discord.js";
import { type FormError, maxLengthError } from "./validate.ts";
import { snowflake } from "./world.ts";

export const LOCALES = new Set(
  "id da de en-GB en-US es-ES es-419 fr hr it lt hu nl no pl pt-BR ro fi sv-SE vi tr cs el bg ru uk hi th zh-CN ja zh-TW ko".split(
    " ",
  ),
);

const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** The loose shape of a command body as sent by the bot. */
export interface CommandBody {
  name?: string;
  type?: number;
  description?: string;
  options?: OptionBody[];
  name_localizations?: Record<string, string | null> | null;
  description_localizations?: Record<string, string | null> | null;
  [key: string]: unknown;
}

interface OptionBody extends CommandBody {
  required?: boolean;
  autocomplete?: boolean;
  choices?: Array<{
    name?: string;
    value?: string | number;
    name_localizations?: Record<string, string> | null;
  }>;
  min_length?: number;
  max_length?: number;
}

function nameErrors(errors: FormError[], path: FormError["path"], name: unknown, chatInput: boolean): void {
  const ok =
    typeof name === "string" &&
    (chatInput
      ? CHAT_INPUT_NAME.test(name) && name === name.toLowerCase()
      : name.length >= 1 && name.length <= 32);
  if (!ok) {
    errors.push({
      path,
      code: "APPLICATION_COMMAND_INVALID_NAME",
      message: `Command name is invalid: ${String(name)}`,
    });
  }
}

function localizationErrors(
  errors: FormError[],
  path: FormError["path"],
  map: Record<string, string | null> | null | undefined,
  check: (path: FormError["path"], value: string) => void,
): void {
  for (const [locale, value] of Object.entries(map ?? {})) {
    if (!LOCALES.has(locale)) {
      errors.push({
        path: [...path, locale],
        code: "ENUM_TYPE_COERCE",
        message: `Value "${locale}" is not a valid enum value.`,
      });
    } else if (value !== null) check([...path, locale], value);
  }
}

function describedErrors(
  errors: FormError[],
  path: FormError["path"],
  item: CommandBody,
  chatInput: boolean,
): void {
  nameErrors(errors, [...path, "name"], item.name, chatInput);
  localizationErrors(errors, [...path, "name_localizations"], item.name_localizations, (p, v) =>
    nameErrors(errors, p, v, chatInput),
  );
  if (chatInput) {
    maxLengthError(errors, [...path, "description"], item.description ?? "", 100, 1);
    localizationErrors(
      errors,
      [...path, "description_localizations"],
      item.description_localizations,
      (p, v) => maxLengthError(errors, p, v, 100, 1),
    );
  } else if (item.description) {
    errors.push({
      path: [...path, "description"],
      code: "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION",
      message: "Context menu commands cannot have description",
    });
  }
}

function optionListErrors(errors: FormError[], path: FormError["path"], options: OptionBody[]): void {
  maxLengthError(errors, path, options, 25);
  const names = new Set<string>();
  let optionalSeen = false;
  for (const [i, option] of options.entries()) {
    const at: FormError["path"] = [...path, i];
    describedErrors(errors, at, option, true);
    if (option.name && names.has(option.name)) {
      errors.push({
        path: [...at, "name"],
        code: "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
        message: "Option names must be unique",
      });
    }
    names.add(option.name ?? "");
    if (option.type === 1 || option.type === 2) {
      optionListErrors(errors, [...at, "options"], option.options ?? []);
      continue;
    }
    if (option.required) {
      if (optionalSeen) {
        errors.push({
          path: [...at, "required"],
          code: "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
          message: "Required options must be placed before non-required options",
        });
      }
    } else optionalSeen = true;
    if (option.autocomplete && option.choices?.length) {
      errors.push({
        path: [...at, "autocomplete"],
        code: "AUTOCOMPLETE_CHOICES",
        message: "Autocomplete cannot be used with choices",
      });
    }
    maxLengthError(errors, [...at, "choices"], option.choices, 25);
    for (const [c, choice] of (option.choices ?? []).entries()) {
      maxLengthError(errors, [...at, "choices", c, "name"], choice.name ?? "", 100, 1);
      if (typeof choice.value === "string")
        maxLengthError(errors, [...at, "choices", c, "value"], choice.value, 100);
    }
  }
}

export function commandErrors(body: CommandBody, path: FormError["path"] = []): FormError[] {
  const errors: FormError[] = [];
  const chatInput = (body.type ?? 1) === 1;
  describedErrors(errors, path, body, chatInput);
  if (chatInput) optionListErrors(errors, [...path, "options"], body.options ?? []);
  return errors;
}

/** Global and per-guild command lists; ids survive re-registration of the same name and type. */
export class CommandStore {
  readonly #lists = new Map<string, APIApplicationCommand[]>();

  constructor(private readonly applicationId: string) {}

  list(guildId: string | null): APIApplicationCommand[] {
    return this.#lists.get(guildId ?? "global") ?? [];
  }

  /** Registered command by name and type: the guild's first, then global. */
  find(name: string, type: number, guildId: string | null): APIApplicationCommand | undefined {
    const match = (c: APIApplicationCommand) => c.name === name && c.type === type;
    return (guildId ? this.list(guildId).find(match) : undefined) ?? this.list(null).find(match);
  }

  /** Validates and stores; returns form errors or the stored commands. */
  put(
    guildId: string | null,
    bodies: CommandBody[],
  ): { errors: FormError[] } | { commands: APIApplicationCommand[] } {
    const errors = bodies.flatMap((body, i) => commandErrors(body, [i]));
    const keys = bodies.map((b) => `${b.type ?? 1}:${b.name}`);
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) {
        errors.push({
          path: [i, "name"],
          code: "APPLICATION_COMMANDS_DUPLICATE_NAME",
          message: "Application command names must be unique",
        });
      }
    });
    if (errors.length > 0) return { errors };
    const previous = this.list(guildId);
    const commands = bodies.map((body) => this.#toCommand(body, guildId, previous));
    this.#lists.set(guildId ?? "global", commands);
    return { commands };
  }

  /** POST: create or overwrite one command. */
  upsert(
    guildId: string | null,
    body: CommandBody,
  ): { errors: FormError[] } | { command: APIApplicationCommand } {
    const errors = commandErrors(body);
    if (errors.length > 0) return { errors };
    const previous = this.list(guildId);
    const command = this.#toCommand(body, guildId, previous);
    this.#lists.set(guildId ?? "global", [...previous.filter((c) => c.id !== command.id), command]);
    return { command };
  }

  #toCommand(
    body: CommandBody,
    guildId: string | null,
    previous: APIApplicationCommand[],
  ): APIApplicationCommand {
    const type = body.type ?? 1;
    const existing = previous.find((c) => c.name === body.name && c.type === type);
    const command = {
      default_member_permissions: null,
      nsfw: false,
      contexts: null,
      integration_types: [0],
      ...body,
      id: existing?.id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type,
      name: body.name ?? "",
      description: body.description ?? "",
      options: body.options as APIApplicationCommandOption[] | undefined,
      ...(guildId ? { guild_id: guildId } : {}),
    };
    return command as APIApplicationCommand;
  }
}
