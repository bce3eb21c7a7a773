import { describe, expect, it } from "vitest";
import { representedBy, representingNote } from "../../../src/knowledge/answer/representing.ts";
import type { Organisation } from "../../../src/knowledge/types.ts";
import { kb } from "../fixture.ts";

const org = (id: string): Organisation => {
  const found = kb.organisations.get(id);
  if (!found) throw new Error(id);
  return found;
};

describe("representing", () => {
  it("reads 'X, representing the Y' from an evidence quote, Y by a recorded alias", () => {
    const quote = {
      source: "s",
      quote: "DFAT, CERT Australia, representing the Australian Cyber Security Center, and Defence.",
    };
    expect(representedBy(kb, org("cert-australia"), [quote])?.id).toBe("acsc");
    expect(representedBy(kb, org("dfat"), [quote])).toBeUndefined();
  });
  it("says nothing when Y is not a recorded organisation", () => {
    const quote = { source: "s", quote: "CERT Australia, representing the Moon Office." };
    expect(representingNote(kb, org("cert-australia"), [quote], "en")).toBe("");
  });
  it("names the represented body in the answer's language", () => {
    const quote = { source: "s", quote: "CERT Australia, representing the ACSC." };
    expect(representingNote(kb, org("cert-australia"), [quote], "en")).toContain(
      "representing the Australian Cyber Security Centre",
    );
    expect(representingNote(kb, org("cert-australia"), [quote], "ja")).toContain("代表として");
  });
});
