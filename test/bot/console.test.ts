import { describe, expect, it } from "vitest";
import { parseLine, usage } from "../../src/bot/console.ts";
import * as agencies from "../../src/commands/agencies.ts";

const parse = (line: string) => {
  const parsed = parseLine(line, "en");
  return parsed.kind === "command"
    ? { command: parsed.command.definition.name, options: parsed.options, locale: parsed.locale }
    : parsed;
};

describe("console lines go through the command definitions", () => {
  it.each([
    ["/cochairs 2", "cochairs", { round: "2" }],
    ["/cochairs", "cochairs", {}],
    ["/cochairs 2nd round", "cochairs", { round: "2nd round" }],
    ["/agencies 2 australia", "agencies", { round: "2", country: "AU" }],
    ["/agencies Japan", "agencies", { country: "JP" }],
    ["/agencies round:3 country:AU", "agencies", { round: "3", country: "AU" }],
    ["/round latest", "round", { round: "latest" }],
    ["/next", "next", {}],
    ["/search feakin", "search", { query: "feakin" }],
    ["/ask who co-chaired the 2nd round?", "ask", { question: "who co-chaired the 2nd round?" }],
    ["/ask question:who attended: MOFA?", "ask", { question: "who attended: MOFA?" }],
    ["/help", "help", {}],
    ["/org nisc", "org", { organisation: "nisc" }],
    ["/org jpcert 3", "org", { organisation: "jpcert", round: "3" }],
    [
      "/org organisation:National Police Agency round:2",
      "org",
      { organisation: "National Police Agency", round: "2" },
    ],
    ["/HELP", "help", {}],
  ])("%s", (line, command, options) => {
    expect(parse(line)).toMatchObject({ command, options });
  });

  it("free text is /ask, in the language it is written in", () => {
    expect(parse("who co-chaired the 2nd dialogue?")).toEqual({
      command: "ask",
      options: { question: "who co-chaired the 2nd dialogue?" },
      locale: undefined,
    });
  });

  it("accepts the Japanese names and answers in Japanese", () => {
    expect(parse("/参加機関 2 オーストラリア")).toEqual({
      command: "agencies",
      options: { round: "2", country: "AU" },
      locale: "ja",
    });
    expect(parse("/共同議長 回:第2回")).toMatchObject({
      command: "cochairs",
      options: { round: "第2回" },
      locale: "ja",
    });
  });

  it("explains what is wrong", () => {
    expect(parseLine("/nope", "en")).toMatchObject({
      kind: "error",
      message: expect.stringContaining("/cochairs"),
    });
    expect(parseLine("/round", "en")).toMatchObject({
      kind: "error",
      message: expect.stringContaining("round is required"),
    });
    expect(parseLine("/next soon", "en")).toMatchObject({
      kind: "error",
      message: expect.stringContaining("unexpected"),
    });
    expect(parseLine("/agencies country:NZ", "en")).toMatchObject({
      kind: "error",
      message: expect.stringContaining("Japan, Australia"),
    });
  });

  it("numbers, quitting and blank lines", () => {
    expect(parseLine("2", "en")).toEqual({ kind: "pick", index: 2 });
    expect(parseLine("/quit", "en")).toEqual({ kind: "quit" });
    expect(parseLine("   ", "en")).toEqual({ kind: "empty" });
  });

  it("shows usage from the definition", () => {
    expect(usage(agencies.definition)).toBe("/agencies [round] [country: Japan|Australia]");
  });
});

describe("console follow-ups", () => {
  const session = async () => {
    const { ConsoleSession } = await import("../../src/bot/console.ts");
    const { KnowledgeHolder } = await import("../../src/bot/knowledge-holder.ts");
    const { createLogger } = await import("../../src/bot/logger.ts");
    const { contextAnswerer } = await import("./helpers/context-answerer.ts");
    const engine = contextAnswerer();
    const holder = new KnowledgeHolder({} as never, engine);
    const logger = createLogger({ level: "silent", destination: { write() {} } });
    return { engine, console: new ConsoleSession(holder, logger, undefined) };
  };

  it("a line is read in the context of the previous answer", async () => {
    const { console } = await session();
    expect(console.answer("who co-chaired round 2?").text).toMatch(/^Round 2\non its own/);
    expect(console.answer("and the other side?").text).toMatch(/^Round 2\nas a follow-up/);
    expect(console.answer("/ask and then?").text).toMatch(/^Round 2\nas a follow-up/);
    expect(console.answer("round 4").text).toMatch(/^Round 4/);
    expect(console.answer("and then?").text).toMatch(/^Round 4\nas a follow-up/);
  });

  it("the first line has no context; /ask short:true asks for a short answer", async () => {
    const { console, engine } = await session();
    expect(console.answer("and the other side?").text).toMatch(/^No round/);
    expect(engine.calls[0]?.options.context).toBeUndefined();
    console.answer("/ask question:round 3 short:true");
    expect(engine.calls[1]).toEqual({ question: "round 3", options: { short: true } });
  });
});

describe("yes/no options in the console", () => {
  it("are set only by name, never by a word of the question", () => {
    expect(parse("/ask who co-chaired the 2nd round? really")).toMatchObject({
      options: { question: "who co-chaired the 2nd round? really" },
    });
    expect(parse("/ask question:who co-chaired? short:true")).toMatchObject({
      options: { question: "who co-chaired?", short: "true" },
    });
  });
});

describe("console follow-ups with the real engine", () => {
  it("'who co-chaired round 2?' then 'and the australian side?' names Australia's co-chair only", async () => {
    const { ConsoleSession } = await import("../../src/bot/console.ts");
    const { createLogger } = await import("../../src/bot/logger.ts");
    const { loadKnowledge } = await import("../e2e/helpers/bot-harness.ts");
    const logger = createLogger({ level: "silent", destination: { write() {} } });
    const console = new ConsoleSession(loadKnowledge(), logger, undefined);
    expect(console.answer("who co-chaired round 2?").text).toContain("Mizushima");
    const next = console.answer("and the australian side?").text;
    expect(next).toContain("McKinnon");
    expect(next).not.toContain("Mizushima");
  });
});
