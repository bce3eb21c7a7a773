import { describe, expect, it } from "vitest";
import { readScope } from "../../../../src/knowledge/understand/steps/scope.ts";
import { scanUpTo } from "./helpers.ts";

describe("step: scope", () => {
  it("a question about this dialogue is anchored", () => {
    const { scan, stopped } = scanUpTo("when was the cyber dialogue held?", readScope);
    expect(stopped).toBeUndefined();
    expect(scan.anchor).toBe(true);
  });
  it("another country's dialogue or another forum stops the reading", () => {
    expect(scanUpTo("Who chaired the Japan-US cyber dialogue?", readScope).stopped?.hints.reason).toBe(
      "other_dialogue",
    );
    expect(scanUpTo("When is the next 2+2?", readScope).stopped?.hints.reason).toBe("other_forum");
  });
  it("another forum named together with this dialogue does not stop it", () => {
    expect(
      scanUpTo("was the 2+2 mentioned at the cyber policy dialogue?", readScope).stopped,
    ).toBeUndefined();
  });
  it("words about nothing here are not anchored", () => {
    expect(scanUpTo("who will win the world cup", readScope).scan.anchor).toBe(false);
  });
});
