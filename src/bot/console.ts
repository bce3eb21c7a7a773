import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { ApplicationCommandOptionType } from "discord.js";
import { looksJapanese, strings } from "../commands/i18n.ts";
import { PRESENTATION_OPTIONS } from "../commands/options.ts";
import { askCommand, slashCommands } from "../commands/registry.ts";
import type { CommandResult, OptionValue, SlashCommand } from "../commands/types.ts";
import { noteGap } from "../gaps/hook.ts";
import type { Answerer, Locale, Query, TurnContext } from "../knowledge/answer-types.ts";
import type { KnowledgeBase } from "../knowledge/load.ts";
import { type PictureRequest, pictureFor } from "../pictures/pictures.ts";
import type { KnowledgeHolder } from "./knowledge-holder.ts";
import type { Logger } from "./logger.ts";
import { describeResult, errorReference, type Outcome } from "./outcome.ts";

/** The console speaks the same commands as Discord: each line goes through a command's definition and handler. */
type Definition = SlashCommand["definition"];
type OptionDefinition = NonNullable<Definition["options"]>[number];

export type ParsedLine =
  | {
      kind: "command";
      command: SlashCommand;
      options: Record<string, OptionValue>;
      locale: Locale | undefined;
    }
  | { kind: "pick"; index: number }
  | { kind: "empty" }
  | { kind: "quit" }
  | { kind: "error"; message: string };

const nameMatches = (
  target: string,
  item: { name: string; name_localizations?: { ja?: string | null } | null },
) => [item.name, item.name_localizations?.ja].some((name) => name?.toLowerCase() === target.toLowerCase());

/** Options a console user can type: not `private` or `for`, which only mean something in a channel. */
const textOptions = (definition: Definition): OptionDefinition[] =>
  (definition.options ?? []).filter((option) => !PRESENTATION_OPTIONS.has(option.name));

const choicesOf = (option: OptionDefinition) =>
  "choices" in option && Array.isArray(option.choices)
    ? (option.choices as { name: string; value: string | number; name_localizations?: { ja?: string } }[])
    : [];

export function usage(definition: Definition): string {
  const parts = textOptions(definition).map((option) => {
    const choices = choicesOf(option);
    const body = choices.length > 0 ? `${option.name}: ${choices.map((c) => c.name).join("|")}` : option.name;
    return option.required ? `<${body}>` : `[${body}]`;
  });
  return [`/${definition.name}`, ...parts].join(" ");
}

/**
 * Reads the options of a slash-style line, the way Discord's own box would fill them:
 * `name:value` pairs (`/agencies round:2 country:AU`), or positional words (`/agencies 2 australia`),
 * where a word naming one of an option's choices goes to that option and the last free option takes
 * the rest of the line (`/ask who co-chaired the 2nd round?`).
 */
export function parseOptions(
  definition: Definition,
  rest: string,
): { ok: true; options: Record<string, OptionValue> } | { ok: false; message: string } {
  const accepted = textOptions(definition);
  const options: Record<string, OptionValue> = {};
  const names = accepted.flatMap((o) =>
    [o.name, o.name_localizations?.ja].filter((n): n is string => Boolean(n)),
  );
  const marker = new RegExp(
    `(?:^|\\s)(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}):`,
    "giu",
  );
  const named = names.length > 0 ? [...rest.matchAll(marker)] : [];
  const assign = (option: OptionDefinition, raw: string): string | undefined => {
    const value = raw.trim();
    const choices = choicesOf(option);
    if (choices.length === 0) {
      options[option.name] = value;
      return undefined;
    }
    const choice = choices.find((c) =>
      [String(c.value), c.name, c.name_localizations?.ja].some(
        (n) => n?.toLowerCase() === value.toLowerCase(),
      ),
    );
    if (!choice) return `${option.name} must be one of ${choices.map((c) => c.name).join(", ")}`;
    options[option.name] = choice.value;
    return undefined;
  };
  if (named.length > 0 && rest.slice(0, named[0]?.index).trim() === "") {
    for (const [i, match] of named.entries()) {
      const option = accepted.find((o) => nameMatches(match[1] ?? "", o)) as OptionDefinition;
      const start = (match.index ?? 0) + match[0].length;
      const problem = assign(option, rest.slice(start, named[i + 1]?.index ?? rest.length));
      if (problem) return { ok: false, message: problem };
    }
  } else {
    const words = rest.split(/\s+/).filter(Boolean);
    const free: string[] = [];
    for (const word of words) {
      const option = accepted.find(
        (o) => !(o.name in options) && choicesOf(o).length > 0 && assign(o, word) === undefined,
      );
      if (!option) free.push(word);
    }
    // a yes/no option is only set by name (`short:true`), never by a word of the question
    const open = accepted.filter(
      (o) =>
        !(o.name in options) && choicesOf(o).length === 0 && o.type !== ApplicationCommandOptionType.Boolean,
    );
    for (const [i, option] of open.entries()) {
      if (free.length === 0) break;
      assign(option, (i === open.length - 1 ? free.splice(0) : free.splice(0, 1)).join(" "));
    }
    if (free.length > 0)
      return { ok: false, message: `unexpected “${free.join(" ")}”. Usage: ${usage(definition)}` };
  }
  const missing = accepted.find((o) => o.required && !(o.name in options));
  if (missing) return { ok: false, message: `${missing.name} is required. Usage: ${usage(definition)}` };
  return { ok: true, options };
}

