/** Pictures are drawn once per knowledge-base version, and drawn again for the next version after a reload. */
import { describe, expect, it } from "vitest";
import {
  type PictureRequest,
  pictureFor,
  pictureReady,
  redrawPictures,
} from "../../src/pictures/pictures.ts";
import { loadKnowledge } from "../e2e/helpers/bot-harness.ts";

const request: PictureRequest = { kind: "participation", locale: "en", side: "AU" };

describe("picture cache", () => {
  it("keeps one drawing per version and redraws the ones asked for on the next version", async () => {
    const v1 = loadKnowledge().current().kb;
    const v2 = loadKnowledge().current().kb; // a reload: a new base object
    expect(pictureReady(v1, request)).toBe(false);
    const first = pictureFor(v1, request);
    expect(pictureFor(v1, request)).toBe(first);
    expect(pictureReady(v1, request)).toBe(false); // still being drawn
    const picture = await first;
    expect(pictureReady(v1, request)).toBe(true);
    expect(pictureReady(v2, request)).toBe(false);
    expect(await redrawPictures(v1, v2)).toBe(1);
    expect(pictureReady(v2, request)).toBe(true);
    const again = await pictureFor(v2, request);
    expect(again).not.toBe(picture);
    expect(again.png.equals(picture.png)).toBe(true);
  }, 60_000);
});
