/**
 * npm run picture -- <timeline|participation> <out.png> [--locale ja|en] [--side JP|AU] [--svg]
 * Draws a picture from the knowledge base (KB_DIR or data/) and writes it as PNG (or, with --svg, the SVG).
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { formatKbError } from "../knowledge/errors.ts";
import { knowledgeBaseDir } from "../knowledge/kb-dir.ts";
import { loadKnowledgeBase } from "../knowledge/load.ts";
import { drawPicture, PICTURE_KINDS, type PictureRequest, pictureFor } from "../pictures/pictures.ts";

export const USAGE =
  "usage: npm run picture -- <timeline|participation> <out.png> [--locale ja|en] [--side JP|AU] [--svg]";

export interface PictureArgs {
  request: PictureRequest;
  out: string;
  svg: boolean;
}

export function parseArgs(argv: string[]): PictureArgs | { error: string } {
  const words: string[] = [];
  let locale = "en";
  let side: string | undefined;
  let svg = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const value = () => (arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : (argv[++i] ?? ""));
    if (arg === "--locale" || arg.startsWith("--locale=")) locale = value();
    else if (arg === "--side" || arg.startsWith("--side=")) side = value().toUpperCase();
    else if (arg === "--svg") svg = true;
    else if (arg === "--") continue;
    else if (arg.startsWith("-")) return { error: `unknown option ${arg}` };
    else words.push(arg);
  }
  const [kind, out] = words;
  if (!PICTURE_KINDS.includes(kind as PictureRequest["kind"]) || !out || words.length > 2)
    return { error: USAGE };
  if (locale !== "en" && locale !== "ja") return { error: `--locale must be "en" or "ja"` };
  if (side !== undefined && side !== "JP" && side !== "AU") return { error: `--side must be JP or AU` };
  if (side !== undefined && kind !== "participation") return { error: "--side is for participation only" };
  const request: PictureRequest = { kind: kind as PictureRequest["kind"], locale };
  if (side) request.side = side as "JP" | "AU";
  return { request, out: resolve(out), svg };
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ("error" in args) {
    process.stderr.write(`${args.error}\n`);
    return 2;
  }
  const loaded = loadKnowledgeBase(knowledgeBaseDir());
  if (!loaded.ok) {
    for (const error of loaded.errors) process.stderr.write(`${formatKbError(error)}\n`);
    return 1;
  }
  if (args.svg) {
    writeFileSync(args.out, drawPicture(loaded.kb, args.request).svg);
  } else {
    const picture = await pictureFor(loaded.kb, args.request);
    writeFileSync(args.out, picture.png);
    process.stdout.write(`${picture.description}\n`);
  }
  process.stdout.write(`${args.out}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main(process.argv.slice(2));
}
