/**
 * Colours of the pictures: a solid light card with dark text reads the same on Discord's dark and light
 * themes. Status colours differ in lightness as well as hue, and each has its own mark, so they stay
 * apart for colour-blind readers and in greyscale.
 */

export const THEME = {
  card: "#ffffff",
  border: "#d0d7de",
  text: "#1f2328",
  muted: "#59636e",
  faint: "#8c959f",
  rule: "#d8dee4",
  band: "#f6f8fa",
  accent: "#0969da",
  japan: "#bc002d",
  australia: "#00247d",
  warn: "#9a6700",
} as const;

/** How a cell of the participation matrix is drawn: one per attendance status the legend explains. */
export const CELL_KINDS = ["attended", "partial", "indirect", "absent", "unknown"] as const;
export type CellKind = (typeof CELL_KINDS)[number];

export interface CellStyle {
  fill: string;
  /** colour of the mark drawn in the cell */
  ink: string;
  mark: "check" | "check-outline" | "ring" | "cross" | "dot";
}

export const CELL_STYLE: Record<CellKind, CellStyle> = {
  attended: { fill: "#1f883d", ink: "#ffffff", mark: "check" },
  partial: { fill: "#aee5bd", ink: "#116329", mark: "check-outline" },
  indirect: { fill: "#b6d8ff", ink: "#0550ae", mark: "ring" },
  absent: { fill: "#ffd3cf", ink: "#a40e26", mark: "cross" },
  unknown: { fill: "#eef1f4", ink: "#8c959f", mark: "dot" },
};

/** "#1f883d" → [31, 136, 61] */
export function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
