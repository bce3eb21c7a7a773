/**
 * The bot's handlers on the real engine, with hostile input (property): every slash command with any option
 * values, the context menu and free text produce a result that renders as a well-formed Discord message.
 */
import { ApplicationCommandOptionType } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderReply } from "../../src/bot/reply.ts";
import { MAX_QUESTION_LENGTH } from "../../src/commands/ask.ts";
import { askCommand, messageCommands, slashCommands } from "../../src/commands/registry.ts";
import type { OptionValue, SlashCommand } from "../../src/commands/types.ts";
import { hostileText, userId } from "../robustness/helpers/arbitraries.ts";
import { bodyProblems, toBody } from "../robustness/helpers/well-formed.ts";
import { answerer } from "./fixture.ts";

const locale = fc.constantFrom("en" as const, "ja" as const);
type OptionDef = NonNullable<SlashCommand["definition"]["options"]>[number];

/** A value Discord could send for an option: a hostile string within its max_length, a choice, a user id… */
function optionValue(option: OptionDef): fc.Arbitrary<OptionValue> {
  switch (option.type) {
    case ApplicationCommandOptionType.String: {
      const max = "max_length" in option && option.max_length ? option.max_length : 100;
      const choices = "choices" in option && option.choices ? option.choices.map((c) => String(c.value)) : [];
      return choices.length > 0 ? fc.oneof(fc.constantFrom(...choices), hostileText(max)) : hostileText(max);
    }
    case ApplicationCommandOptionType.Boolean:
      return fc.boolean();
    case ApplicationCommandOptionType.User:
      return userId;
    default:
      return fc.integer();
  }
}

const invocation = (command: SlashCommand) =>
  fc.record({
    options: fc.record(
      Object.fromEntries((command.definition.options ?? []).map((o) => [o.name, optionValue(o)])),
      { requiredKeys: [] },
    ) as fc.Arbitrary<Record<string, OptionValue>>,
    locale,
    admin: fc.boolean(),
    owner: userId,
  });

describe("commands on the real engine with hostile input (property)", () => {
  for (const command of slashCommands) {
    it(`/${command.definition.name}`, () => {
      fc.assert(
        fc.property(invocation(command), ({ options, locale: l, admin, owner }) => {
          const result = command.execute({ options, locale: l, admin }, { answerer });
          const forUser = typeof options.for === "string" ? options.for : undefined;
          const ephemeral = options.private === true;
          const reply = renderReply(result, { owner, ephemeral, forUser });
          const pointedAt = ephemeral || result.kind === "notice" ? undefined : forUser;
          expect(bodyProblems(toBody(reply), pointedAt)).toEqual([]);
          if (command.autocomplete) {
            for (const [name, value] of Object.entries(options)) {
              if (typeof value !== "string") continue;
              expect(
                command.autocomplete(name, value.slice(0, 100), l, { answerer }).length,
              ).toBeLessThanOrEqual(25);
            }
          }
        }),
        { numRuns: command.definition.name === "ask" ? 800 : 250 },
      );
    });
  }

  it("the context menu and free text (mentions, DMs), cut to the /ask limit", () => {
    const [contextMenu] = messageCommands;
    if (!contextMenu) throw new Error("no context-menu command");
    fc.assert(
      fc.property(hostileText(2000), locale, userId, (text, l, owner) => {
        const question = text.slice(0, MAX_QUESTION_LENGTH);
        const fromMenu = contextMenu.execute(question, l, { answerer });
        const menuReply = renderReply(fromMenu, { owner, ephemeral: false, showQuestion: true });
        expect(bodyProblems(toBody(menuReply))).toEqual([]);
        const free = askCommand.execute({ options: { question }, locale: undefined }, { answerer });
        const { flags: _flags, ...reply } = renderReply(free, { owner, ephemeral: false });
        const body = toBody({ ...reply, allowedMentions: { parse: [], repliedUser: false } });
        expect(bodyProblems(body)).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });
});
