/**
 * The pictures benchmark's child: a fresh process on the tsc output in dist/ (no TypeScript loader), so the
 * first picture pays every one-time cost (resvg's native module, the harfbuzz subsetter, the font files)
 * and the memory figures are the production code's. Prints one JSON object.
 */
import { knowledgeBaseDir } from "../dist/knowledge/kb-dir.js";
import { loadKnowledgeBase } from "../dist/knowledge/load.js";
import { drawPicture, pictureFor } from "../dist/pictures/pictures.js";
import { renderPng } from "../dist/pictures/render.js";

const WARM_RUNS = Number(process.env.WARM_RUNS ?? 5);
const gc = globalThis.gc ?? (() => {});
const rss = () => {
  gc();
  gc();
  return process.memoryUsage().rss;
};
const ms = (start) => performance.now() - start;

const loaded = loadKnowledgeBase(knowledgeBaseDir());
if (!loaded.ok) throw new Error("the knowledge base does not load");
const { kb } = loaded;
const requests = [
  { kind: "timeline", locale: "en" },
  { kind: "timeline", locale: "ja" },
  { kind: "participation", locale: "en" },
  { kind: "participation", locale: "ja" },
  { kind: "participation", locale: "en", side: "JP" },
  { kind: "participation", locale: "ja", side: "AU" },
];
const name = (r) => [r.kind, r.side, r.locale].filter(Boolean).join(" ");

const rssBefore = rss();
const cold = [];
for (const request of requests) {
  const start = performance.now();
  const picture = await pictureFor(kb, request);
  cold.push({
    picture: name(request),
    ms: ms(start),
    bytes: picture.png.length,
    width: picture.width * 2,
    height: picture.height * 2,
  });
}
const rssAfterFirst = rss();
const warm = [];
for (const request of requests) {
  const samples = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const start = performance.now();
    await renderPng(drawPicture(kb, request).svg);
    samples.push(ms(start));
  }
  warm.push({ picture: name(request), samples });
}
const cachedSamples = [];
for (const request of requests) {
  const start = performance.now();
  await pictureFor(kb, request);
  cachedSamples.push(ms(start));
}
const rssAfterAll = rss();
process.stdout.write(
  `${JSON.stringify({ rssBefore, rssAfterFirst, rssAfterAll, maxRss: process.resourceUsage().maxRSS * 1024, cold, warm, cachedSamples })}\n`,
);
