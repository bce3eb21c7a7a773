const ELLIPSIS = "…";
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Shortens text to at most `max` UTF-16 code units (what Discord's limits count), ending with "…".
 * Cuts on a grapheme boundary, so a surrogate pair, an emoji sequence or a combining mark is never split.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  const room = max - ELLIPSIS.length;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > room) break;
    end = index + segment.length;
  }
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/**
 * Takes the sting out of mention syntax in text the bot posts: `@everyone`, `@here`, `<@user>`, `<@!user>`,
 * `<@&role>` and `<#channel>` get a zero-width space, so Discord shows them as text, never as a live
 * mention (on top of `allowed_mentions: { parse: [] }`, which stops the ping itself).
 */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, "@\u200b$1").replace(/<([@#])/g, "<$1\u200b");
}

/** A live mention: what {@link defuseMentions} leaves none of. */
export const LIVE_MENTION = /@(?:everyone|here)|<@[!&]?\d+>|<#\d+>/i;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 controls except tab and newline, and DEL: Discord shows them as nothing or rejects them
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/**
 * Text as the bot may post it, whatever it came from (an echoed question, a data file): no lone surrogate
 * (each becomes U+FFFD, so lengths do not change), no control character but tab and newline, no live mention.
 */
export function postable(text: string): string {
  return defuseMentions(text.replace(LONE_SURROGATE, "\uFFFD").replace(CONTROL, ""));
}

/**
 * {@link postable} text cut to `max` code units; `fallback` when nothing visible is left (Discord rejects a
 * blank field, option label or button label).
 */
export function clip(text: string, max: number, fallback = "\u200b"): string {
  const clipped = truncate(postable(text), max);
  return clipped.trim() === "" ? fallback.slice(0, max) : clipped;
}