export function parseLine(line: string, defaultLocale: Locale | undefined): ParsedLine {
  const text = line.trim();
  if (text === "") return { kind: "empty" };
  if (/^\/?(quit|exit)$/i.test(text)) return { kind: "quit" };
  if (/^\d{1,2}$/.test(text)) return { kind: "pick", index: Number(text) };
  if (!text.startsWith("/")) {
    return { kind: "command", command: askCommand, options: { question: text }, locale: undefined };
  }
  const [, name = "", rest = ""] = /^\/(\S+)\s*(.*)$/su.exec(text) ?? [];
  const command = slashCommands.find((candidate) => nameMatches(name, candidate.definition));
  if (!command) {
    const known = slashCommands.map((c) => `/${c.definition.name}`).join(", ");
    return { kind: "error", message: `Unknown command /${name}. Commands: ${known}` };
  }
  const parsed = parseOptions(command.definition, rest);
  if (!parsed.ok) return { kind: "error", message: parsed.message };
  // A command typed by its Japanese name, or with Japanese words, answers in Japanese.
  const locale = looksJapanese(text) ? "ja" : defaultLocale;
  return { kind: "command", command, options: parsed.options, locale };
}

/** Plain-text rendering of a result, and the queries its numbered items open. */
export function renderText(result: CommandResult, answerer: Answerer): { text: string; choices: Query[] } {
  switch (result.kind) {
    case "answer": {
      const { answer } = result;
      const text = answerer.renderText(answer);
      // renderText lists the suggestions of a low-confidence or off-topic answer; number them for picking.
      const listed =
        answer.suggestions.length > 0 && (answer.confidence === "low" || answer.intent === "unknown");
      if (!listed) return { text, choices: [] };
      const n = answer.suggestions.length;
      const hint =
        answer.locale === "ja" ? `（1〜${n} の番号で選べます）` : `(type 1–${n} to pick one of these)`;
      return { text: `${text}\n${hint}`, choices: answer.suggestions.map((s) => s.query) };
    }
    case "search": {
      const t = strings(result.locale);
      if (result.hits.length === 0) return { text: t.noHits(result.text), choices: [] };
      const lines = result.hits.map((hit, i) => `  ${i + 1}. ${hit.label}: ${hit.detail}`);
      return {
        text: `${t.searchTitle(result.text)}\n${lines.join("\n")}\n(type a number to open one)`,
        choices: result.hits.map((hit) => hit.query),
      };
    }
    case "info":
      return {
        text: [
          result.title,
          "",
          result.text,
          ...result.sections.map((s) => `\n${s.heading}\n${s.body}`),
        ].join("\n"),
        choices: [],
      };
    case "notice":
      return { text: result.text, choices: [] };
    case "picture":
      // The session draws it and writes the file (see ConsoleSession#answer).
      return { text: "", choices: [] };
  }
}

/** Where the console writes the pictures it draws: PICTURES_DIR, or a folder in the system's temp dir. */
export const picturesDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env.PICTURES_DIR?.trim() || join(tmpdir(), "dialogue-desk-pictures");

/** Draws a picture, writes it to `dir` and says where, with its description. */
async function savePicture(kb: KnowledgeBase, request: PictureRequest, dir: string): Promise<string> {
  const picture = await pictureFor(kb, request);
  await mkdir(dir, { recursive: true });
  const path = join(dir, picture.name);
  await writeFile(path, picture.png);
  return `${picture.title}\n${picture.description}\n${path}`;
}

/**
 * One console conversation: remembers the last numbered list so "2" opens its second item, and the last
 * answer's context so that the next line can be a follow-up ("and the australian side?").
 */
export class ConsoleSession {
  #choices: Query[] = [];
  #turn: TurnContext | undefined;
  /** the language of the list the choices came from */
  #choicesLocale: Locale = "en";
  readonly #knowledge: KnowledgeHolder;
  readonly #logger: Logger;
  readonly #locale: Locale | undefined;
  readonly #picturesDir: string;

