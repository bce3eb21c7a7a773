/**
 * /timeline and /participation end to end: the real discord.js client uploads the PNG (multipart) to the
 * fake Discord, with its alt text, in English and in Japanese.
 */
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  drawPicture,
  MAX_DESCRIPTION,
  type PictureRequest,
  pictureName,
} from "../../src/pictures/pictures.ts";
import { ZOOM } from "../../src/pictures/render.ts";
import type { OptionValue, SentMessage } from "./fake-discord/index.ts";
import { type Harness, startHarness } from "./helpers/bot-harness.ts";
import { customIds } from "./helpers/replies.ts";

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.stop();
});

const DISCORD_LOCALE = { en: "en-US", ja: "ja" } as const;

async function send(request: PictureRequest, options: Record<string, OptionValue> = {}) {
  const response = await h.fake.sendSlashCommand({
    name: request.kind,
    options: { ...(request.side ? { side: request.side } : {}), ...options },
    locale: DISCORD_LOCALE[request.locale],
  });
  return { response, message: await response.reply({ timeoutMs: 20_000 }) };
}

/** The one PNG the message carries, checked: a valid PNG of the drawing's size, under 1 MB, with alt text. */
function checkPicture(message: SentMessage, request: PictureRequest): void {
  const drawing = drawPicture(h.knowledge.current().kb, request);
  expect(message.files).toHaveLength(1);
  const [file] = message.files;
  expect(file?.field).toMatch(/^files\[\d+\]$/);
  expect(file?.filename).toBe(pictureName(request));
  expect(file?.size).toBeLessThan(1_000_000);
  const png = PNG.sync.read(file?.data ?? Buffer.alloc(0));
  expect([png.width, png.height]).toEqual([
    Math.round(drawing.width * ZOOM),
    Math.round(drawing.height * ZOOM),
  ]);
  const [attachment] = message.message.attachments;
  expect(attachment?.filename).toBe(pictureName(request));
  expect(attachment?.description).toBe(drawing.description.slice(0, MAX_DESCRIPTION));
  expect(message.content).toContain(drawing.title);
  expect(message.allowedMentions).toEqual({ parse: [] });
  expect(message.message.mentions).toEqual([]);
}

const REQUESTS: PictureRequest[] = [
  { kind: "timeline", locale: "en" },
  { kind: "timeline", locale: "ja" },
  { kind: "participation", locale: "en" },
  { kind: "participation", locale: "ja" },
  { kind: "participation", locale: "en", side: "AU" },
];

describe("pictures end to end", () => {
  it.each(REQUESTS)("/$kind $locale $side uploads the PNG with its alt text", async (request) => {
    const first = await send(request);
    // Not drawn yet: answered at once if drawn quickly, else deferred and the picture replaces "thinking…".
    expect([4, 5]).toContain(first.response.type);
    checkPicture(first.message, request);
    expect(customIds(first.message)).toEqual([`dd:del:${h.fake.userId}`]);
    // Drawn once per knowledge-base version: the next request is answered at once, from the cache.
    const again = await send(request);
    expect(again.response.type).toBe(4);
    checkPicture(again.message, request);
  });

  it("private:True sends the picture only to the asker", async () => {
    const request: PictureRequest = { kind: "participation", locale: "en", side: "JP" };
    const { message } = await send(request, { private: true });
    expect(message.ephemeral).toBe(true);
    checkPicture(message, request);
    expect(customIds(message)).toEqual([]);
  });
});
