/**
 * Property tests of the pure rendering path: whatever the engine or a command returns (hostile text in every
 * field, any number of sections, sources, suggestions and hits), the Discord payload is well formed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { limitChoices } from "../../src/bot/interactions.ts";
import { noticeReply, renderReply } from "../../src/bot/reply.ts";
import { clip, postable, truncate } from "../../src/bot/text.ts";
import { strings } from "../../src/commands/i18n.ts";
import { answer, commandResult, hostileText, userId } from "../robustness/helpers/arbitraries.ts";
import { bodyProblems, LIVE_MENTION, toBody } from "../robustness/helpers/well-formed.ts";

const options = fc.record({
  owner: fc.option(userId, { nil: undefined }),
  ephemeral: fc.boolean(),
  forUser: fc.option(userId, { nil: undefined }),
  showQuestion: fc.boolean(),
});

describe("rendering (property)", () => {
  it("any command result renders as a well-formed Discord message", () => {
    fc.assert(
      fc.property(commandResult, options, (result, opts) => {
        const reply = renderReply(result, opts);
        const pointedAt = opts.ephemeral ? undefined : opts.forUser;
        expect(bodyProblems(toBody(reply), result.kind === "notice" ? undefined : pointedAt)).toEqual([]);
        expect(reply.allowedMentions.parse).toEqual([]);
        if (reply.allowedMentions.users) expect(reply.allowedMentions.users).toEqual([pointedAt]);
        expect(reply.embeds.length).toBeLessThanOrEqual(1);
        if (opts.ephemeral || result.kind === "notice") expect(reply.flags).toBe(64);
      }),
      { numRuns: 2000 },
    );
  });

  it("an answer in a mention reply (no flags, replied user not pinged) is well formed too", () => {
    fc.assert(
      fc.property(answer, userId, (a, owner) => {
        const { flags: _flags, ...reply } = renderReply(
          { kind: "answer", answer: a },
          { owner, ephemeral: false },
        );
        const body = toBody({ ...reply, allowedMentions: { parse: [], repliedUser: false } });
        expect(bodyProblems(body)).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  it("notices (errors, cooldowns, unknown rounds that echo what was typed) are well formed", () => {
    fc.assert(
      fc.property(hostileText(10_000), fc.constantFrom("en" as const, "ja" as const), (text, locale) => {
        const t = strings(locale);
        for (const notice of [
          text,
          t.unknownRound(text),
          t.unknownOrganisation(text),
          t.slowDown(text.length),
        ]) {
          expect(bodyProblems(toBody(noticeReply(notice)))).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("autocomplete choices stay within 25, names 1-100 and values ≤ 100 characters", () => {
    const choice = fc.record({ name: hostileText(300), value: fc.string({ minLength: 1, maxLength: 300 }) });
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 60 }), (choices) => {
        const limited = limitChoices(choices);
        expect(limited.length).toBeLessThanOrEqual(25);
        for (const c of limited) {
          expect(c.name.length).toBeGreaterThanOrEqual(1);
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(c.value.length).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("text helpers (property)", () => {
  it("truncate never exceeds the limit, and never splits a surrogate pair it was given whole", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 400 }),
        fc.integer({ min: 0, max: 300 }),
        (s, max) => {
          const cut = truncate(s, max);
          expect(cut.length).toBeLessThanOrEqual(max);
          expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
          if (s.length <= max) expect(cut).toBe(s);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("postable and clip leave no live mention and keep to the limit", () => {
    fc.assert(
      fc.property(hostileText(3000), fc.integer({ min: 1, max: 2000 }), (s, max) => {
        expect(postable(s)).not.toMatch(LIVE_MENTION);
        const clipped = clip(s, max);
        expect(clipped.length).toBeLessThanOrEqual(max);
        expect(clipped.trim()).not.toBe("");
        expect(clipped).not.toMatch(LIVE_MENTION);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the well-formedness check itself", () => {
  it("catches what it is meant to catch", () => {
    const ok = { content: "hi", embeds: [], components: [], allowed_mentions: { parse: [] } };
    expect(bodyProblems(ok)).toEqual([]);
    expect(bodyProblems({ ...ok, content: "hi @everyone" })).toHaveLength(1);
    expect(bodyProblems({ ...ok, content: "x".repeat(2001) })).toHaveLength(1);
    expect(bodyProblems({ ...ok, allowed_mentions: { parse: ["everyone"] } } as never)).toHaveLength(1);
    expect(bodyProblems({ ...ok, allowed_mentions: undefined })).toHaveLength(1);
    expect(bodyProblems({ ...ok, content: "" })).toEqual(["empty message"]);
    expect(
      bodyProblems({ ...ok, embeds: [{ description: "<@123>", fields: [{ name: " ", value: "v" }] }] }),
    ).toHaveLength(2);
    expect(bodyProblems({ ...ok, embeds: [{ title: "t".repeat(257) }] })).toHaveLength(1);
    expect(bodyProblems({ ...ok, content: "\ud800" })).toHaveLength(1);
    expect(
      bodyProblems({ ...ok, content: "For <@42>:", allowed_mentions: { parse: [], users: ["42"] } }, "42"),
    ).toEqual([]);
  });
});
