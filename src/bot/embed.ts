import type { APIEmbed, APIEmbedField } from "discord.js";
import { strings } from "../commands/i18n.ts";
import type { Answer, AnswerSection, Locale, SearchHit, SourceRef } from "../knowledge/answer-types.ts";
import { clip, truncate } from "./text.ts";

/** Discord's embed limits (characters). Over any of them the whole message is rejected with HTTP 400. */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  total: 6000,
} as const;

const COLOUR = { high: 0x1f6feb, low: 0xd29922, info: 0x57606a } as const;

/** Characters counted against the 6000 total: title, description, field names and values, footer, author. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/**
 * Applies every per-part limit, then shrinks the embed below the 6000 total: the last fields before the
 * pinned ones (sources) give way first, then the description. Never splits a character, and leaves no
 * live mention in any text.
 */
export function fitEmbed(embed: APIEmbed, pinnedFields = 0): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = clip(embed.title, EMBED_LIMITS.title, "…");
  if (embed.description !== undefined)
    fitted.description = clip(embed.description, EMBED_LIMITS.description, "…");
  if (embed.footer)
    fitted.footer = { ...embed.footer, text: clip(embed.footer.text, EMBED_LIMITS.footer, "…") };
  if (embed.author)
    fitted.author = { ...embed.author, name: clip(embed.author.name, EMBED_LIMITS.author, "…") };
  let over = embedLength(fitted) - EMBED_LIMITS.total;
  if (embed.fields) {
    const all = embed.fields.map((field) => ({
      ...field,
      name: clip(field.name, EMBED_LIMITS.fieldName),
      value: clip(field.value, EMBED_LIMITS.fieldValue),
    }));
    const pinned = pinnedFields > 0 ? all.slice(-pinnedFields) : [];
    const free = all.slice(0, all.length - pinned.length).slice(0, EMBED_LIMITS.fields - pinned.length);
    fitted.fields = [...free, ...pinned];
    over = embedLength(fitted) - EMBED_LIMITS.total;
    while (over > 0 && free.length > 0) {
      const last = free.at(-1) as APIEmbedField;
      const keep = last.value.length - over;
      if (keep >= 40) {
        free[free.length - 1] = { ...last, value: truncate(last.value, keep) };
      } else {
        free.pop();
      }
      fitted.fields = [...free, ...pinned];
      over = embedLength(fitted) - EMBED_LIMITS.total;
    }
  }
  // Still too long (a long footer or title): the description, then the footer, give way.
  if (over > 0 && fitted.description) {
    fitted.description = truncate(fitted.description, Math.max(0, fitted.description.length - over));
    if (fitted.description.trim() === "") delete fitted.description;
    over = embedLength(fitted) - EMBED_LIMITS.total;
  }
  if (over > 0 && fitted.footer) {
    const keep = fitted.footer.text.length - over;
    fitted.footer = { ...fitted.footer, text: keep > 0 ? truncate(fitted.footer.text, keep) : "…" };
  }
  return fitted;
}

const escapeLinkText = (text: string) => text.replace(/([[\]\\])/g, "\\$1");
const escapeUrl = (url: string) =>
  url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);

/** The "Sources" field: one masked link a source, as many as fit, then "…and N more". */
export function sourcesField(sources: readonly SourceRef[], locale: Locale): APIEmbedField {
  const t = strings(locale);
  if (sources.length === 0) return { name: t.sources, value: t.noSources };
  const lines: string[] = [];
  for (const [index, source] of sources.entries()) {
    const title = escapeLinkText(truncate(source.title, 200));
    // Only web addresses become links; anything else (a local file) is named without one.
    const linked = /^https?:\/\//i.test(source.url) ? `[${title}](${escapeUrl(source.url)})` : title;
    const line = `• ${linked} (${escapeLinkText(source.publisher)})`;
    const rest = sources.length - index - 1;
    const tail = rest > 0 ? `\n${t.moreSources(rest)}` : "";
    const candidate = [...lines, line].join("\n");
    if (candidate.length + tail.length > EMBED_LIMITS.fieldValue) {
      lines.push(t.moreSources(sources.length - index));
      break;
    }
    lines.push(line);
  }
  return { name: t.sources, value: lines.join("\n") };
}

const sectionFields = (sections: readonly AnswerSection[]): APIEmbedField[] =>
  sections.map((section) => ({ name: section.heading, value: section.body }));

export function answerEmbed(answer: Answer, options: { showQuestion?: boolean } = {}): APIEmbed {
  const embed: APIEmbed = {
    title: answer.title,
    color: answer.confidence === "high" ? COLOUR.high : COLOUR.low,
    fields: [...sectionFields(answer.sections), sourcesField(answer.sources, answer.locale)],
  };
  if (answer.text) embed.description = answer.text;
  if (options.showQuestion && answer.question) {
    embed.footer = { text: strings(answer.locale).askedBy(answer.question) };
  }
  return fitEmbed(embed, 1);
}

export function infoEmbed(info: {
  title: string;
  text: string;
  sections: readonly AnswerSection[];
}): APIEmbed {
  return fitEmbed({
    title: info.title,
    description: info.text,
    color: COLOUR.info,
    fields: sectionFields(info.sections),
  });
}

export function searchEmbed(text: string, hits: readonly SearchHit[], locale: Locale): APIEmbed {
  const t = strings(locale);
  const description =
    hits.length === 0
      ? t.noHits(text)
      : [
          t.hitsIntro(hits.length),
          "",
          ...hits.map((hit, i) => `**${i + 1}. ${hit.label}**: ${hit.detail}`),
        ].join("\n");
  return fitEmbed({ title: t.searchTitle(text), description, color: COLOUR.info });
}
