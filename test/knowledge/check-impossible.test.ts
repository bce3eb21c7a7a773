/** kb:check rejects what cannot be, naming the file and the JSON path (on a throwaway copy of data/). */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatKbError, type KbError } from "../../src/knowledge/errors.ts";
import { type LoadOptions, loadKnowledgeBase } from "../../src/knowledge/load.ts";
import { copyData } from "../helpers/data-copy.ts";

let copy: ReturnType<typeof copyData> | undefined;
afterEach(() => copy?.cleanup());

const TODAY = new Date("2026-12-03T12:00:00Z");

function errorsOf(dir: string, options: LoadOptions = { today: TODAY }): string[] {
  const result = loadKnowledgeBase(dir, options);
  if (result.ok) throw new Error("expected the defect to be reported");
  return result.errors.map(formatKbError);
}

function errorsAfter(file: string, change: (json: any) => void, options?: LoadOptions): string[] {
  copy = copyData();
  copy.edit(file, change);
  return errorsOf(copy.dir, options);
}

const day = (year: number, month: number, d: number) => ({
  year,
  month,
  day: d,
  precision: "day",
  approximate: false,
});

describe("kb:check rejects what cannot be", () => {
  it("accepts the real data as of today", () => {
    copy = copyData();
    expect(loadKnowledgeBase(copy.dir, { today: TODAY }).ok).toBe(true);
  });

  it("a meeting dated after the publication of the source that reports it", () => {
    const errors = errorsAfter("rounds/round-2.json", (round) => {
      round.date.value.year = 2061;
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /round-2\.json: \$\.date\.value: round 2 is dated 2061-08-02, after the publication of source "mofa-2016-08-08-en" \(2016-08-08\)/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/round-2\.json: \$\.date\.value: .*after its release \(2016-08-08\)/),
    );
  });

  it("a date in the future, measured from an injectable today", () => {
    const errors = errorsAfter("sources.json", (file) => {
      file.sources[0].date.year = 2027;
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /sources\.json: \$\.sources\[0\]\.date: 2027-02-13 is in the future \(today is 2026-12-03\)/,
      ),
    );
    copy?.cleanup();
    copy = copyData();
    const earlier = errorsOf(copy.dir, { today: new Date("2015-02-12T00:00:00Z") });
    expect(earlier).toContainEqual(
      expect.stringMatching(/round-1\.json: \$\.date\.value: 2015-02-13 is in the future/),
    );
  });

  it("round numbers out of order with their dates", () => {
    const errors = errorsAfter("rounds/round-3.json", (round) => {
      round.date.value = day(2016, 1, 11);
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /round-3\.json: \$\.date\.value: round 3 is dated 2016-01-11, before round 2 \(2016-08-02\)/,
      ),
    );
  });

  it("a file name that disagrees with its number", () => {
    copy = copyData();
    const path = join(copy.dir, "rounds", "round-5.json");
    const round = JSON.parse(readFileSync(path, "utf8"));
    round.number = 7;
    writeFileSync(path, JSON.stringify(round, null, 2));
    expect(errorsOf(copy.dir)).toContainEqual(
      expect.stringMatching(/round-5\.json: \$\.number: the file name says round 5 but "number" is 7/),
    );
    renameSync(path, join(copy.dir, "rounds", "fifth.json"));
    expect(errorsOf(copy.dir)).toContainEqual(
      expect.stringMatching(/fifth\.json: \$\.number: a round file is named round-<number>\.json/),
    );
  });

  it("a weekday in a quote that disagrees with the date", () => {
    const errors = errorsAfter("rounds/round-1.json", (round) => {
      round.date.value.day = 12;
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /round-1\.json: \$\.date\.evidence\[0\]\.quote: the quote says Friday, but 2015-2-12 \(the recorded date\) is a Thursday/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/round-1\.json: \$\.date\.evidence\[1\]\.quote: the quote says Friday/),
    );
  });

  it("the same fact with different values in two files", () => {
    const released = errorsAfter("rounds/round-2.json", (round) => {
      round.released.value.day = 9;
    });
    expect(released).toContainEqual(
      expect.stringMatching(
        /round-2\.json: \$\.released\.value: released 2016-08-09 here, but sources\.json dates the release "mofa-2016-08-08-en" 2016-08-08/,
      ),
    );
    copy?.cleanup();
    const cochair = errorsAfter("rounds/round-3.json", (round) => {
      round.cochairs.JP.value = "mizushima-koichi";
    });
    expect(cochair).toContainEqual(
      expect.stringMatching(
        /round-3\.json: \$\.cochairs\.JP\.value: names "mizushima-koichi" as co-chair of round 3, but people\.json records .* at round\(s\) 2/,
      ),
    );
  });

  it("a quote that is not in its source's text, and a source that is a local file", () => {
    const errors = errorsAfter("rounds/round-2.json", (round) => {
      round.place.evidence[0].quote = "The 2nd Japan-Australia Cyber Policy Dialogue was held in Osaka.";
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /round-2\.json: \$\.place\.evidence\[0\]\.quote: not found word for word in sources\/mofa-2016-08-08-en\.txt/,
      ),
    );
    copy?.cleanup();
    const local = errorsAfter("sources.json", (file) => {
      file.sources[0].url = "file:///work/shared/research/dialogues.md";
    });
    expect(local).toContainEqual(
      expect.stringMatching(/sources\.json: \$\.sources\[0\]\.url: a source is a public web address/),
    );
  });

  it("a JSON syntax error: file:line:column, the line with a caret, and nothing else", () => {
    copy = copyData();
    const path = join(copy.dir, "people.json");
    const text = readFileSync(path, "utf8");
    const broken = text.replace('"country": "JP",', '"country": "JP"');
    writeFileSync(path, broken);
    const result = loadKnowledgeBase(copy.dir, { today: TODAY });
    if (result.ok) throw new Error("expected a syntax error");
    expect(result.errors).toHaveLength(1);
    const line = broken.split("\n").findIndex((l) => l.includes('"country": "JP"')) + 2;
    const message = formatKbError(result.errors[0] as KbError);
    const [head, shown, caret] = message.split("\n");
    expect(head).toMatch(new RegExp(`people\\.json:${line}:\\d+: not valid JSON: expected a comma`));
    expect(shown?.trim()).toBe(broken.split("\n")[line - 1]?.trim());
    const column = Number(head?.split(":")[2]);
    expect(caret?.indexOf("^")).toBe(
      (shown?.length ?? 0) - (broken.split("\n")[line - 1]?.length ?? 0) + column - 1,
    );
  });
});
