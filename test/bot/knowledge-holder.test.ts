import { describe, expect, it } from "vitest";
import { KnowledgeHolder } from "../../src/bot/knowledge-holder.ts";
import { knowledgeBaseDir } from "../../src/knowledge/kb-dir.ts";
import { fakeAnswerer } from "./helpers/fake-answerer.ts";

describe("KnowledgeHolder", () => {
  const loaded = KnowledgeHolder.load(knowledgeBaseDir({}), () => fakeAnswerer());
  if (!loaded.ok) throw new Error("data/ should load");
  const holder = loaded.holder;

  it("loads the data folder", () => {
    expect(holder.current().version).toBe(1);
    expect(holder.current().kb.rounds.length).toBeGreaterThan(0);
  });

  it("swaps atomically: a snapshot read before a reload keeps its engine", () => {
    const before = holder.current();
    const result = holder.reload(knowledgeBaseDir({}), () => fakeAnswerer());
    expect(result.ok).toBe(true);
    expect(holder.current().version).toBe(before.version + 1);
    expect(holder.current().answerer).not.toBe(before.answerer);
    expect(before.version).toBe(1);
  });

  it("keeps the current knowledge when a reload fails", () => {
    const before = holder.current();
    const result = holder.reload("/nonexistent/folder", () => fakeAnswerer());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toContain("cannot read");
    expect(holder.current()).toBe(before);
  });

  it("reports bad data with located errors", () => {
    const result = KnowledgeHolder.load("/nonexistent/folder", () => fakeAnswerer());
    expect(result.ok).toBe(false);
  });
});
