import type { APIApplicationCommandInteractionDataOption, APIInteraction } from "discord.js";
import { describe, expect, it } from "vitest";
import { MAX_QUESTION_LENGTH } from "../../src/commands/ask.ts";
import { focusedOption, isAdmin, readOptions, userIdOf } from "../../src/interactions/read.ts";

const member = (permissions: string) =>
  ({ type: 2, guild_id: "1", member: { user: { id: "7" }, permissions } }) as unknown as APIInteraction;

describe("reading an interaction payload", () => {
  it("Administrator only in a server, and never from a malformed permissions field", () => {
    expect(isAdmin(member("8"))).toBe(true);
    expect(isAdmin(member(String((1n << 40n) | 8n)))).toBe(true);
    expect(isAdmin(member("2048"))).toBe(false);
    expect(isAdmin(member("not a number"))).toBe(false);
    expect(isAdmin({ type: 2, user: { id: "7" } } as unknown as APIInteraction)).toBe(false);
  });

  it("the user is the member's user in a server, the user in a DM", () => {
    expect(userIdOf(member("0"))).toBe("7");
    expect(userIdOf({ type: 2, user: { id: "9" } } as unknown as APIInteraction)).toBe("9");
  });

  it("option values, strings cut to the longest question; the focused option, nested too", () => {
    const options = [
      { name: "question", type: 3, value: "x".repeat(MAX_QUESTION_LENGTH + 50) },
      { name: "private", type: 5, value: true },
    ] as APIApplicationCommandInteractionDataOption[];
    expect(readOptions(options)).toEqual({ question: "x".repeat(MAX_QUESTION_LENGTH), private: true });
    const nested = [
      { name: "sub", type: 1, options: [{ name: "round", type: 3, value: "2n", focused: true }] },
    ] as APIApplicationCommandInteractionDataOption[];
    expect(focusedOption(nested)).toEqual({ name: "round", value: "2n" });
    expect(focusedOption(undefined)).toBeUndefined();
  });
});
