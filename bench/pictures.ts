/**
 * Pictures: how long the first picture takes in a fresh process (cold: loading resvg, the subsetter and the
 * fonts), each picture's first drawing, a drawing again (warm: draw the SVG, subset the fonts, render, not
 * from the cache), a cached picture, and the memory drawing adds to the process.
 */
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { type Summary, summarise } from "./measure.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

export interface PicturesResult {
  /** the first picture in a fresh process, every one-time cost included */
  firstMs: number;
  /** each picture's first drawing after that (renderer loaded) */
  cold: { picture: string; ms: number; bytes: number; width: number; height: number }[];
  /** drawing again, not from the cache */
  warm: Summary;
  warmRuns: number;
  /** from the cache */
  cached: Summary;
  rssBeforeMb: number;
  /** RSS added by the first picture, and by all of them (after forced GCs) */
  addedFirstMb: number;
  addedAllMb: number;
  maxRssMb: number;
  /** the machine's 1-minute load average when the run started (2 cores: above 2, processes waited for a core) */
  loadAverage: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Runs bench/pictures-child.mjs on dist/ (the caller brings dist/ up to date first). */
export function measurePictures(warmRuns: number): PicturesResult {
  const loadAverage = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  const child = spawnSync(process.execPath, ["--expose-gc", "bench/pictures-child.mjs"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, WARM_RUNS: String(warmRuns) },
    timeout: 300_000,
  });
  if (child.status !== 0) throw new Error(`pictures benchmark failed: ${child.stderr}`);
  const out = JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}");
  const [first, ...rest] = out.cold as PicturesResult["cold"];
  if (!first) throw new Error("pictures benchmark drew nothing");
  return {
    firstMs: first.ms,
    cold: [first, ...rest],
    warm: summarise((out.warm as { samples: number[] }[]).flatMap((w) => w.samples)),
    warmRuns,
    cached: summarise(out.cachedSamples as number[]),
    rssBeforeMb: mb(out.rssBefore),
    addedFirstMb: mb(out.rssAfterFirst - out.rssBefore),
    addedAllMb: mb(out.rssAfterAll - out.rssBefore),
    maxRssMb: mb(out.maxRss),
    loadAverage,
  };
}

const signed = (mbs: number) => `${mbs < 0 ? "−" : "+"}${Math.abs(mbs)} MB`;
const f = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(3));

/** The "Pictures" section of bench/results.md. */
export function renderPictures(p: PicturesResult): string {
  const rows = p.cold.map(
    (c) => `| ${c.picture} | ${f(c.ms)} ms | ${c.width} × ${c.height} | ${(c.bytes / 1024).toFixed(0)} KB |`,
  );
  return [
    "## Pictures (/timeline, /participation)",
    "",
    "A fresh process on dist/ (bench/pictures-child.mjs). Each picture is drawn once per knowledge-base version and kept;",
    "drawing = SVG from the knowledge base, then in a short-lived child process a subset of Noto Sans JP holding the",
    "picture's characters and the resvg render. Every drawing pays the child's start (Node, resvg, the subsetter), so",
    `cold and warm differ little. Load average at the start: ${p.loadAverage} on ${cpus().length} cores.`,
    "",
    "| What | Result |",
    "| --- | --- |",
    `| First picture in a process (cold) | ${f(p.firstMs)} ms |`,
    `| Drawing a picture again, not from the cache (warm; ${p.warmRuns} runs × ${p.cold.length} pictures) | median ${f(p.warm.median)} ms · p99 ${f(p.warm.p99)} ms · max ${f(p.warm.max)} ms |`,
    `| A picture from the cache | median ${f(p.cached.median)} ms |`,
    `| Memory added to the process (RSS after forced GC, from ${p.rssBeforeMb} MB; drawing runs in a child process) | ${signed(p.addedFirstMb)} after the first picture · ${signed(p.addedAllMb)} after all (peak RSS ${p.maxRssMb} MB) |`,
    "",
    "| Picture | First drawing | Size (px) | PNG |",
    "| --- | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}
