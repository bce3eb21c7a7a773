import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/ask.ts";

const run = (args: string[], input?: string, env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/ask.ts", ...args], {
    encoding: "utf8",
    input,
    env: { ...process.env, ...env },
  });

describe("npm run ask", () => {
  it("prints the answer as a person reads it: title, text, sources", () => {
    const result = run(["Who co-chaired the 2nd dialogue?"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^The 2nd round's co-chairs: Koichi Mizushima \(Japan\) and Rob McKinnon \(Australia\)\.\n/,
    );
    expect(result.stdout).toMatch(/Mizushima/);
    expect(result.stdout).toMatch(/Sources:\n- .+ https:\/\/www\.mofa\.go\.jp\//);
  });

  it("--json prints one object with the agreed fields", () => {
    const result = run(["--json", "第2回協議の共同議長は？"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0] ?? "");
    expect(Object.keys(json).sort()).toEqual([
      "answer",
      "confidence",
      "intent",
      "locale",
      "question",
      "round",
      "sources",
      "suggestions",
    ]);
    expect(json).toMatchObject({
      question: "第2回協議の共同議長は？",
      intent: "cochairs",
      round: 2,
      locale: "ja",
      confidence: "high",
    });
    expect(json.answer).toMatch(/水嶋光一/);
    expect(json.sources[0]).toEqual({
      id: "mofa-2016-08-08-en",
      title: "Japan-Australia Relations",
      url: "https://www.mofa.go.jp/a_o/ocn/au/page4e_000484.html",
    });
  });

  it("--json without a question reads stdin: one object per line, in order, blank lines too", () => {
    const input = [
      "Who co-chaired round 3?",
      "",
      "次の会合はどこ？",
      "hey @everyone what is the NPA?",
      "Who will win the next World Cup?",
    ].join("\n");
    const result = run(["--json"], `${input}\n`);
    expect(result.status).toBe(0);
    const objects = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(objects.map((o) => o.question)).toEqual(input.split("\n"));
    expect(objects.map((o) => o.intent)).toEqual([
      "cochairs",
      "unknown",
      "next_round",
      "glossary",
      "unknown",
    ]);
    expect(objects[1].answer).toMatch(/Please ask a question/);
    expect(objects[3].answer).not.toMatch(/@everyone/);
  });

  it("--locale forces the language", () => {
    const result = run(["--json", "--locale", "ja", "Who co-chaired round 2?"]);
    expect(JSON.parse(result.stdout).locale).toBe("ja");
  });

  it("KB_DIR points at another knowledge base; a broken one is reported", () => {
    const result = run(["Who co-chaired round 2?"], undefined, { KB_DIR: "/nonexistent-kb" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Cannot load the knowledge base/);
  });

  it("--json reads JSON lines as questions in sessions: a follow-up is read in its own session only", () => {
    const input = [
      { question: "who co-chaired round 2?", session: "a" },
      { question: "who co-chaired round 3?", session: "b" },
      { question: "and the australian side?", session: "a" },
      { question: "and the australian side?", session: "b" },
    ]
      .map((line) => JSON.stringify(line))
      .join("\n");
    const result = run(["--json"], `${input}\n`);
    expect(result.status).toBe(0);
    const out = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(out.map((o) => o.session)).toEqual(["a", "b", "a", "b"]);
    expect(out[2].answer).toContain("McKinnon");
    expect(out[2].answer).not.toContain("Mizushima");
    expect(out[3].answer).toContain("Feakin");
    expect(out[3].answer).not.toContain("McKinnon");
  });

  it("parses its options", () => {
    expect(parseArgs(["--json", "--locale=ja", "a", "b"])).toEqual({
      json: true,
      short: false,
      locale: "ja",
      question: ["a", "b"],
    });
    expect(parseArgs(["--short", "a"])).toEqual({ json: false, short: true, question: ["a"] });
    expect(parseArgs(["--locale", "fr"])).toHaveProperty("error");
  });
});
