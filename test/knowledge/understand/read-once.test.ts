import { describe, expect, it } from "vitest";
import type { Understanding } from "../../../src/knowledge/understand/hints.ts";
import { readOnce } from "../../../src/knowledge/understand/read-once.ts";

const fakeReader = () => {
  const calls: string[] = [];
  return {
    calls,
    understand(raw: string, forced?: "en" | "ja") {
      calls.push(`${forced ?? "-"}:${raw}`);
      return { locale: forced ?? "en", query: { intent: "unknown" } } as unknown as Understanding;
    },
  };
};

describe("readOnce: one answer reads each text once", () => {
  it("gives the same reading for the same text and language, read once", () => {
    const inner = fakeReader();
    const reader = readOnce(inner);
    const first = reader.understand("who co-chaired round 2?");
    expect(reader.understand("who co-chaired round 2?")).toBe(first);
    expect(inner.calls).toEqual(["-:who co-chaired round 2?"]);
  });
  it("reads another text, or the same text in another language, again", () => {
    const inner = fakeReader();
    const reader = readOnce(inner);
    reader.understand("round 2?");
    reader.understand("round 3?");
    reader.understand("round 2?", "ja");
    expect(inner.calls).toEqual(["-:round 2?", "-:round 3?", "ja:round 2?"]);
  });
  it("a text read without a language is the same reading when its own language is given", () => {
    const inner = fakeReader();
    const reader = readOnce(inner);
    const first = reader.understand("round 2?");
    expect(reader.understand("round 2?", "en")).toBe(first);
    expect(inner.calls).toEqual(["-:round 2?"]);
  });
  it("two readers (two answers) never share a reading", () => {
    const inner = fakeReader();
    readOnce(inner).understand("round 2?");
    readOnce(inner).understand("round 2?");
    expect(inner.calls).toHaveLength(2);
  });
});
