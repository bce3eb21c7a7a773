import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Choice, Locale } from "../knowledge/answer-types.ts";
import { strings } from "./i18n.ts";
import {
  forOption,
  privateOption,
  resolveOrganisation,
  resolveRound,
  roundOption,
  stringOption,
} from "./options.ts";
import type { CommandContext, CommandInput, CommandResult } from "./types.ts";

export const definition = {
  name: "org",
  name_localizations: { ja: "機関" },
  description: "Which rounds an organisation took part in (or whether it attended one round)",
  description_localizations: { ja: "ある機関が参加した回（または特定の回に参加したか）" },
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: "organisation",
      name_localizations: { ja: "機関名" },
      description: "Name or acronym, e.g. NISC, DFAT, JPCERT/CC",
      description_localizations: { ja: "名称または略称（例: NISC、外務省、JPCERT/CC）" },
      required: true,
      autocomplete: true,
      max_length: 100,
    },
    roundOption(false),
    privateOption,
    forOption,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export function execute(input: CommandInput, { answerer }: CommandContext): CommandResult {
  const locale = input.locale ?? "en";
  const t = strings(locale);
  const name = stringOption(input, "organisation") ?? "";
  const organisation = resolveOrganisation(name, answerer, locale);
  if (organisation === undefined) return { kind: "notice", text: t.unknownOrganisation(name), locale };
  const round = resolveRound(stringOption(input, "round"), answerer, locale);
  if (!round.ok) return { kind: "notice", text: t.unknownRound(round.value), locale };
  return {
    kind: "answer",
    answer: answerer.answerQuery(
      { intent: "membership", organisation, relation: "attended", round: round.round },
      { locale },
    ),
  };
}

export function autocomplete(
  option: string,
  partial: string,
  locale: Locale,
  { answerer }: CommandContext,
): Choice[] {
  return option === "round"
    ? answerer.roundChoices(partial, locale)
    : answerer.organisationChoices(partial, locale);
}
