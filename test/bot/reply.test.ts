import { MessageFlags } from "discord.js";
import { describe, expect, it } from "vitest";
import { parseCustomId } from "../../src/bot/custom-id.ts";
import { renderReply } from "../../src/bot/reply.ts";
import { fakeAnswer } from "./helpers/fake-answerer.ts";

const owner = "1250000000000000201";
const colleague = "1250000000000000202";

const customIds = (reply: ReturnType<typeof renderReply>) =>
  reply.components.flatMap((row) => row.components.map((c) => ("custom_id" in c ? c.custom_id : "")));

describe("renderReply", () => {
  it("public answers mention nobody and carry a delete button for the asker", () => {
    const reply = renderReply({ kind: "answer", answer: fakeAnswer() }, { owner, ephemeral: false });
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(reply.flags).toBeUndefined();
    expect(reply.content).toBeUndefined();
    expect(customIds(reply)).toEqual([`dd:del:${owner}`]);
  });

  it("private answers are ephemeral, without a delete button", () => {
    const reply = renderReply({ kind: "answer", answer: fakeAnswer() }, { owner, ephemeral: true });
    expect(reply.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.components).toEqual([]);
  });

  it("an answer pointed at a colleague mentions exactly that user", () => {
    const reply = renderReply(
      { kind: "answer", answer: fakeAnswer() },
      { owner, ephemeral: false, forUser: colleague },
    );
    expect(reply.content).toBe(`For <@${colleague}>:`);
    expect(reply.allowedMentions).toEqual({ parse: [], users: [colleague] });
  });

  it("low confidence offers at most 5 readings as buttons that encode their query", () => {
    const suggestions = Array.from({ length: 7 }, (_, i) => ({
      label: `Reading ${i}`,
      query: { intent: "cochairs" as const, round: i + 1 },
    }));
    const reply = renderReply(
      { kind: "answer", answer: fakeAnswer({ confidence: "low", suggestions }) },
      { owner, ephemeral: false },
    );
    expect(reply.content).toBe("**Did you mean…**");
    const ids = customIds(reply);
    expect(ids).toHaveLength(6);
    expect(ids.slice(0, 5).map((id) => parseCustomId(id))).toEqual(
      suggestions.slice(0, 5).map((s) => ({ type: "query", owner, query: s.query })),
    );
  });

  it("search hits come with a select menu", () => {
    const reply = renderReply(
      {
        kind: "search",
        text: "feakin",
        locale: "en",
        hits: [
          {
            kind: "person",
            id: "p",
            label: "Tobias Feakin",
            detail: "DFAT",
            query: { intent: "person", person: "p" },
          },
        ],
      },
      { owner, ephemeral: true },
    );
    const menu = reply.components[0]?.components[0];
    expect(menu).toMatchObject({
      custom_id: `dd:open:${owner}`,
      options: [{ label: "Tobias Feakin", value: "person::::p" }],
    });
    expect(reply.embeds[0]?.description).toContain("Tobias Feakin");
  });

  it("notices are short, private and mention nobody", () => {
    const reply = renderReply(
      { kind: "notice", text: "no such round", locale: "en" },
      { owner, ephemeral: false },
    );
    expect(reply).toEqual({
      content: "no such round",
      embeds: [],
      components: [],
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
  });
});
