/**
 * Live data updates: the bot runs on a copy of data/ and watches it. A valid edit is answered from at once; a
 * broken one is rejected with its errors logged (file and JSON path) while answers stay as they were; /reload
 * does the same on demand, for administrators only.
 */
import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Harness, startHarness } from "../e2e/helpers/bot-harness.ts";
import { type LogLine, visibleText, waitForLog } from "../e2e/helpers/replies.ts";
import { copyData, DATA_DIR } from "../helpers/data-copy.ts";

const ADMINISTRATOR = "8";
/** How many rounds the data holds (derived, so that a new round does not break these tests). */
const ROUNDS = readdirSync(join(DATA_DIR, "rounds")).filter((f) => f.endsWith(".json")).length;
let h: Harness;
let data: ReturnType<typeof copyData>;

beforeAll(async () => {
  data = copyData();
  h = await startHarness({ kbDir: data.dir, reload: { watch: true, debounceMs: 50 } });
  await waitForLog(h.logs, (l) => l.event === "kb_watch");
});

afterAll(async () => {
  await h?.stop();
  data?.cleanup();
});

const cochairs2 = async () =>
  visibleText(await (await h.fake.sendSlashCommand({ name: "cochairs", options: { round: "2" } })).reply());
const reloads = (event: string) => h.logs.filter((l) => l.event === event);
const nextLog = (event: string, after: number) =>
  waitForLog(h.logs, () => reloads(event).length > after, 5000).then(() => reloads(event).at(-1) as LogLine);

const renameMizushima = (name: string) =>
  data.edit("people.json", (file) => {
    const person = file.people.find((p: { id: string }) => p.id === "mizushima-koichi");
    person.name.en = name;
  });
const setRound2Number = (value: unknown) =>
  data.edit("rounds/round-2.json", (round) => {
    round.number = value;
  });

describe("live reload from the data folder", () => {
  it("a valid edit is picked up by the next answer", async () => {
    expect(await cochairs2()).toContain("Koichi Mizushima");
    const seen = reloads("kb_reloaded").length;
    renameMizushima("Koichi Mizushima-Reloaded");
    const line = await nextLog("kb_reloaded", seen);
    expect(line).toMatchObject({
      trigger: "watch",
      version: 2,
      rounds: ROUNDS,
      changedFiles: ["people.json"],
    });
    expect(await cochairs2()).toContain("Koichi Mizushima-Reloaded");
  });

  it("a broken edit is rejected: each error logged with its file and JSON path, answers unchanged", async () => {
    const seen = reloads("kb_rejected").length;
    setRound2Number("two");
    const rejected = await nextLog("kb_rejected", seen);
    expect(rejected).toMatchObject({ level: 40, trigger: "watch", version: 2 });
    const errors = h.logs.filter((l) => l.event === "kb_error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors).toContainEqual(
      expect.objectContaining({
        level: 50,
        file: expect.stringMatching(/rounds[/\\]round-2\.json$/),
        path: "$.number",
      }),
    );
    for (const line of errors)
      expect(line.msg).toBe(`${line.file}: ${line.path}: ${line.msg.split(": ").slice(2).join(": ")}`);
    expect(await cochairs2()).toContain("Koichi Mizushima-Reloaded");
  });

  it("a half-written file (invalid JSON) is rejected the same way", async () => {
    const seen = reloads("kb_rejected").length;
    writeFileSync(join(data.dir, "people.json"), '{ "kind": "people", "people": [ { "id": "trunc');
    await nextLog("kb_rejected", seen);
    const errors = h.logs.filter((l) => l.event === "kb_error").map((l) => l.msg);
    expect(errors).toContainEqual(expect.stringMatching(/people\.json:1:\d+: not valid JSON/));
    expect(await cochairs2()).toContain("Koichi Mizushima-Reloaded");
    expect(h.knowledge.current().version).toBe(2);
  });

  it("fixing the files brings the next version in", async () => {
    const seen = reloads("kb_reloaded").length;
    for (const file of ["people.json", join("rounds", "round-2.json")])
      cpSync(join(DATA_DIR, file), join(data.dir, file));
    await nextLog("kb_reloaded", seen);
    expect(h.knowledge.current().version).toBe(3);
    renameMizushima("Koichi Mizushima-Again");
    await nextLog("kb_reloaded", seen + 1);
    expect(await cochairs2()).toContain("Koichi Mizushima-Again");
  });

  it("an editor's save-by-rename is seen, and so is every later save of that file", async () => {
    const seen = reloads("kb_reloaded").length;
    const people = join(data.dir, "people.json");
    const json = JSON.parse(readFileSync(people, "utf8"));
    json.people.find((p: { id: string }) => p.id === "mizushima-koichi").name.en = "Koichi Mizushima-Renamed";
    writeFileSync(`${people}.tmp`, JSON.stringify(json, null, 2));
    renameSync(`${people}.tmp`, people);
    await nextLog("kb_reloaded", seen);
    expect(await cochairs2()).toContain("Koichi Mizushima-Renamed");
    renameMizushima("Koichi Mizushima-Again");
    await nextLog("kb_reloaded", seen + 1);
    expect(await cochairs2()).toContain("Koichi Mizushima-Again");
  });

  it("each interaction reads the knowledge once, so a reload never mixes two bases in one answer", async () => {
    const current = vi.spyOn(h.knowledge, "current");
    try {
      await cochairs2();
      expect(current).toHaveBeenCalledTimes(1);
      current.mockClear();
      const sent = await h.fake.sendMessage({
        content: `<@${h.fake.botUserId}> who co-chaired the 3rd round?`,
      });
      await sent.reply();
      expect(current).toHaveBeenCalledTimes(1);
    } finally {
      current.mockRestore();
    }
  });
});

