/**
 * The rendered pictures: valid PNGs under 1 MB, every matrix cell and timeline marker in the colour the
 * knowledge base says, and close to the golden images (test/pictures/golden/, regenerated with
 * `UPDATE_GOLDEN=1 npx vitest run test/pictures` after an intended change to the pictures or the data).
 */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { attendanceAt } from "../../src/knowledge/attendance.ts";
import { NameIndex } from "../../src/knowledge/indexes.ts";
import type { KnowledgeBase } from "../../src/knowledge/load.ts";
import { isKnown, participantsOf, wasHeld } from "../../src/knowledge/queries.ts";
import { drawPicture, type Picture, type PictureRequest, pictureFor } from "../../src/pictures/pictures.ts";
import { ZOOM } from "../../src/pictures/render.ts";
import { CELL_STYLE, type CellKind, rgb, THEME } from "../../src/pictures/theme.ts";
import { loadKnowledge } from "../e2e/helpers/bot-harness.ts";
import { compareGolden, pixel, readPng } from "./helpers/png.ts";

const kb: KnowledgeBase = loadKnowledge().current().kb;
const index = new NameIndex(kb);

const REQUESTS: PictureRequest[] = [
  { kind: "timeline", locale: "en" },
  { kind: "timeline", locale: "ja" },
  { kind: "participation", locale: "en" },
  { kind: "participation", locale: "ja" },
];
const key = (r: PictureRequest) => `${r.kind}-${r.locale}`;
const pictures = new Map<string, Picture>();

beforeAll(async () => {
  for (const request of REQUESTS) pictures.set(key(request), await pictureFor(kb, request));
}, 120_000);

const picture = (request: PictureRequest) => pictures.get(key(request)) as Picture;

/** What each cell must show, from the verdict on the record (the test's own reading of the statuses). */
function expectedKind(orgId: string, round: number): CellKind {
  const org = kb.organisations.get(orgId);
  const r = kb.rounds.find((x) => x.number === round);
  if (!org || !r) throw new Error(`no ${orgId} or round ${round}`);
  const verdict = attendanceAt(kb, index, org, r);
  const kinds: Record<typeof verdict.status, CellKind> = {
    listed: "attended",
    cochair: "indirect",
    named: "indirect",
    absent: "absent",
    unnamed: "unknown",
    not_recorded: "unknown",
  };
  if (verdict.status === "listed" && !verdict.complete) return "partial";
  return kinds[verdict.status];
}

const near = (a: number[], b: number[], tolerance = 3) =>
  a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);

describe("rendered pictures", () => {
  it.each(REQUESTS)("$kind ($locale) is a valid PNG of the drawing's size, under 1 MB", (request) => {
    const p = picture(request);
    const image = readPng(p.png);
    expect([image.width, image.height]).toEqual([Math.round(p.width * ZOOM), Math.round(p.height * ZOOM)]);
    expect(p.png.length).toBeLessThan(1_000_000);
    // crisp at Discord's preview width (about 550 px): drawn at twice a width of at least 900
    expect(image.width).toBeGreaterThanOrEqual(1800);
    expect(p.description.length).toBeGreaterThan(50);
    expect(p.description.length).toBeLessThanOrEqual(1024);
  });

  it.each(REQUESTS.filter((r) => r.kind === "participation"))(
    "participation ($locale): every cell has the colour of the organisation's status at that round",
    (request) => {
      const drawing = drawPicture(kb, request);
      const image = readPng(picture(request).png);
      const cells = drawing.cells ?? [];
      expect(cells).toHaveLength(kb.organisations.size * kb.rounds.length);
      for (const cell of cells) {
        const kind = expectedKind(cell.organisation, cell.round);
        const seen = pixel(image, (cell.x + 3) * ZOOM, (cell.y + 3) * ZOOM);
        expect(near(seen, rgb(CELL_STYLE[kind].fill)), `${cell.organisation} × ${cell.round}: ${kind}`).toBe(
          true,
        );
      }
    },
  );

  it("the examples of the issue: NPA × round 2 attended; Japanese side of a round without a list, not recorded", () => {
    const request: PictureRequest = { kind: "participation", locale: "en" };
    const cells = drawPicture(kb, request).cells ?? [];
    const image = readPng(picture(request).png);
    const at = (org: string, round: number) => {
      const cell = cells.find((c) => c.organisation === org && c.round === round);
      if (!cell) throw new Error(`no cell ${org} × ${round}`);
      return pixel(image, (cell.x + 3) * ZOOM, (cell.y + 3) * ZOOM);
    };
    const round2 = kb.rounds.find((r) => r.number === 2);
    const jp2 = round2?.participants.JP;
    if (isKnown(jp2) && jp2.value.complete && jp2.value.organisations.includes("npa"))
      expect(near(at("npa", 2), rgb(CELL_STYLE.attended.fill))).toBe(true);
    const unlisted = kb.rounds.filter((r) => !isKnown(r.participants.JP));
    expect(unlisted.length).toBeGreaterThan(0);
    for (const round of unlisted) {
      for (const org of [...kb.organisations.values()].filter((o) => o.country === "JP")) {
        if (expectedKind(org.id, round.number) !== "unknown") continue; // e.g. a co-chair's ministry
        expect(
          near(at(org.id, round.number), rgb(CELL_STYLE.unknown.fill)),
          `${org.id} × ${round.number}`,
        ).toBe(true);
      }
    }
  });

  it("the matrix counts each side's listed organisations per round, '+' for a partial list, '–' for none", () => {
    const { svg } = drawPicture(kb, { kind: "participation", locale: "en" });
    for (const round of kb.rounds) {
      for (const list of participantsOf(kb, round)) {
        if (!isKnown(list.fact)) continue;
        const count = `${list.organisations.length}${list.fact.value.complete ? "" : "+"}`;
        expect(svg).toContain(`>${count}</text>`);
      }
    }
  });

  it.each(REQUESTS.filter((r) => r.kind === "timeline"))(
    "timeline ($locale): held rounds are filled markers, rounds not recorded as held are hollow",
    (request) => {
      const drawing = drawPicture(kb, request);
      const image = readPng(picture(request).png);
      const markers = drawing.markers ?? [];
      expect(markers.map((m) => m.round)).toEqual(kb.rounds.map((r) => r.number));
      for (const marker of markers) {
        const round = kb.rounds.find((r) => r.number === marker.round);
        const held = round !== undefined && wasHeld(round);
        expect(marker.held).toBe(held);
        const seen = pixel(image, marker.x * ZOOM, marker.y * ZOOM);
        expect(near(seen, rgb(held ? THEME.accent : THEME.card)), `round ${marker.round}`).toBe(true);
      }
      const xs = markers.map((m) => m.x);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    },
  );

  it.each(REQUESTS)("$kind ($locale) matches its golden image within tolerance", (request) => {
    const path = fileURLToPath(new URL(`./golden/${key(request)}.png`, import.meta.url));
    const result = compareGolden(readPng(picture(request).png), path);
    expect(result.sizeMatches).toBe(true);
    expect(result.differing).toBeLessThan(0.005);
  });
});
