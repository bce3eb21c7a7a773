import type { CellKind } from "./theme.ts";

/** Where a matrix cell was drawn (SVG units), and the kind it shows: what tests sample. */
export interface PlacedCell {
  organisation: string;
  round: number;
  kind: CellKind;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where a round's marker was drawn on the timeline, and whether it is hollow (not recorded as held). */
export interface PlacedMarker {
  round: number;
  x: number;
  y: number;
  held: boolean;
}

/** An SVG picture before rendering, with what it shows in words (the attachment's alt text). */
export interface Drawing {
  svg: string;
  width: number;
  height: number;
  title: string;
  description: string;
  cells?: PlacedCell[];
  markers?: PlacedMarker[];
}