describe("/reload", () => {
  const reload = async (extra: Record<string, unknown> = {}) => {
    const response = await h.fake.sendSlashCommand({ name: "reload", ...extra });
    return response.reply();
  };

  it("is refused to a member without the Administrator permission, and nothing is reloaded", async () => {
    const version = h.knowledge.current().version;
    const reply = await reload();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe("Only server administrators can reload the knowledge base.");
    const ja = await reload({ locale: "ja" });
    expect(ja.content).toContain("管理者");
    expect(h.knowledge.current().version).toBe(version);
  });

  it("is refused in a DM, where nobody is an administrator", async () => {
    const reply = await reload({ dm: true, memberPermissions: ADMINISTRATOR });
    expect(reply.content).toContain("Only server administrators");
  });

  it("an administrator reloads and is told what was loaded", async () => {
    const version = h.knowledge.current().version;
    const reply = await reload({ memberPermissions: ADMINISTRATOR });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(
      new RegExp(
        `^Reloaded: ${ROUNDS} rounds, \\d+ organisations, \\d+ people, \\d+ sources, \\d+ glossary terms \\(version ${version + 1}\\)\\.$`,
      ),
    );
    expect(reloads("kb_reloaded").at(-1)).toMatchObject({ trigger: "command", userId: h.fake.userId });
  });

  it("an administrator is told the errors of a broken folder (bounded), and answers stay", async () => {
    const watched = reloads("kb_rejected").length;
    setRound2Number(-1);
    await nextLog("kb_rejected", watched); // the watcher saw it first
    const reply = await reload({ memberPermissions: ADMINISTRATOR });
    expect(reply.ephemeral).toBe(true);
    const lines = reply.content.split("\n");
    expect(lines[0]).toMatch(/^Reload failed with \d+ errors?; still answering from version \d+\.$/);
    expect(reply.content).toMatch(/rounds[/\\]round-2\.json: \$\.number: /);
    expect(reply.content.length).toBeLessThan(2000);
    expect(await cochairs2()).toContain("Koichi Mizushima-Again");
  });
});
