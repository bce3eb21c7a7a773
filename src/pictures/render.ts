/**
 * SVG → PNG with resvg (a prebuilt native module from npm) and Noto Sans JP (OpenType files from the
 * @embedpdf/fonts-jp package), so Japanese renders the same on a machine without system fonts.
 *
 * resvg reads a font file again for every glyph it draws, which makes the 4.5 MB Noto Sans JP files slow
 * (about a second a picture). So each picture first gets its own subset of the fonts, holding only the
 * characters its SVG uses (harfbuzz's subsetter through `subset-font`: tens of kilobytes), written to a
 * private temporary folder for resvg and removed after.
 *
 * Both run in a short-lived child process (plain Node, this file's own script): the subsetter's
 * WebAssembly memory grows to about 100 MB for these fonts and never shrinks, and a render allocates tens of
 * megabytes that the allocator keeps; when the child exits all of it goes back to the system, so the bot's
 * memory stays as it was. Nothing is loaded at start-up, and the event loop stays free while a picture is
 * drawn.
 */

import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { FONT_FAMILY } from "./svg.ts";

/** Rendered at twice the SVG's size: sharp when Discord scales it down to its preview, and when opened. */
export const ZOOM = 2;

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

interface Job {
  svg: string;
  fonts: string[];
  resvg: string;
  subset: string;
  family: string;
  zoom: number;
}

/**
 * The child's script, plain JavaScript (it runs the same under tsx, vitest and the compiled dist/): reads
 * the job (JSON) from stdin, subsets each font to the SVG's characters, renders, writes the PNG to stdout.
 */
const CHILD = `
const { mkdtemp, readFile, rm, writeFile } = require("node:fs/promises");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
(async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const job = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const subset = require(job.subset);
  const { Resvg } = require(job.resvg);
  const chars = [...new Set(job.svg.replace(/\\s+/g, " "))].join("");
  const dir = await mkdtemp(join(tmpdir(), "dialogue-desk-fonts-"));
  try {
    const files = [];
    for (const [i, file] of job.fonts.entries()) {
      // name ids 1, 2, 16, 17: the family and style names, by which the SVG asks for regular and bold
      const small = await subset(await readFile(file), chars, { targetFormat: "sfnt", preserveNameIds: [1, 2, 16, 17] });
      const path = join(dir, "font-" + i + ".otf");
      await writeFile(path, small);
      files.push(path);
    }
    const options = {
      font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: job.family },
      fitTo: { mode: "zoom", value: job.zoom },
      shapeRendering: 2,
      textRendering: 1,
      logLevel: "off",
    };
    const png = new Resvg(job.svg, options).render().asPng();
    await new Promise((resolve) => process.stdout.write(png, resolve));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
})().catch((error) => {
  process.stderr.write(String((error && error.stack) || error));
  process.exitCode = 1;
});
`;

/** Renders an SVG document to PNG, in a child process that exits when done. */
export function renderPng(svg: string): Promise<Buffer> {
  const require = createRequire(import.meta.url);
  const job: Job = {
    svg,
    fonts: fontFiles(),
    resvg: require.resolve("@resvg/resvg-js"),
    subset: require.resolve("subset-font"),
    family: FONT_FAMILY,
    zoom: ZOOM,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", CHILD], {
      stdio: ["pipe", "pipe", "pipe"],
      env: process.env,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.once("error", reject);
    child.once("close", (code) => {
      const png = Buffer.concat(out);
      if (code === 0 && png.length > 0) resolve(png);
      else
        reject(
          new Error(
            `picture rendering failed (exit ${code}): ${Buffer.concat(err).toString("utf8").slice(0, 500)}`,
          ),
        );
    });
    child.stdin.end(JSON.stringify(job));
  });
}
