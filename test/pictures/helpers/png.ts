/** Reading rendered pictures back: pixels, a half-size copy for the golden images, and the diff. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

export const readPng = (png: Buffer): PNG => PNG.sync.read(png);

/** The RGB of the pixel at (x, y). */
export function pixel(image: PNG, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0];
}

/** Half the size, each pixel the mean of four. */
export function halve(image: PNG): PNG {
  const out = new PNG({ width: Math.floor(image.width / 2), height: Math.floor(image.height / 2) });
  for (let y = 0; y < out.height; y++) {
    for (let x = 0; x < out.width; x++) {
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        for (const [dx, dy] of [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
        ] as const) {
          sum += image.data[((2 * y + dy) * image.width + 2 * x + dx) * 4 + c] ?? 0;
        }
        out.data[(y * out.width + x) * 4 + c] = Math.round(sum / 4);
      }
    }
  }
  return out;
}

export interface GoldenResult {
  /** pixels that differ beyond pixelmatch's colour threshold, as a share of all pixels */
  differing: number;
  sizeMatches: boolean;
  updated: boolean;
}

/**
 * Compares a picture, at a quarter of its size (goldens stay small in the repository), with its golden image (a missing golden is a failure); with UPDATE_GOLDEN=1,
 * writes the golden instead. Regenerate after an intended change: `UPDATE_GOLDEN=1 npx vitest run test/pictures`.
 */
export function compareGolden(
  image: PNG,
  path: string,
  update = process.env.UPDATE_GOLDEN === "1",
): GoldenResult {
  const actual = halve(halve(image));
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, PNG.sync.write(actual, { colorType: 2 }));
    return { differing: 0, sizeMatches: true, updated: true };
  }
  if (!existsSync(path)) return { differing: 1, sizeMatches: false, updated: false };
  const golden = PNG.sync.read(readFileSync(path));
  if (golden.width !== actual.width || golden.height !== actual.height)
    return { differing: 1, sizeMatches: false, updated: false };
  const diff = pixelmatch(golden.data, actual.data, undefined, actual.width, actual.height, {
    threshold: 0.1,
  });
  return { differing: diff / (actual.width * actual.height), sizeMatches: true, updated: false };
}
