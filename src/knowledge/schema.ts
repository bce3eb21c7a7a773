import { z } from "zod";

/**
 * The knowledge base schema: the single source of truth for the shape of `data/`.
 * Types are inferred from it (src/knowledge/types.ts) and data/schema.json is generated from it.
 */

export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and hyphens, e.g. "mofa"');

export const Country = z.enum(["JP", "AU"]).describe("JP = Japan, AU = Australia");

/** Text in English and/or Japanese; at least one of them. Never a made-up translation. */
export const Text = z
  .object({
    en: z.string().min(1).optional(),
    ja: z.string().min(1).optional(),
  })
  .strict()
  .refine((text) => text.en !== undefined || text.ja !== undefined, {
    message: "needs an English (en) or Japanese (ja) text",
  });

/** Where a fact comes from: a source id (see sources.json) and the words that support it. */
export const Evidence = z
  .object({
    source: Id.describe("id of a source in sources.json"),
    quote: z.string().min(1).describe("the sentence of the source that supports the fact"),
    note: z.string().min(1).optional().describe("how the quote supports the fact, where not obvious"),
  })
  .strict();

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A calendar date with its precision; `approximate` marks dates the source only implies. */
export const DateValue = z
  .object({
    year: z.number().int().min(1990).max(2100),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    precision: z.enum(["day", "month", "year"]),
    approximate: z.boolean().default(false),
  })
  .strict()
  .superRefine((date, ctx) => {
    const needsMonth = date.precision !== "year";
    const needsDay = date.precision === "day";
    if (needsMonth !== (date.month !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["month"],
        message: needsMonth
          ? `precision "${date.precision}" needs a month`
          : 'precision "year" must not give a month',
      });
    }
    if (needsDay !== (date.day !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["day"],
        message: needsDay
          ? 'precision "day" needs a day'
          : `precision "${date.precision}" must not give a day`,
      });
    }
    if (date.month !== undefined && date.day !== undefined && date.day > daysInMonth(date.year, date.month)) {
      ctx.addIssue({
        code: "custom",
        path: ["day"],
        message: `${date.year}-${date.month} has no day ${date.day}`,
      });
    }
  });

export const Place = z
  .object({
    city: Text,
    country: Country,
  })
  .strict();

/**
 * A fact is either known, with its value and at least one piece of evidence,
 * or explicitly unknown, with a note saying why.
 */
export const fact = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion("status", [
    z
      .object({
        status: z.literal("known"),
        value,
        evidence: z.array(Evidence).min(1, "a known fact needs at least one piece of evidence"),
      })
      .strict(),
    z
      .object({
        status: z.literal("unknown"),
        note: z.string().min(1).describe("why it is unknown, e.g. what the sources do and do not say"),
      })
      .strict(),
  ]);

export const ParticipantList = z
  .object({
    organisations: z.array(Id).min(1),
    complete: z.boolean().describe("false when the source says 'including' or may list only some"),
  })
  .strict();

export const NextRoundAnnouncement = z
  .object({
    round: z.number().int().min(1),
    place: Place.optional(),
    date: DateValue.optional(),
  })
  .strict();

const schemaRef = z.string().optional().describe("path of data/schema.json, for editors");

export const RoundFile = z
  .object({
    $schema: schemaRef,
    kind: z.literal("round"),
    number: z.number().int().min(1),
    held: fact(z.boolean()).describe("whether any source records the round as held"),
    date: fact(DateValue),
    place: fact(Place),
    released: fact(DateValue).optional().describe("date of the press release reporting the round"),
    cochairs: z
      .object({ JP: fact(Id), AU: fact(Id) })
      .strict()
      .describe("person ids, one per side"),
    participants: z.object({ JP: fact(ParticipantList), AU: fact(ParticipantList) }).strict(),
    topics: fact(z.array(Text).min(1)),
    outcome: fact(Text),
    nextRoundAnnounced: fact(NextRoundAnnouncement).describe(
      "what this round announced about the next one; what actually happened is the next round's own file",
    ),
  })
  .strict();

