import { ApplicationCommandOptionType, ApplicationCommandType } from "discord.js";
import { describe, expect, it } from "vitest";
import * as agencies from "../../src/commands/agencies.ts";
import * as cochairs from "../../src/commands/cochairs.ts";
import { commandDefinitions, messageCommands, slashCommands } from "../../src/commands/registry.ts";
import * as round from "../../src/commands/round.ts";
import { fakeAnswerer } from "../bot/helpers/fake-answerer.ts";

describe("command definitions", () => {
  it("registers every command once", () => {
    const names = commandDefinitions().map((d) => d.name);
    expect(names).toEqual([
      "cochairs",
      "agencies",
      "next",
      "round",
      "org",
      "ask",
      "search",
      "timeline",
      "participation",
      "help",
      "reload",
      "Ask Dialogue Desk",
    ]);
    expect(messageCommands[0]?.definition.type).toBe(ApplicationCommandType.Message);
  });

  it("localises every command and option in Japanese, within Discord's limits", () => {
    for (const { definition } of slashCommands) {
      expect(definition.name).toMatch(/^[-_\p{L}\p{N}]{1,32}$/u);
      expect(definition.name_localizations?.ja).toMatch(/^[-_\p{L}\p{N}]{1,32}$/u);
      expect(definition.description.length).toBeLessThanOrEqual(100);
      expect(definition.description_localizations?.ja?.length).toBeLessThanOrEqual(100);
      const options = definition.options ?? [];
      expect(options.length).toBeLessThanOrEqual(25);
      let optionalSeen = false;
      for (const option of options) {
        expect(option.name_localizations?.ja, `${definition.name}.${option.name}`).toBeTruthy();
        expect(option.description_localizations?.ja, `${definition.name}.${option.name}`).toBeTruthy();
        expect(option.description.length).toBeLessThanOrEqual(100);
        if (!option.required) optionalSeen = true;
        else expect(optionalSeen, "required options come first").toBe(false);
      }
    }
  });

  it("every answering command has private and for; round options are autocompleted strings", () => {
    for (const { definition, autocomplete } of slashCommands) {
      if (definition.name === "reload") continue; // not an answer: always private, no options
      const names = (definition.options ?? []).map((o) => o.name);
      expect(names, definition.name).toContain("private");
      if (definition.name !== "help") expect(names, definition.name).toContain("for");
      const roundOption = definition.options?.find((o) => o.name === "round");
      if (roundOption) {
        expect(roundOption).toMatchObject({ type: ApplicationCommandOptionType.String, autocomplete: true });
        expect(autocomplete, definition.name).toBeDefined();
      }
    }
  });
});

describe("handlers", () => {
  it("build queries from options, accepting any form of round", () => {
    const answerer = fakeAnswerer();
    const context = { answerer };
    cochairs.execute({ options: { round: "2" }, locale: "en" }, context);
    cochairs.execute({ options: { round: "2nd" }, locale: "en" }, context);
    cochairs.execute({ options: { round: "第2回" }, locale: "ja" }, context);
    round.execute({ options: { round: "latest" }, locale: "en" }, context);
    agencies.execute({ options: { round: "3", country: "AU" }, locale: "en" }, context);
    agencies.execute({ options: {}, locale: "en" }, context);
    cochairs.execute({ options: { round: "1000" }, locale: "en" }, context);
    expect(answerer.queries).toEqual([
      { intent: "cochairs", round: 2 },
      { intent: "cochairs", round: 2 },
      { intent: "cochairs", round: 2 },
      { intent: "round_overview", round: 5 },
      { intent: "agencies", round: 3, side: "AU" },
      { intent: "agencies", round: undefined, side: undefined },
      // a round number that isn't on record goes to the engine as is, for its "no record" answer
      { intent: "cochairs", round: 1000 },
    ]);
  });

  it("say so when a round cannot be read", () => {
    const result = cochairs.execute(
      { options: { round: "purple" }, locale: "en" },
      { answerer: fakeAnswerer() },
    );
    expect(result).toMatchObject({ kind: "notice", text: expect.stringContaining("purple") });
  });
});