  constructor(knowledge: KnowledgeHolder, logger: Logger, locale: Locale | undefined, dir = picturesDir()) {
    this.#knowledge = knowledge;
    this.#logger = logger;
    this.#locale = locale;
    this.#picturesDir = dir;
  }

  /**
   * The text to print for one line (undefined for nothing), and whether the user asked to quit; for a
   * picture, `picture` resolves to the text to print once the file is written.
   */
  answer(line: string): { text: string | undefined; quit: boolean; picture?: Promise<string> } {
    const parsed = parseLine(line, this.#locale);
    if (parsed.kind === "empty") return { text: undefined, quit: false };
    if (parsed.kind === "quit") return { text: undefined, quit: true };
    if (parsed.kind === "error") return { text: parsed.message, quit: false };
    const started = performance.now();
    const { answerer, kb } = this.#knowledge.current();
    let picture: Promise<string> | undefined;
    let outcome: Outcome;
    let text: string;
    try {
      let result: CommandResult;
      if (parsed.kind === "pick") {
        const query = this.#choices[parsed.index - 1];
        if (!query)
          return { text: "There is no numbered list to pick from; ask a question first.", quit: false };
        result = { kind: "answer", answer: answerer.answerQuery(query, { locale: this.#choicesLocale }) };
        outcome = describeResult("pick", result);
      } else {
        const context = this.#turn ? { answerer, turn: this.#turn } : { answerer };
        result = parsed.command.execute({ options: parsed.options, locale: parsed.locale }, context);
        outcome = describeResult(parsed.command.definition.name, result);
      }
      noteGap(result);
      if (result.kind === "picture") picture = savePicture(kb, result.request, this.#picturesDir);
      // an answer with nothing to follow up on leaves the previous context, as in Discord
      if (result.kind === "answer" && result.answer.context) this.#turn = result.answer.context;
      const rendered = renderText(result, answerer);
      if (rendered.choices.length > 0 || result.kind === "answer") {
        this.#choices = rendered.choices;
        this.#choicesLocale = result.kind === "answer" ? result.answer.locale : result.locale;
      }
      text = rendered.text;
    } catch (error) {
      const ref = errorReference();
      outcome = {
        command: parsed.kind === "pick" ? "pick" : parsed.command.definition.name,
        outcome: "error",
      };
      this.#logger.error({ err: error, ref }, "console line failed");
      text = strings(this.#locale ?? "en")
        .error(ref)
        .replaceAll("`", "");
    }
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    this.#logger.info({ ...outcome, latencyMs }, "console");
    if (picture) {
      const failed = (error: unknown) => {
        this.#logger.error({ err: error }, "console picture failed");
        return `Sorry, the picture could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
      };
      return { text: undefined, quit: false, picture: picture.catch(failed) };
    }
    return { text, quit: false };
  }
}

export interface ConsoleOptions {
  knowledge: KnowledgeHolder;
  logger: Logger;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** a terminal: a prompt and a banner; otherwise answer each line and return at end of input */
  interactive: boolean;
  /** language of command answers; free-text questions answer in the language they are asked in */
  locale?: Locale | undefined;
  /** where /timeline and /participation write their pictures (default: {@link picturesDir}) */
  picturesDir?: string;
}

export const BANNER = [
  "Dialogue Desk: questions about the Japan–Australia Cyber Policy Dialogue (日豪サイバー政策協議).",
  "Ask in English or Japanese, or use a command: /cochairs 2, /agencies 2 australia, /round latest, /next,",
  "/search feakin, /timeline, /participation, /help. Type a number to open a listed item; /quit or Ctrl-D to leave.",
  "(No DISCORD_TOKEN is set, so this is the local console.)",
].join("\n");

/** The local console: the same commands and answers as Discord, as text. Resolves at end of input. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const session = new ConsoleSession(options.knowledge, options.logger, options.locale, options.picturesDir);
  const lines = createInterface({
    input: options.input,
    ...(options.interactive ? { output: options.output, terminal: true } : { terminal: false }),
  });
  const write = (text: string) => options.output.write(`${text}\n`);
  lines.on("SIGINT", () => lines.close()); // Ctrl-C at the prompt leaves like Ctrl-D
  if (options.interactive) {
    write(BANNER);
    lines.setPrompt("> ");
    lines.prompt();
  }
  for await (const line of lines) {
    const answered = session.answer(line);
    const { quit } = answered;
    const text = answered.picture ? await answered.picture : answered.text;
    if (quit) break;
    if (text !== undefined) write(options.interactive ? `\n${text}\n` : `${text}\n`);
    if (options.interactive) lines.prompt();
  }
  lines.close();
}
