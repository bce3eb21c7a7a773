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
