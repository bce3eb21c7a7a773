import { describe, expect, it } from "vitest";
import { isKnown } from "../../../src/knowledge/queries.ts";
import { ask, understand } from "../fixture.ts";

const withTopics = (await import("../fixture.ts")).kb.rounds.filter((r) => isKnown(r.topics));

describe("a subject asked of a round's topics in a wh-question", () => {
  it("'what did round N say about X?': the topics that mention it, or not recorded", () => {
    const round = withTopics[0];
    if (!round || !isKnown(round.topics)) throw new Error("the fixture has a round with topics");
    const absent = ask(`What did round ${round.number} say about ransomware?`);
    expect(absent.answer.intent).toBe("topics");
    expect(absent.text).toMatch(
      /^Not recorded — the recorded topics of the \d+\w\w round do not mention “ransomware”/,
    );
    // a word of a recorded topic: the topic is quoted, with no verdict word
    const word = (round.topics.value[0]?.en ?? "").split(/\s+/).find((w) => /^[a-z]{6,}$/i.test(w));
    if (!word) throw new Error("the first round with topics has an English topic word");
    const present = ask(`What did round ${round.number} say about ${word}?`);
    expect(present.text).toMatch(/^The recorded topics of the \d+\w\w round include “/);
  });
  it("what a joint statement said on a subject is its round's topics; 'joint statement' names no topic", () => {
    const u = understand("What did the round 3 joint statement say about ransomware?");
    expect(u.query.intent).toBe("topics");
    expect(u.hints.topicWords).toEqual(["ransomware"]);
    expect(understand("What did round 3 produce?").query.intent).toBe("outcomes");
  });
});
