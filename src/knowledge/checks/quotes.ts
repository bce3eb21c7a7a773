import { type Collected, type Fail, forEachEvidence, type Ids } from "./located.ts";

/**
 * Word-for-word evidence: a quote must appear in its source's stored text. Whitespace and typographic quotes
 * are normalised (and full-width forms, by NFKC); "…" or "..." in a quote joins parts that must each appear,
 * in order.
 */

/** The form both quote and source text are compared in. */
export function normaliseForQuote(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** The parts of a quote that "…" joins, each normalised; empty parts dropped. */
export function quoteParts(quote: string): string[] {
  return quote
    .split(/\s*(?:\.\.\.|…)\s*/)
    .map(normaliseForQuote)
    .filter((part) => part.length > 0);
}

/** The first part of a quote that is not in the (normalised) text, in order; undefined when all are. */
export function missingPart(quote: string, normalisedText: string): string | undefined {
  let from = 0;
  const parts = quoteParts(quote);
  if (parts.length === 0) return quote;
  for (const part of parts) {
    const at = normalisedText.indexOf(part, from);
    if (at < 0) return part;
    from = at + part.length;
  }
  return undefined;
}

/** Whether every part of `quote` appears in the (normalised) text, in order. */
export const quoteAppearsIn = (quote: string, normalisedText: string) =>
  missingPart(quote, normalisedText) === undefined;

/**
 * Every evidence quote appears word for word in its source's stored text. `texts` maps a source id to its
 * text (read by the loader from `sources/<id>.txt`); a cited source without a stored text is an error.
 */
export function checkQuotes(all: Collected, ids: Ids, texts: ReadonlyMap<string, string>, fail: Fail): void {
  const normalised = new Map<string, string>();
  const textOf = (id: string) => {
    const raw = texts.get(id);
    if (!normalised.has(id) && raw !== undefined) normalised.set(id, normaliseForQuote(raw));
    return normalised.get(id);
  };
  forEachEvidence(all, ({ evidence, file, path }) => {
    const id = evidence.source;
    const source = typeof id === "string" ? ids.sources.get(id) : undefined;
    if (!source || typeof evidence.quote !== "string") return;
    if (!source.text) {
      fail(
        file,
        [...path, "source"],
        `source "${source.id}" has no stored text ("text" in sources.json), so its quotes cannot be checked`,
      );
      return;
    }
    const text = textOf(source.id);
    if (text === undefined) return; // unreadable: reported where the text is read
    const missing = missingPart(evidence.quote, text);
    if (missing !== undefined)
      fail(
        file,
        [...path, "quote"],
        `not found word for word in ${source.text}: "${missing.length > 80 ? `${missing.slice(0, 80)}…` : missing}"`,
      );
  });
}
