import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APISelectMenuOption,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from "discord.js";
import { strings } from "../commands/i18n.ts";
import type { CommandResult } from "../commands/types.ts";
import type { Answer, Locale, SearchHit, TurnContext } from "../knowledge/answer-types.ts";
import type { Picture } from "../pictures/pictures.ts";
import { encodeQuery, openCustomId, queryCustomId } from "./custom-id.ts";
import { answerEmbed, infoEmbed, searchEmbed } from "./embed.ts";
import { clip } from "./text.ts";
import { answerDeleteId } from "./turn-code.ts";

/** Discord's limit on a message's content (characters). */
export const MAX_CONTENT = 2000;
/** At most 5 buttons fit in a row: the "did you mean" readings offered. */
export const MAX_SUGGESTIONS = 5;
/** A select menu holds at most 25 options. */
export const MAX_MENU_OPTIONS = 25;

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** Who may ping whom: nobody, or exactly the colleague an answer is pointed at. */
export interface AllowedMentions {
  parse: [];
  users?: string[];
  repliedUser?: boolean;
}

export const NO_MENTIONS = { parse: [] } as const satisfies AllowedMentions;

/** A reply as discord.js takes it (plain JSON embeds and components), for interactions and messages alike. */
export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
  components: ActionRow[];
  flags?: MessageFlags.Ephemeral;
  allowedMentions: AllowedMentions;
  /** attachments (a picture), each with its description: the alt text Discord shows and reads out */
  files?: { attachment: Buffer; name: string; description: string }[];
}

export interface ReplyOptions {
  /** the person who asked: owner of the delete button and of the "did you mean" buttons */
  owner: string | undefined;
  /** only the asker sees it */
  ephemeral: boolean;
  /** a colleague the answer is pointed at: mentioned, and the only one who may be */
  forUser?: string | undefined;
  /** put the question in the footer (context menu: the question is someone else's message) */
  showQuestion?: boolean;
  /** the drawn picture of a "picture" result */
  picture?: Picture | undefined;
}

const row = (components: APIComponentInMessageActionRow[]): ActionRow => ({
  type: ComponentType.ActionRow,
  components,
});

function suggestionRow(answer: Answer, owner: string | undefined): ActionRow | undefined {
  if (answer.confidence !== "low") return undefined;
  const buttons: APIButtonComponentWithCustomId[] = [];
  const seen = new Set<string>();
  for (const suggestion of answer.suggestions) {
    const customId = queryCustomId(suggestion.query, owner);
    if (customId === undefined || seen.has(customId)) continue;
    seen.add(customId);
    buttons.push({
      type: ComponentType.Button,
      style: buttons.length === 0 ? ButtonStyle.Primary : ButtonStyle.Secondary,
      label: clip(suggestion.label, 80, "…"),
      custom_id: customId,
    });
    if (buttons.length === MAX_SUGGESTIONS) break;
  }
  return buttons.length > 0 ? row(buttons) : undefined;
}

function searchMenu(
  hits: readonly SearchHit[],
  owner: string | undefined,
  locale: Locale,
): ActionRow | undefined {
  const options: APISelectMenuOption[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    const value = encodeQuery(hit.query);
    if (value === undefined || seen.has(value)) continue;
    seen.add(value);
    const option: APISelectMenuOption = { label: clip(hit.label, 100, clip(hit.id, 100, "…")), value };
    if (hit.detail.trim()) option.description = clip(hit.detail, 100, "…");
    options.push(option);
    if (options.length === MAX_MENU_OPTIONS) break;
  }
  if (options.length === 0) return undefined;
  return row([
    {
      type: ComponentType.StringSelect,
      custom_id: openCustomId(owner),
      placeholder: strings(locale).openHit,
      options,
    },
  ]);
}

/** The delete button; it also carries the answer's follow-up context, read when someone replies to the answer. */
const deleteRow = (owner: string | undefined, locale: Locale, context?: TurnContext): ActionRow =>
  row([
    {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: strings(locale).delete,
      emoji: { name: "🗑️" },
      custom_id: answerDeleteId(owner, context),
    },
  ]);

function localeOf(result: CommandResult): Locale {
  return result.kind === "answer" ? result.answer.locale : result.locale;
}

/** Renders a command's result as a Discord reply: embed, "did you mean" buttons, search menu, delete button. */
export function renderReply(result: CommandResult, options: ReplyOptions): DiscordReply {
  const locale = localeOf(result);
  const t = strings(locale);
  if (result.kind === "notice") return noticeReply(result.text);
  if (result.kind === "picture") return pictureReply(options, locale);
  const content: string[] = [];
  const components: ActionRow[] = [];
  let embed: APIEmbed;
  if (result.kind === "answer") {
    embed = answerEmbed(result.answer, { showQuestion: options.showQuestion ?? false });
    const suggestions = suggestionRow(result.answer, options.owner);
    if (suggestions) {
      content.push(`**${t.didYouMean}**`);
      components.push(suggestions);
    }
  } else if (result.kind === "search") {
    embed = searchEmbed(result.text, result.hits, locale);
    const menu = searchMenu(result.hits, options.owner, locale);
    if (menu) components.push(menu);
  } else {
    embed = infoEmbed(result);
  }
  if (!options.ephemeral) {
    const context = result.kind === "answer" ? result.answer.context : undefined;
    components.push(deleteRow(options.owner, locale, context));
  }
  const pointAt = options.forUser !== undefined && !options.ephemeral ? options.forUser : undefined;
  if (pointAt !== undefined) content.unshift(t.forUser(`<@${pointAt}>`));
  const reply: DiscordReply = {
    embeds: [embed],
    components,
    allowedMentions: pointAt !== undefined ? { parse: [], users: [pointAt] } : NO_MENTIONS,
  };
  if (content.length > 0) reply.content = content.join("\n");
  if (options.ephemeral) reply.flags = MessageFlags.Ephemeral;
  return reply;
}

/** A picture as an attachment with its alt text, under its title; no embed, so Discord shows it large. */
function pictureReply(options: ReplyOptions, locale: Locale): DiscordReply {
  const { picture } = options;
  if (!picture) return noticeReply(strings(locale).error("picture"));
  const pointAt = options.forUser !== undefined && !options.ephemeral ? options.forUser : undefined;
  const content = [`**${clip(picture.title, 200, "…")}**`];
  if (pointAt !== undefined) content.unshift(strings(locale).forUser(`<@${pointAt}>`));
  const reply: DiscordReply = {
    content: content.join("\n"),
    embeds: [],
    components: options.ephemeral ? [] : [deleteRow(options.owner, locale)],
    allowedMentions: pointAt !== undefined ? { parse: [], users: [pointAt] } : NO_MENTIONS,
    files: [{ attachment: picture.png, name: picture.name, description: picture.description }],
  };
  if (options.ephemeral) reply.flags = MessageFlags.Ephemeral;
  return reply;
}

/** A short private message (stale button, not yours, error with reference). */
export const noticeReply = (text: string): DiscordReply => ({
  content: clip(text, MAX_CONTENT, "…"),
  embeds: [],
  components: [],
  flags: MessageFlags.Ephemeral,
  allowedMentions: NO_MENTIONS,
});
