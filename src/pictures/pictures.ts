/**
 * The pictures the bot can send, drawn once per knowledge-base version and kept: a loaded base never
 * changes (a reload is a new object), so the cache is keyed by the base itself and an old version's
 * pictures go with it. After a reload, the pictures that had been asked for are drawn again for the new
 * version in the background ({@link redrawPictures}), so the next request is answered at once.
 */
import type { Locale, Side } from "../knowledge/answer-types.ts";
import { NameIndex } from "../knowledge/indexes.ts";
import type { KnowledgeBase } from "../knowledge/load.ts";
import { drawParticipation } from "./participation.ts";
import { renderPng } from "./render.ts";
import { drawTimeline } from "./timeline.ts";
import type { Drawing } from "./types.ts";

export const PICTURE_KINDS = ["timeline", "participation"] as const;
export type PictureKind = (typeof PICTURE_KINDS)[number];

export interface PictureRequest {
  kind: PictureKind;
  locale: Locale;
  /** participation only: one side's organisations */
  side?: Side;
}

/** A rendered picture: the PNG, its file name, its title and what it shows in words (alt text). */
export interface Picture {
  png: Buffer;
  name: string;
  title: string;
  description: string;
  width: number;
  height: number;
}

/** Discord's limit on an attachment's description (alt text). */
export const MAX_DESCRIPTION = 1024;

export const pictureName = (request: PictureRequest): string =>
  `${[request.kind, request.side?.toLowerCase(), request.locale].filter(Boolean).join("-")}.png`;

const INDEXES = new WeakMap<KnowledgeBase, NameIndex>();

function indexOf(kb: KnowledgeBase): NameIndex {
  let index = INDEXES.get(kb);
  if (!index) {
    index = new NameIndex(kb);
    INDEXES.set(kb, index);
  }
  return index;
}

/** The SVG drawing of a request (no rendering): what tests and the CLI inspect. */
export function drawPicture(kb: KnowledgeBase, request: PictureRequest): Drawing {
  return request.kind === "timeline"
    ? drawTimeline(kb, request.locale)
    : drawParticipation(kb, indexOf(kb), request.locale, request.side);
}

const clipDescription = (text: string) =>
  text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;

async function render(kb: KnowledgeBase, request: PictureRequest): Promise<Picture> {
  const drawing = drawPicture(kb, request);
  const png = await renderPng(drawing.svg);
  return {
    png,
    name: pictureName(request),
    title: drawing.title,
    description: clipDescription(drawing.description),
    width: drawing.width,
    height: drawing.height,
  };
}

interface Entry {
  request: PictureRequest;
  picture: Promise<Picture>;
  /** the drawing has finished (the picture can be sent at once) */
  ready: boolean;
}

const CACHE = new WeakMap<KnowledgeBase, Map<string, Entry>>();

/** The picture for a request on this knowledge base: drawn on first request, then kept. */
export function pictureFor(kb: KnowledgeBase, request: PictureRequest): Promise<Picture> {
  let pictures = CACHE.get(kb);
  if (!pictures) {
    pictures = new Map();
    CACHE.set(kb, pictures);
  }
  const key = pictureName(request);
  const cached = pictures.get(key);
  if (cached) return cached.picture;
  const entry: Entry = { request, picture: render(kb, request), ready: false };
  pictures.set(key, entry);
  entry.picture.then(
    () => {
      entry.ready = true;
    },
    // A failed drawing is not kept: the next request tries again.
    () => pictures.delete(key),
  );
  return entry.picture;
}

/** Whether a picture is drawn and kept for this knowledge base (not merely being drawn). */
export const pictureReady = (kb: KnowledgeBase, request: PictureRequest): boolean =>
  CACHE.get(kb)?.get(pictureName(request))?.ready ?? false;

/** Draws again, for `next`, every picture asked for on `previous`; resolves when all are done. */
export async function redrawPictures(previous: KnowledgeBase, next: KnowledgeBase): Promise<number> {
  const asked = [...(CACHE.get(previous)?.values() ?? [])].map((entry) => entry.request);
  await Promise.all(asked.map((request) => pictureFor(next, request)));
  return asked.length;
}
