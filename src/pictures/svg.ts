/**
 * Small helpers to write SVG by hand: escaping, text elements, and a conservative estimate of how wide a
 * line of text is in Noto Sans JP (the only font the pictures use), to wrap and clip labels without
 * measuring glyphs.
 */

/** Noto Sans JP names its family "Noto Sans Japanese" (name ids 1 and 16) in the package's OpenType files. */
export const FONT_FAMILY = "Noto Sans Japanese";
const FONT_FAMILIES = `${FONT_FAMILY}, Noto Sans JP`;

export const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`);

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width of one character in em (an upper bound for Noto Sans JP's proportional Latin). */
function charEm(char: string): number {
  if (WIDE.test(char)) return 1;
  if (char === " ") return 0.26;
  if (/[il.,:;'|!()[\]·]/.test(char)) return 0.3;
  if (/[MW@%&—–~]/.test(char)) return 0.9;
  if (/[A-Z0-9#?]/.test(char)) return 0.66;
  return 0.56;
}

/** Estimated width of `text` at `size` px; `bold` text is a little wider. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * size * (bold ? 1.06 : 1);
}

/** `text` cut to fit `max` px, ending in "…" when cut. */
export function clipText(text: string, max: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= max) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && textWidth(`${chars.join("").trimEnd()}…`, size, bold) > max) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}

/**
 * Lines of at most `max` px: words are kept whole where there are spaces (Latin), Japanese breaks between
 * any two characters. At most `lines` lines; the last is clipped with "…".
 */
export function wrapText(text: string, max: number, size: number, lines = 3, bold = false): string[] {
  const tokens =
    text.match(/[^\s\u3000-\u9fff\uff00-\uffef]+\s*|[\u3000-\u9fff\uff00-\uffef]\s*|\s+/gu) ?? [];
  const out: string[] = [];
  let line = "";
  for (const token of tokens) {
    const candidate = line + token;
    if (line !== "" && textWidth(candidate.trimEnd(), size, bold) > max) {
      out.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== "") out.push(line.trimEnd());
  if (out.length <= lines) return out.map((l) => clipText(l, max, size, bold));
  const kept = out.slice(0, lines);
  kept[lines - 1] = clipText(`${kept[lines - 1]} ${out.slice(lines).join(" ")}`, max, size, bold);
  return kept;
}

export interface TextStyle {
  size: number;
  fill: string;
  weight?: 400 | 700;
  anchor?: "start" | "middle" | "end";
  italic?: boolean;
}

/** One <text> element (escaped). */
export function text(x: number, y: number, content: string, style: TextStyle): string {
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${style.size}"`,
    `fill="${style.fill}"`,
    style.weight === 700 ? `font-weight="700"` : "",
    style.anchor && style.anchor !== "start" ? `text-anchor="${style.anchor}"` : "",
    style.italic ? `font-style="italic"` : "",
  ].filter(Boolean);
  return `<text ${attrs.join(" ")}>${escapeXml(content)}</text>`;
}

export const round = (n: number): number => Math.round(n * 100) / 100;

/** The whole document: a solid card (readable on Discord's dark and light themes) holding `body`. */
export function document(
  width: number,
  height: number,
  body: string[],
  colours: { card: string; border: string },
): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILIES}">`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="14" fill="${colours.card}" stroke="${colours.border}"/>`,
    ...body,
    "</svg>",
  ].join("\n");
}
