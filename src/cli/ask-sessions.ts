/**
 * `npm run ask -- --json` reading standard input: one JSON object out for each line in, in order.
 * - A plain line is a question on its own (as it always was).
 * - A line that is a JSON object `{"question": "…", "session": "id", "locale": "ja", "short": true}`
 *   (all but `question` optional) is a question in that session: a session keeps its last answer's context,
 *   so its next question can be a follow-up ("and the australian side?"). Without `session` it stands alone.
 *   Its answer object also names the session. Other members are ignored.
 * - A JSON object that is not such a question gets `{"error": "…"}`, so the output stays line for line.
 */
import { z } from "zod";
import { TurnStore } from "../bot/turn-store.ts";
import { type AnswerJson, toAnswerJson } from "../knowledge/answer-json.ts";
import type { Answerer, AskOptions, Locale } from "../knowledge/answer-types.ts";

/** Longest session id and question accepted on a line (a question is cut to the first 10,000 characters). */
const MAX_SESSION_LENGTH = 200;
const MAX_QUESTION_CHARS = 10_000;
/** Sessions remembered at once (the least recently used are forgotten first); a session has no time limit. */
export const MAX_SESSIONS = 10_000;

export const SessionLine = z.object({
  question: z.string(),
  session: z.string().min(1).max(MAX_SESSION_LENGTH).optional(),
  locale: z.enum(["en", "ja"]).optional(),
  short: z.boolean().optional(),
});
export type SessionLine = z.infer<typeof SessionLine>;

export type SessionOutput = (AnswerJson & { session?: string }) | { error: string };

export interface SessionDefaults {
  locale?: Locale | undefined;
  short?: boolean | undefined;
}

/** A line that is a JSON object (possibly not a valid question), or undefined for a plain line. */
function jsonObject(line: string): Record<string, unknown> | undefined {
  const text = line.trim();
  if (!text.startsWith("{")) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined; // not JSON after all: a question that happens to start with "{"
  }
}

const problem = (error: z.ZodError): string =>
  error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "line"}: ${issue.message}`)
    .join("; ");

export class AskSessions {
  readonly #turns = new TurnStore({ max: MAX_SESSIONS, ttlMs: 0 });

  constructor(
    private readonly answerer: Answerer,
    private readonly defaults: SessionDefaults = {},
  ) {}

  /** The JSON object to print for one line of standard input. */
  answer(line: string): SessionOutput {
    const object = jsonObject(line);
    if (object === undefined) return this.#ask(line, {});
    const parsed = SessionLine.safeParse(object);
    if (!parsed.success) {
      return {
        error: `a JSON line must be {"question": "…", "session"?, "locale"?, "short"?}: ${problem(parsed.error)}`,
      };
    }
    return this.#ask(parsed.data.question.slice(0, MAX_QUESTION_CHARS), parsed.data);
  }

  #ask(question: string, line: Omit<SessionLine, "question">): SessionOutput {
    const options: AskOptions = {};
    const locale = line.locale ?? this.defaults.locale;
    if (locale) options.locale = locale;
    if (line.short ?? this.defaults.short) options.short = true;
    const key = line.session === undefined ? undefined : { user: "session", channel: line.session };
    const context = key ? this.#turns.get(key) : undefined;
    if (context) options.context = context;
    const answer = this.answerer.ask(question, options);
    if (key) this.#turns.set(key, answer.context);
    const json = toAnswerJson(this.answerer, question, answer);
    return line.session === undefined ? json : { ...json, session: line.session };
  }
}
