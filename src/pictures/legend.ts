import { text, textWidth } from "./svg.ts";
import { THEME } from "./theme.ts";

export interface LegendItem {
  /** draws the item's swatch in a 24 × 20 box at (x, y) */
  swatch: (x: number, y: number) => string;
  label: string;
}

/** Legend items flowing left to right in rows within `width`; returns the SVG and the height it took. */
export function legend(
  items: LegendItem[],
  x0: number,
  y0: number,
  width: number,
): { svg: string; height: number } {
  const parts: string[] = [];
  const rowHeight = 28;
  let x = x0;
  let y = y0;
  for (const item of items) {
    const w = 32 + textWidth(item.label, 14) + 26;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += rowHeight;
    }
    parts.push(item.swatch(x, y), text(x + 32, y + 15, item.label, { size: 14, fill: THEME.text }));
    x += w;
  }
  return { svg: parts.join("\n"), height: y - y0 + rowHeight };
}
