import { describe, expect, it } from "vitest";
import { answerEmbed, EMBED_LIMITS, embedLength, fitEmbed, sourcesField } from "../../src/bot/embed.ts";
import type { SourceRef } from "../../src/knowledge/answer-types.ts";
import { fakeAnswer } from "./helpers/fake-answerer.ts";

const within = (embed: ReturnType<typeof fitEmbed>) => {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.description);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.fields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
    expect(field.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    expect(field.value.length).toBeGreaterThan(0);
  }
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.footer);
  expect(embedLength(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
};

describe("answerEmbed", () => {
  it("puts the answer, its sections and a Sources field with links", () => {
    const embed = answerEmbed(fakeAnswer({ sections: [{ heading: "Japan", body: "Mizushima" }] }));
    expect(embed.title).toBe("Co-chairs of the 2nd round");
    expect(embed.description).toContain("McKinnon");
    expect(embed.fields?.[0]).toEqual({ name: "Japan", value: "Mizushima" });
    expect(embed.fields?.at(-1)).toEqual({
      name: "Sources",
      value: "• [Japan-Australia Relations](https://www.mofa.go.jp/x.html) (MOFA)",
    });
  });

  it("labels sources in Japanese for a Japanese answer", () => {
    expect(answerEmbed(fakeAnswer({ locale: "ja" })).fields?.at(-1)?.name).toBe("出典");
  });

  it("shows the question in the footer only when asked to", () => {
    expect(answerEmbed(fakeAnswer()).footer).toBeUndefined();
    expect(answerEmbed(fakeAnswer(), { showQuestion: true }).footer?.text).toBe(
      "Asked: who co-chaired the 2nd round?",
    );
  });

  it("keeps every limit however large the answer, and keeps the sources", () => {
    const huge = "😀 long text ".repeat(2000);
    const embed = answerEmbed(
      fakeAnswer({
        title: huge,
        text: huge,
        question: huge,
        sections: Array.from({ length: 40 }, (_, i) => ({ heading: `${i} ${huge}`, body: huge })),
      }),
      { showQuestion: true },
    );
    within(embed);
    expect(embed.fields?.at(-1)?.name).toBe("Sources");
    expect(embed.title?.endsWith("…")).toBe(true);
  });
});

describe("sourcesField", () => {
  it("lists as many sources as fit, then says how many more", () => {
    const sources: SourceRef[] = Array.from({ length: 30 }, (_, i) => ({
      id: `s${i}`,
      title: `A rather long source title number ${i}`,
      publisher: "Ministry of Foreign Affairs of Japan",
      url: `https://www.mofa.go.jp/press/release/press4e_00${i}.html`,
    }));
    const field = sourcesField(sources, "en");
    expect(field.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    expect(field.value).toMatch(/…and \d+ more$/);
  });

  it("escapes link text and URLs so Markdown links stay intact", () => {
    const field = sourcesField(
      [{ id: "x", title: "Title [draft]", publisher: "P", url: "https://example.com/a_(b) c" }],
      "en",
    );
    expect(field.value).toBe("• [Title \\[draft\\]](https://example.com/a_%28b%29%20c) (P)");
  });

  it("links only web addresses", () => {
    const field = sourcesField(
      [{ id: "n", title: "notes.md", publisher: "Research", url: "file:///notes.md" }],
      "en",
    );
    expect(field.value).toBe("• notes.md (Research)");
  });

  it("says when there is no source", () => {
    expect(sourcesField([], "ja")).toEqual({ name: "出典", value: "出典の記録はありません。" });
  });
});

describe("fitEmbed", () => {
  it("drops or shortens the last free fields first and keeps pinned ones", () => {
    const fields = Array.from({ length: 10 }, (_, i) => ({ name: `f${i}`, value: "x".repeat(1000) }));
    const embed = fitEmbed({ title: "t", description: "d".repeat(2000), fields }, 1);
    within(embed);
    expect(embed.fields?.at(-1)?.name).toBe("f9");
    expect(embed.description?.length).toBe(2000);
  });
});
