import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { type DataWatcher, watchDataFolder } from "../../src/knowledge/watch.ts";
import { copyData } from "../helpers/data-copy.ts";

let copy: ReturnType<typeof copyData> | undefined;
let watcher: DataWatcher | undefined;
afterEach(() => {
  watcher?.close();
  copy?.cleanup();
});

const nextChange = (dir: string, debounceMs: number) =>
  new Promise<string[]>((resolve) => {
    watcher = watchDataFolder(dir, resolve, { debounceMs });
  });

it("reports a burst of edits to data files once, after it settles", async () => {
  copy = copyData();
  const dir = copy.dir;
  const calls: string[][] = [];
  watcher = watchDataFolder(dir, (files) => calls.push(files), { debounceMs: 80 });
  copy.edit("rounds/round-2.json", (round) => {
    round.topics.value.push({ en: "one" });
  });
  copy.edit("rounds/round-2.json", (round) => {
    round.topics.value.push({ en: "two" });
  });
  copy.edit("people.json", () => {});
  await new Promise((r) => setTimeout(r, 400));
  expect(calls).toHaveLength(1);
  expect(calls[0]).toEqual(expect.arrayContaining([join("rounds", "round-2.json"), "people.json"]));
});

it("ignores files that are not knowledge base data", async () => {
  copy = copyData();
  const dir = copy.dir;
  const change = nextChange(dir, 50);
  writeFileSync(join(dir, "notes.txt"), "scratch");
  writeFileSync(join(dir, "schema.json"), "{}");
  writeFileSync(join(dir, "rounds", "round-6.json"), "{}");
  expect(await change).toEqual([join("rounds", "round-6.json")]);
});