/** A meeting people may take for a round of this dialogue, recorded so that the bot can say it is not one. */
export const DistinctMeeting = z
  .object({
    id: Id,
    name: Text,
    aliases: z.array(z.string().min(1)).default([]).describe("names people use for it, in either language"),
    description: Text.describe("what the meeting is, and why it is not a round of this dialogue"),
    date: DateValue.describe("when it was held (its first day)"),
    until: DateValue.optional().describe("its last day, for a meeting of several days"),
    place: Place,
    source: Id.describe("id of the source (sources.json) that reports the meeting"),
    note: z.string().min(1).optional(),
  })
  .strict();

export const DialogueFile = z
  .object({
    $schema: schemaRef,
    kind: z.literal("dialogue"),
    id: Id,
    name: Text,
    distinctFrom: z
      .array(DistinctMeeting)
      .default([])
      .describe("other meetings that are not rounds of this dialogue, e.g. held at the same time and place"),
    origin: fact(
      z
        .object({
          date: DateValue,
          place: Place,
          occasion: Text,
          agreedBy: z.array(Id).min(1).describe("person ids"),
        })
        .strict(),
    ),
  })
  .strict();

export const Source = z
  .object({
    id: Id,
    publisher: z.string().min(1),
    title: z.string().min(1),
    date: DateValue,
    url: z.url({ protocol: /^https?$/, error: "a source is a public web address (http or https)" }),
    language: z.enum(["en", "ja"]),
    text: z
      .string()
      .regex(/^sources\/[a-z0-9][a-z0-9-]*\.txt$/, "the stored text is sources/<id>.txt")
      .optional()
      .describe(
        "the source's readable text, stored in data/ (sources/<id>.txt); every quote from it must appear there word for word",
      ),
    note: z.string().min(1).optional(),
  })
  .strict();

export const SourcesFile = z
  .object({ $schema: schemaRef, kind: z.literal("sources"), sources: z.array(Source).min(1) })
  .strict();

export const Organisation = z
  .object({
    id: Id,
    country: Country,
    name: Text,
    acronym: z.string().min(1).optional(),
    aliases: z.array(z.string().min(1)).default([]).describe("other names people use, in either language"),
    partOf: Id.optional().describe("id of the parent organisation"),
    evidence: z.array(Evidence).min(1),
  })
  .strict();

export const OrganisationsFile = z
  .object({
    $schema: schemaRef,
    kind: z.literal("organisations"),
    organisations: z.array(Organisation).min(1),
  })
  .strict();

export const Role = z
  .object({
    title: Text,
    organisation: Id.optional().describe(
      "omitted where the source names no organisation (e.g. a Prime Minister)",
    ),
    rounds: z
      .array(z.number().int().min(1))
      .default([])
      .describe("rounds at which the person held this role"),
    asOf: DateValue.optional().describe(
      "when the source gives this title, for a title not tied to a round (e.g. from another dialogue's statement)",
    ),
    evidence: z.array(Evidence).min(1),
  })
  .strict();

export const Person = z
  .object({
    id: Id,
    country: Country,
    name: Text,
    honorific: Text.optional().describe("as the source gives it, e.g. Mr., Dr., His Excellency"),
    aliases: z.array(z.string().min(1)).default([]).describe("surnames and spellings people use"),
    roles: z.array(Role).default([]),
    commentedOn: z
      .array(z.object({ round: z.number().int().min(1), evidence: z.array(Evidence).min(1) }).strict())
      .default([])
      .describe("rounds the person spoke about publicly without being recorded as a co-chair or participant"),
    evidence: z.array(Evidence).min(1),
  })
  .strict();

export const PeopleFile = z
  .object({ $schema: schemaRef, kind: z.literal("people"), people: z.array(Person).min(1) })
  .strict();

export const GlossaryTerm = z
  .object({
    id: Id,
    term: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    expansion: Text.optional().describe("what the term stands for; omitted where no source spells it out"),
    evidence: z.array(Evidence).min(1),
  })
  .strict();

export const GlossaryFile = z
  .object({ $schema: schemaRef, kind: z.literal("glossary"), terms: z.array(GlossaryTerm).min(1) })
  .strict();

/** Every file in data/ is one of these, told apart by its `kind`. */
export const DataFile = z.discriminatedUnion("kind", [
  DialogueFile,
  SourcesFile,
  OrganisationsFile,
  PeopleFile,
  GlossaryFile,
  RoundFile,
]);
