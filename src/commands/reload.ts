import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { formatKbError } from "../knowledge/errors.ts";
import { strings } from "./i18n.ts";
import type { CommandContext, CommandInput, CommandResult } from "./types.ts";

/** Errors listed in the reply; the log has every one. */
export const MAX_LISTED_ERRORS = 8;
/** Each listed error is cut to this many characters, so the reply stays far below Discord's 2000. */
const MAX_ERROR_CHARS = 180;

/**
 * Administrators only: Discord shows it to members with the Administrator permission ("8") in servers, never
 * in DMs; the handler checks the member's permissions again (a server can override who sees a command).
 */
export const definition = {
  name: "reload",
  name_localizations: { ja: "再読み込み" },
  description: "Reload the knowledge base from its data folder (administrators only)",
  description_localizations: { ja: "データフォルダから知識ベースを再読み込み（管理者のみ）" },
  default_member_permissions: "8",
  dm_permission: false,
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Not counted by the cooldown: administrators only, and cheap to refuse. */
export const cooldown = false;

const cut = (text: string) =>
  text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS - 1)}…` : text;

export function execute(input: CommandInput, context: CommandContext): CommandResult {
  const locale = input.locale ?? "en";
  const t = strings(locale);
  if (!context.reload) return { kind: "notice", text: t.reloadUnavailable, locale };
  if (input.admin !== true) return { kind: "notice", text: t.adminOnly, locale };
  const outcome = context.reload();
  if (outcome.ok) return { kind: "notice", text: t.reloaded(outcome.counts, outcome.version), locale };
  const listed = outcome.errors.slice(0, MAX_LISTED_ERRORS).map((error) => `• ${cut(formatKbError(error))}`);
  const more = outcome.errors.length - listed.length;
  const lines = [t.reloadFailed(outcome.errors.length, outcome.version), ...listed];
  if (more > 0) lines.push(t.moreErrors(more));
  return { kind: "notice", text: lines.join("\n"), locale };
}
