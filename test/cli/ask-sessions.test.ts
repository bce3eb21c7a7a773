import { describe, expect, it } from "vitest";
import { AskSessions, type SessionOutput } from "../../src/cli/ask-sessions.ts";
import { contextAnswerer } from "../bot/helpers/context-answerer.ts";

const titleOf = (out: SessionOutput) => ("error" in out ? `error: ${out.error}` : out.answer.split("\n")[0]);

describe("ask --json sessions (stdin lines)", () => {
  it("a session keeps its last answer's context: the next question is read as a follow-up", () => {
    const engine = contextAnswerer();
    const sessions = new AskSessions(engine);
    sessions.answer(JSON.stringify({ question: "who co-chaired round 2?", session: "a" }));
    const follow = sessions.answer(JSON.stringify({ question: "and the other side?", session: "a" }));
    expect(follow).toMatchObject({ question: "and the other side?", session: "a", round: 2 });
    expect(engine.calls[1]?.options.context).toEqual({
      query: { intent: "cochairs", round: 2 },
      rounds: [2],
      locale: "en",
    });
  });

  it("sessions never share context, and lines without a session stand alone", () => {
    const sessions = new AskSessions(contextAnswerer());
    sessions.answer(JSON.stringify({ question: "round 2?", session: "a" }));
    sessions.answer(JSON.stringify({ question: "round 5?", session: "b" }));
    expect(titleOf(sessions.answer('{"question": "and then?", "session": "a"}'))).toBe("Round 2");
    expect(titleOf(sessions.answer('{"question": "and then?", "session": "b"}'))).toBe("Round 5");
    expect(titleOf(sessions.answer('{"question": "and then?", "session": "c"}'))).toBe("No round");
    expect(titleOf(sessions.answer('{"question": "and then?"}'))).toBe("No round");
    expect(titleOf(sessions.answer("and then?"))).toBe("No round");
  });

  it("plain lines work as before: each stands alone, with no session field", () => {
    const sessions = new AskSessions(contextAnswerer());
    const first = sessions.answer("who co-chaired round 3?");
    expect(first).not.toHaveProperty("session");
    expect(titleOf(first)).toBe("Round 3");
    expect(titleOf(sessions.answer("and the other side?"))).toBe("No round");
  });

  it("passes the line's locale and short, else the command line's", () => {
    const engine = contextAnswerer();
    const sessions = new AskSessions(engine, { locale: "en", short: false });
    sessions.answer('{"question": "第2回は？", "locale": "ja", "short": true}');
    sessions.answer('{"question": "round 2"}');
    expect(engine.calls.map((c) => c.options)).toEqual([{ locale: "ja", short: true }, { locale: "en" }]);
    const short = new AskSessions(engine, { short: true });
    short.answer("round 1");
    expect(engine.calls.at(-1)?.options).toEqual({ short: true });
  });

  it.each([
    '{"session": "a"}',
    '{"question": 5}',
    '{"question": "x", "locale": "fr"}',
    '{"question": "x", "session": ""}',
    '{"question": "x", "short": "yes"}',
    `{"question": "x", "session": "${"s".repeat(201)}"}`,
  ])("a JSON object that is not a question gets a short error: %s", (line) => {
    const out = new AskSessions(contextAnswerer()).answer(line);
    expect(out).toHaveProperty("error");
    expect(JSON.stringify(out).length).toBeLessThan(400);
  });

  it.each(["{not json", "[1, 2]", '"just a string"', "{}x"])(
    "a line that is not a JSON object is a question: %s",
    (line) => {
      const out = new AskSessions(contextAnswerer()).answer(line);
      expect(out).toMatchObject({ question: line });
    },
  );

  it("ignores members it does not know (e.g. the expected answers of an evaluation file)", () => {
    const out = new AskSessions(contextAnswerer()).answer(
      '{"question": "round 4", "session": "x", "all": ["y"], "turn": 2}',
    );
    expect(out).toMatchObject({ question: "round 4", session: "x", round: 4 });
  });
});
