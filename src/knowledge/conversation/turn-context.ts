/**
 * A turn's context as it travels: built from an answered query, and read back (from process memory, a JSON
 * line or a Discord message) only through a zod schema, so a forged or damaged context is ignored, never
 * trusted.
 */
import { z } from "zod";
import { type Answer, INTENTS, type Query, type TurnContext } from "../answer-types.ts";

const short = z.string().min(1).max(100);

const querySchema = z.object({
  intent: z.enum(INTENTS),
  round: z.number().int().min(-1000).max(1000).optional(),
  side: z.enum(["JP", "AU"]).optional(),
  organisation: short.optional(),
  person: short.optional(),
  term: short.optional(),
  relation: z.enum(["attended", "cochaired", "held_in"]).optional(),
  place: short.optional(),
});

export const turnContextSchema = z.object({
  query: querySchema,
  rounds: z.array(z.number().int().min(-1000).max(1000)).max(10).optional(),
  locale: z.enum(["en", "ja"]),
  yesno: z.boolean().optional(),
  place: short.optional(),
  earlier: z.number().int().min(-1000).max(1000).optional(),
  topicWords: z.array(z.string().min(1).max(40)).max(6).optional(),
  released: z.boolean().optional(),
  duration: z.boolean().optional(),
});

// The schema and the contract's type describe the same thing.
type Parsed = z.infer<typeof turnContextSchema>;
const _toContract = (c: Parsed): TurnContext => c;
const _fromContract = (c: TurnContext): Parsed => c;
void _toContract;
void _fromContract;

/** The context, checked; undefined when it is not one (anything a transport hands over may be damaged). */
export function parseTurnContext(value: unknown): TurnContext | undefined {
  const parsed = turnContextSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { query, ...rest } = parsed.data;
  const clean: Query = { intent: query.intent };
  for (const [key, v] of Object.entries(query)) if (v !== undefined) Object.assign(clean, { [key]: v });
  return { ...rest, query: clean };
}

/** Only what identifies what was asked: the fields a follow-up may inherit. */
function slim(query: Query): Query {
  const out: Query = { intent: query.intent };
  for (const key of ["round", "side", "organisation", "person", "term", "relation", "place"] as const) {
    const value = query[key];
    if (value !== undefined) Object.assign(out, { [key]: value });
  }
  return out;
}

/**
 * What a follow-up to this answer needs: the query answered (with the round the answer was about when the
 * question left it to the answer, e.g. the latest round), every round it covered, the language, and whether
 * it was a yes/no question. An answer that understood nothing hands on the context it was given.
 */
export function contextOf(
  answer: Answer,
  query: Query,
  options: {
    rounds?: number[];
    yesno?: boolean;
    previous?: TurnContext;
    place?: string;
    followUp?: boolean;
    topicWords?: string[];
    /** the question asked about the round's press release */
    released?: boolean;
  },
): TurnContext | undefined {
  const { place, previous } = options;
  if (answer.intent === "unknown" || query.intent === "unknown") {
    // a question off topic hands on what came before, and the place it named ("a hotel in Canberra?")
    if (!place) return previous;
    return { ...(previous ?? { query: { intent: "unknown" }, locale: answer.locale }), place };
  }
  const q = slim(query);
  // (the list of rounds is about one round only when it found one: "which round was held in Canberra?")
  if (q.round === undefined && answer.round !== null && q.intent !== "origin") q.round = answer.round;
  const rounds = options.rounds && options.rounds.length > 1 ? options.rounds.slice(0, 10) : undefined;
  const context: TurnContext = { query: q, locale: answer.locale };
  if (rounds) context.rounds = rounds;
  if (options.yesno) context.yesno = true;
  if (options.released && q.round !== undefined) context.released = true;
  if (place) context.place = place;
  const words = options.topicWords?.filter((w) => w.length <= 40).slice(0, 6);
  if (q.intent === "topics" && words && words.length > 0) context.topicWords = words;
  // "how many days between them?" after "the one before?": the round of the turn this one followed up
  const before = options.followUp ? previous?.query.round : undefined;
  if (before !== undefined && q.round !== undefined && before !== q.round && !rounds)
    context.earlier = before;
  return context;
}
