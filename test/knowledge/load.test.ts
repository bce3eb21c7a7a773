import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatKbError, type KbError } from "../../src/knowledge/errors.ts";
import { loadKnowledgeBase } from "../../src/knowledge/load.ts";
import { copyData, DATA_DIR } from "../helpers/data-copy.ts";

let copy: ReturnType<typeof copyData> | undefined;
afterEach(() => copy?.cleanup());

function errorsAfter(file: string, change: (json: any) => void): KbError[] {
  copy = copyData();
  copy.edit(file, change);
  let result: ReturnType<typeof loadKnowledgeBase> | undefined;
  expect(() => {
    result = loadKnowledgeBase(copy?.dir ?? "");
  }).not.toThrow();
  if (!result || result.ok) throw new Error("expected the defect to be reported");
  return result.errors;
}

const expectError = (errors: KbError[], file: string, path: string, message: RegExp) => {
  expect(errors.map(formatKbError)).toContainEqual(expect.stringMatching(message));
  const match = errors.find(
    (e) => e.file.endsWith(file) && e.path === path && message.test(formatKbError(e)),
  );
  expect(match, `no error for ${file} at ${path} in:\n${errors.map(formatKbError).join("\n")}`).toBeDefined();
};

describe("loadKnowledgeBase on the real data", () => {
  it("loads every round file, in order of number, with round 4 not recorded as held", () => {
    const result = loadKnowledgeBase(DATA_DIR);
    if (!result.ok) throw new Error(result.errors.map(formatKbError).join("\n"));
    const files = readdirSync(join(DATA_DIR, "rounds")).filter((f) => f.endsWith(".json"));
    expect(result.kb.rounds.map((r) => `round-${r.number}.json`)).toEqual(
      files.sort((a, b) => Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, ""))),
    );
    expect(result.kb.rounds[3]?.held.status).toBe("unknown");
    expect(result.kb.organisations.get("npa")?.name.ja).toBe("警察庁");
    expect(result.kb.people.get("mizushima-koichi")?.name.ja).toBe("水嶋光一");
  });
});

describe("loadKnowledgeBase reports each defect with its file and path", () => {
  it("a missing required field", () => {
    const errors = errorsAfter("rounds/round-2.json", (round) => {
      delete round.date;
    });
    expectError(errors, "round-2.json", "$.date", /\$\.date: /);
  });

  it("a value of the wrong type", () => {
    const errors = errorsAfter("rounds/round-3.json", (round) => {
      round.number = "3";
    });
    expectError(errors, "round-3.json", "$.number", /expected number/i);
  });

  it("a duplicate id", () => {
    const errors = errorsAfter("organisations.json", (file) => {
      file.organisations.push({
        ...file.organisations[0],
        aliases: [],
        acronym: undefined,
        name: { en: "Copy" },
      });
    });
    const index = errors.find((e) => /duplicate organisation id/.test(e.message))?.path;
    expect(index).toMatch(/^\$\.organisations\[\d+\]\.id$/);
    expectError(errors, "organisations.json", index ?? "", /duplicate organisation id "mofa"/);
  });

  it("a duplicate round number", () => {
    const errors = errorsAfter("rounds/round-5.json", (round) => {
      round.number = 2;
    });
    expectError(errors, "round-5.json", "$.number", /duplicate round number 2 \(also in .*round-2\.json\)/);
  });

  it("a dangling reference to a person", () => {
    const errors = errorsAfter("rounds/round-2.json", (round) => {
      round.cochairs.JP.value = "nobody-at-all";
    });
    expectError(errors, "round-2.json", "$.cochairs.JP.value", /unknown person "nobody-at-all"/);
  });

  it("a dangling reference to an organisation", () => {
    const errors = errorsAfter("rounds/round-2.json", (round) => {
      round.participants.AU.value.organisations.push("afp");
    });
    expectError(
      errors,
      "round-2.json",
      "$.participants.AU.value.organisations[4]",
      /unknown organisation "afp"/,
    );
  });

  it("an invalid date", () => {
    const errors = errorsAfter("rounds/round-1.json", (round) => {
      round.date.value.day = 30;
    });
    expectError(errors, "round-1.json", "$.date.value.day", /2015-2 has no day 30/);
  });

  it("a date whose precision does not match its fields", () => {
    const errors = errorsAfter("rounds/round-1.json", (round) => {
      round.date.value.precision = "month";
    });
    expectError(errors, "round-1.json", "$.date.value.day", /must not give a day/);
  });

  it("a fact without a source", () => {
    const errors = errorsAfter("rounds/round-3.json", (round) => {
      round.cochairs.AU.evidence = [];
    });
    expectError(errors, "round-3.json", "$.cochairs.AU.evidence", /at least one piece of evidence/);
  });

  it("evidence citing a source that does not exist", () => {
    const errors = errorsAfter("rounds/round-3.json", (round) => {
      round.cochairs.AU.evidence[0].source = "a-blog";
    });
    expectError(errors, "round-3.json", "$.cochairs.AU.evidence[0].source", /unknown source "a-blog"/);
  });

  it("a known fact with no value field and an unknown field", () => {
    const errors = errorsAfter("rounds/round-2.json", (round) => {
      delete round.place.value;
      round.colour = "blue";
    });
    expectError(errors, "round-2.json", "$.place.value", /\$\.place\.value/);
    expectError(errors, "round-2.json", "$", /unknown field\(s\) "colour"/);
  });

  it("a file that is not JSON is reported alone, at its line and column; other defects once it parses", () => {
    copy = copyData();
    writeFileSync(join(copy.dir, "rounds", "round-9.json"), "{ not json");
    copy.edit("rounds/round-2.json", (round) => {
      round.cochairs.AU.value = "ghost";
    });
    const result = loadKnowledgeBase(copy.dir);
    if (result.ok) throw new Error("expected errors");
    expect(result.errors).toHaveLength(1);
    expect(formatKbError(result.errors[0] as KbError)).toMatch(/round-9\.json:1:3: not valid JSON/);
    writeFileSync(join(copy.dir, "rounds", "round-9.json"), "{}");
    const again = loadKnowledgeBase(copy.dir);
    if (again.ok) throw new Error("expected errors");
    expectError(again.errors, "round-2.json", "$.cochairs.AU.value", /unknown person "ghost"/);
  });

  it("a folder that does not exist", () => {
    const result = loadKnowledgeBase("/nonexistent/dialogue-desk-data");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatKbError(result.errors[0] as KbError)).toMatch(/cannot read/);
  });

  it("each error is a single line a person can act on", () => {
    const errors = errorsAfter("people.json", (file) => {
      file.people[0].roles[0].organisation = "ministry-of-magic";
    });
    for (const line of errors.map(formatKbError)) expect(line).not.toContain("\n");
    expectError(
      errors,
      "people.json",
      "$.people[0].roles[0].organisation",
      /unknown organisation "ministry-of-magic"/,
    );
  });
});
