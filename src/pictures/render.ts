/**
 * SVG → PNG with resvg (a prebuilt native module from npm) and Noto Sans JP (OpenType files from the
 * @embedpdf/fonts-jp package), so Japanese renders the same on a machine without system fonts.
 *
 * resvg reads a font file again for every glyph it draws, which makes the 4.5 MB Noto Sans JP files slow
 * (about a second a picture). So each picture first gets its own subset of the fonts, holding only the
 * characters its SVG uses (harfbuzz's subsetter through `subset-font`: tens of kilobytes, tens of
 * milliseconds), written to a private temporary folder for resvg and removed after. Rendering runs on
 * resvg's worker threads, off the event loop.
 *
 * Everything heavy is loaded on first use, never at start-up: a bot that is never asked for a picture
 * never pays for it.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import { FONT_FAMILY } from "./svg.ts";

/** Rendered at twice the SVG's size: sharp when Discord scales it down to its preview, and when opened. */
export const ZOOM = 2;

type ResvgModule = typeof import("@resvg/resvg-js");
type SubsetFont = typeof import("subset-font");

interface Renderer {
  resvg: ResvgModule;
  subset: SubsetFont;
  fonts: string[];
}

let renderer: Renderer | undefined;

/** The regular and bold Noto Sans JP files of the font package (found through the package's own list). */
export function fontFiles(): string[] {
  const require = createRequire(import.meta.url);
  const main = require.resolve("@embedpdf/fonts-jp");
  const { fonts } = require("@embedpdf/fonts-jp") as { fonts: { file: string; weight: number }[] };
  const dir = join(dirname(main), "..", "fonts");
  const wanted = fonts.filter((font) => font.weight === 400 || font.weight === 700);
  if (wanted.length < 2) throw new Error("@embedpdf/fonts-jp: regular and bold Noto Sans JP not found");
  return wanted.map((font) => join(dir, font.file));
}

function load(): Renderer {
  if (renderer) return renderer;
  const require = createRequire(import.meta.url);
  renderer = {
    resvg: require("@resvg/resvg-js") as ResvgModule,
    subset: require("subset-font") as SubsetFont,
    fonts: fontFiles(),
  };
  return renderer;
}

/** Whether the renderer has been loaded in this process (it is only loaded when a picture is drawn). */
export const rendererLoaded = (): boolean => renderer !== undefined;

/** Every character the SVG's text can use (the markup's own characters too: a small superset). */
const charactersOf = (svg: string): string => [...new Set(svg.replace(/\s+/g, " "))].join("");

/** Renders an SVG document to PNG. */
export async function renderPng(svg: string): Promise<Buffer> {
  const { resvg, subset, fonts } = load();
  const chars = charactersOf(svg);
  const dir = await mkdtemp(join(tmpdir(), "dialogue-desk-fonts-"));
  try {
    const files = await Promise.all(
      fonts.map(async (file, i) => {
        const small = await subset(await readFile(file), chars, {
          targetFormat: "sfnt",
          // the family and style names, by which the SVG asks for regular and bold
          preserveNameIds: [1, 2, 16, 17],
        });
        const path = join(dir, `font-${i}.otf`);
        await writeFile(path, small);
        return path;
      }),
    );
    const options: ResvgRenderOptions = {
      font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: FONT_FAMILY },
      fitTo: { mode: "zoom", value: ZOOM },
      shapeRendering: 2,
      textRendering: 1,
      logLevel: "off",
    };
    const image = await resvg.renderAsync(svg, options);
    return image.asPng();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
