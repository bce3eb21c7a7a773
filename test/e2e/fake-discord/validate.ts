/**
 * The Discord limits a bot most often trips over, answered the way Discord does:
 * 400 `{code: 50035, message: "Invalid Form Body", errors: {...}}` (error codes approximate Discord's).
 */
import type { APIEmbed } from "discord.js";
import type { CallbackData, MessageBody } from "./types.ts";

export interface FormError {
  path: Array<string | number>;
  code: string;
  message: string;
}

export interface ApiErrorBody {
  code: number;
  message: string;
  errors?: Record<string, unknown>;
}

export function formErrorBody(errors: FormError[]): ApiErrorBody {
  const root: Record<string, unknown> = {};
  for (const error of errors) {
    let node = root;
    for (const key of error.path) {
      node[String(key)] ??= {};
      node = node[String(key)] as Record<string, unknown>;
    }
    const list = (node._errors ?? []) as Array<{ code: string; message: string }>;
    list.push({ code: error.code, message: error.message });
    node._errors = list;
  }
  return { code: 50035, message: "Invalid Form Body", errors: root };
}

export function maxLengthError(
  errors: FormError[],
  path: FormError["path"],
  value: unknown,
  max: number,
  min = 0,
): void {
  if (value === undefined || value === null) return;
  const length = typeof value === "string" || Array.isArray(value) ? value.length : 0;
  if (length > max || length < min) {
    errors.push({
      path,
      code: min > 0 ? "BASE_TYPE_BAD_LENGTH" : "BASE_TYPE_MAX_LENGTH",
      message:
        min > 0 ? `Must be between ${min} and ${max} in length.` : `Must be ${max} or fewer in length.`,
    });
  }
}

function embedErrors(errors: FormError[], embed: APIEmbed, index: number): number {
  const at = (...rest: Array<string | number>) => ["embeds", index, ...rest];
  maxLengthError(errors, at("title"), embed.title, 256);
  maxLengthError(errors, at("description"), embed.description, 4096);
  maxLengthError(errors, at("footer", "text"), embed.footer?.text, 2048);
  maxLengthError(errors, at("author", "name"), embed.author?.name, 256);
  maxLengthError(errors, at("fields"), embed.fields, 25);
  let size = (embed.title ?? "").length + (embed.description ?? "").length;
  size += (embed.footer?.text ?? "").length + (embed.author?.name ?? "").length;
  for (const [i, field] of (embed.fields ?? []).entries()) {
    maxLengthError(errors, at("fields", i, "name"), field.name ?? "", 256, 1);
    maxLengthError(errors, at("fields", i, "value"), field.value ?? "", 1024, 1);
    size += (field.name ?? "").length + (field.value ?? "").length;
  }
  if (embed.color !== undefined && (embed.color < 0 || embed.color > 0xffffff)) {
    errors.push({ path: at("color"), code: "NUMBER_TYPE_MAX", message: "int value should be <= 16777215." });
  }
  return size;
}

interface LooseComponent {
  type?: number;
  style?: number;
  custom_id?: string;
  label?: string;
  url?: string;
  placeholder?: string;
  options?: Array<{ label?: string; value?: string; description?: string }>;
  components?: LooseComponent[];
}

function componentErrors(errors: FormError[], rows: LooseComponent[]): void {
  maxLengthError(errors, ["components"], rows, 5);
  const seen = new Set<string>();
  for (const [r, row] of rows.entries()) {
    const children = row.components ?? [];
    if (row.type !== 1) continue;
    maxLengthError(errors, ["components", r, "components"], children, 5, 1);
    for (const [c, child] of children.entries()) {
      const at = (...rest: Array<string | number>) => ["components", r, "components", c, ...rest];
      maxLengthError(errors, at("custom_id"), child.custom_id, 100);
      if (child.custom_id !== undefined) {
        if (seen.has(child.custom_id)) {
          errors.push({
            path: at("custom_id"),
            code: "COMPONENT_CUSTOM_ID_DUPLICATED",
            message: "Component custom id cannot be duplicated",
          });
        }
        seen.add(child.custom_id);
      }
      if (child.type === 2) {
        maxLengthError(errors, at("label"), child.label, 80);
        if (child.style === 5 ? !child.url : child.style !== 6 && !child.custom_id) {
          errors.push({
            path: at(),
            code: "BUTTON_COMPONENT_INVALID",
            message: "Button needs a custom_id or a url",
          });
        }
      } else {
        if (children.length > 1) {
          errors.push({
            path: ["components", r, "components"],
            code: "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
            message: "The specified component exceeds the maximum width",
          });
        }
        maxLengthError(errors, at("placeholder"), child.placeholder, 150);
        if (child.type === 3) maxLengthError(errors, at("options"), child.options ?? [], 25, 1);
        for (const [o, option] of (child.options ?? []).entries()) {
          maxLengthError(errors, at("options", o, "label"), option.label ?? "", 100, 1);
          maxLengthError(errors, at("options", o, "value"), option.value ?? "", 100, 1);
          maxLengthError(errors, at("options", o, "description"), option.description, 100);
        }
      }
    }
  }
}

/** Form errors of a message body (create or edit). */
export function messageErrors(body: MessageBody): FormError[] {
  const errors: FormError[] = [];
  maxLengthError(errors, ["content"], body.content, 2000);
  const embeds = body.embeds ?? [];
  maxLengthError(errors, ["embeds"], embeds, 10);
  const total = embeds.reduce((sum, embed, i) => sum + embedErrors(errors, embed, i), 0);
  if (total > 6000) {
    errors.push({
      path: ["embeds"],
      code: "BASE_TYPE_MAX_LENGTH",
      message: "Embed size exceeds maximum size of 6000",
    });
  }
  const isComponentsV2 = ((body.flags ?? 0) & (1 << 15)) !== 0;
  if (!isComponentsV2) componentErrors(errors, (body.components ?? []) as LooseComponent[]);
  const mentions = body.allowed_mentions;
  if (mentions?.parse?.includes("users" as never) && (mentions.users?.length ?? 0) > 0) {
    errors.push({
      path: ["allowed_mentions"],
      code: "ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
      message: 'parse:["users"] and users: [ids] are mutually exclusive.',
    });
  }
  return errors;
}

/** True when a new message would have nothing to show (Discord answers 50006). */
export function isEmptyMessage(body: MessageBody, fileCount: number): boolean {
  return (
    !(body.content ?? "").trim() &&
    (body.embeds ?? []).length === 0 &&
    (body.components ?? []).length === 0 &&
    (body.sticker_ids ?? []).length === 0 &&
    !body.poll &&
    fileCount === 0
  );
}

export function autocompleteErrors(data: CallbackData | undefined): FormError[] {
  const errors: FormError[] = [];
  const choices = data?.choices ?? [];
  maxLengthError(errors, ["data", "choices"], choices, 25);
  for (const [i, choice] of choices.entries()) {
    maxLengthError(errors, ["data", "choices", i, "name"], choice.name ?? "", 100, 1);
    if (typeof choice.value === "string")
      maxLengthError(errors, ["data", "choices", i, "value"], choice.value, 100);
  }
  return errors;
}

export function modalErrors(data: CallbackData | undefined): FormError[] {
  const errors: FormError[] = [];
  maxLengthError(errors, ["data", "custom_id"], data?.custom_id ?? "", 100, 1);
  maxLengthError(errors, ["data", "title"], data?.title ?? "", 45, 1);
  maxLengthError(errors, ["data", "components"], data?.components ?? [], 5, 1);
  return errors;
}
