import { describe, expect, it } from "vitest";
import { answerer, ask, kb } from "../fixture.ts";

/** Every regex must match the text a user sees; none of the `not` ones may. */
function expectText(question: string, must: RegExp[], mustNot: RegExp[] = []) {
  const { text } = ask(question);
  for (const re of must) expect(text, `${question}\n---\n${text}`).toMatch(re);
  for (const re of mustNot) expect(text, `${question}\n---\n${text}`).not.toMatch(re);
  return text;
}

describe("cochairs", () => {
  it("names both co-chairs with their titles, and the sources", () => {
    const { answer } = ask("Who co-chaired the 2nd round?");
    expect(answer.intent).toBe("cochairs");
    expect(answer.round).toBe(2);
    // the first line answers the question (≤ 200 characters)
    expect(answer.title).toBe(
      "The 2nd round's co-chairs: Koichi Mizushima (Japan) and Rob McKinnon (Australia).",
    );
    expect(answer.text).toMatch(/Koichi Mizushima, Ambassador in charge of Cyber Policy/);
    expect(answer.text).toMatch(/Rob McKinnon, Assistant Secretary/);
    expect(answer.sources.map((s) => s.id)).toEqual(["mofa-2016-08-08-en"]);
  });
  it("one side only when asked", () => {
    expectText("Who represented Australia as co-chair at the second round?", [/McKinnon/], [/Mizushima/]);
    expectText("Which MOFA ambassador co-chaired the inaugural dialogue?", [/Okada/], [/Biggs/]);
  });
  it("defaults to the latest round that records co-chairs, and says so", () => {
    expectText("Who were the co-chairs?", [
      /latest round whose co-chairs are on record: the 3rd/,
      /Otaka/,
      /Feakin/,
      /5th round.*not recorded/,
    ]);
  });
  it("says 'not recorded' for a round without co-chairs, naming nobody", () => {
    expectText(
      "Who co-chaired the 5th round?",
      [/co-chairs of the 5th round are not recorded in the knowledge base/],
      [/Otaka|Feakin|Mizushima|McKinnon|Okada|Biggs/],
    );
    expectText("Who co-chaired the latest round?", [/5th round are not recorded/], [/Otaka|Feakin/]);
  });
  it("in Japanese, with Japanese names where the data has them", () => {
    expectText("第1回の共同議長は？", [
      /岡田隆（外務省サイバー政策担当大使）/,
      /イアン・ビッグス（豪外務貿易省戦略情報部長）/,
    ]);
    expectText("第5回の共同議長は？", [/記録されていません/], [/大鷹|Feakin/]);
  });
  it("a title recorded only in Japanese is shown as such in English", () => {
    expectText("Who co-chaired the first round for Australia?", [
      /Biggs/,
      /title recorded only in Japanese: 戦略情報部長/,
    ]);
  });
});

describe("agencies", () => {
  it("lists both sides with counts", () => {
    const text = expectText("Which agencies took part in the 2nd dialogue?", [
      /Japan \(10\)/,
      /Australia \(4\)/,
      /National Police Agency/,
      /JPCERT/,
      /CERT Australia/,
    ]);
    expect(text).toMatch(/Prime Minister and Cabinet/);
  });
  it("one side when asked", () => {
    expectText(
      "Which Australian agencies were at the 2016 dialogue?",
      [/Department of Defence/, /DFAT/],
      [/National Police Agency/],
    );
  });
  it("says the round 5 list may be incomplete and the Japanese one is not recorded", () => {
    expectText("Who attended the 5th round?", [
      /including/,
      /may be incomplete/,
      /Japanese participants of the 5th round are not recorded/,
      /Home Affairs/,
    ]);
  });
  it("in Japanese", () => {
    expectText(
      "第2回の日本側の参加機関は？",
      [/警察庁/, /総務省/, /JPCERTコーディネーションセンター/],
      [/CERT Australia/],
    );
    expectText("第1回の豪州側の参加機関は？", [/記録されていません/]);
  });
});

describe("membership (yes/no)", () => {
  it("starts with Yes or No, in the title too", () => {
    const { answer, text } = ask("Was the NPA at round 2?");
    expect(answer.intent).toBe("membership");
    expect(text).toMatch(/^Yes\b/);
    expect(answer.text).toMatch(/^Yes — the National Police Agency/);
    expectText("Was IPA at the 2nd dialogue?", [/^No\b/]);
  });
  it("an agency not in the knowledge base is not matched to another", () => {
    expectText("Did the AFP attend round 2?", [
      /^No — /,
      /AFP is not among the recorded participants of the 2nd round/,
    ]);
    expectText(
      "Did the Australian Federal Police attend the 2nd dialogue?",
      [/^No\b/, /No — the Australian Federal Police is not among the recorded participants/],
      [/Cyber Security|Police Agency/],
    );
  });
  it("neither yes nor no when the list is not recorded or incomplete", () => {
    expectText(
      "Was the NPA at round 5?",
      [/^Not recorded/, /Japanese participants of the 5th round.*not recorded/],
      [/^\W*(yes|no)\b/i],
    );
    expectText("Was the Department of Defence at round 5?", [/^Not recorded/, /may be incomplete/]);
    expectText("Did the AFP attend round 1?", [/^Not recorded/]);
  });
  it("co-chairs", () => {
    expectText("Did Feakin co-chair in 2016?", [/^No\b/, /McKinnon/, /Feakin co-chaired the 3rd round/]);
    expectText("Did Mizushima co-chair the 2nd round?", [/^Yes\b/]);
    expectText("Did Otaka co-chair round 5?", [/^Not recorded/]);
    expectText("Was Okada the Australian co-chair?", [/^No\b/, /Japanese co-chair/]);
  });
  it("places", () => {
    expectText("Was round 3 held in Canberra?", [/^No\b/, /Tokyo/, /announced it for Canberra/]);
    expectText("Was the first round held in Canberra?", [/^Yes\b/]);
    expectText(
      "Was round 4 held in Canberra?",
      [/^Not recorded/, /announced it for Canberra/],
      [/held in Canberra on/],
    );
  });
  it("through the source's own wording", () => {
    expectText("Was the ACSC represented at round 2?", [
      /^Yes\b/,
      /CERT Australia, representing the Australian Cyber Security Center/,
    ]);
  });
  it("in Japanese", () => {
    expectText("警察庁は第2回に参加しましたか？", [/^はい/]);
    expectText("IPAは第2回に参加しましたか？", [/^いいえ/]);
    expectText("第3回はキャンベラで開催されましたか？", [/^いいえ/, /東京/]);
  });
});

describe("when and where", () => {
  it("gives date and place, and what had been announced", () => {
    expectText("Where was the 3rd round held?", [
      /held in Tokyo on 11 December 2017/,
      /2nd round had announced it for Canberra/,
    ]);
  });
  it("approximate dates are worded as such", () => {
    expectText("When was the 5th round?", [/around December 2023/, /exact date is not recorded/]);
    expectText("第5回はいつ？", [/2023年12月頃/]);
  });
  it("round 4: not recorded, with its announcement", () => {
    expectText("When was round 4 held?", [/not recorded/, /announced by the 3rd round/], [/was held in/]);
  });
  it("defaults to the latest round, and says which", () => {
    expectText("When was the dialogue held?", [/latest round on record is the 5th/]);
  });
  it("yes/no checks the date asked", () => {
    expectText("Did the second round take place in 2015?", [/^No\b/, /2016/]);
    expectText("Was the 1st dialogue held on 13 February 2015?", [/^Yes\b/]);
    expectText("Was round 5 held in December 2023?", [/^Yes\b/, /around December 2023/]);
  });
  it("Japanese dates", () => {
    expectText("第2回はいつどこで開催された？", [/2016年8月2日/, /東京/]);
  });
});

describe("next round", () => {
  it("the latest round on record first, then the last announcement, as a past announcement, and what is (not) known of it", () => {
    const text = expectText("When is the next round?", [
      /The latest round on record is the 5th \(around December 2023, Tokyo\); no announcement of a later round is on record/,
      /The last announcement on record: the 3rd round \(11 December 2017\) announced the 4th round for Canberra in 2018/,
      /Whether or when the 4th round was held is not recorded in the knowledge base/,
    ]);
    expect(text.indexOf("latest round on record")).toBeLessThan(text.indexOf("last announcement"));
    expect(text).not.toMatch(/will be held/);
  });
  it("is the next round confirmed? no", () => {
    expectText("Is the next round confirmed?", [/^No — /m]);
  });
  it("announced vs happened", () => {
    expectText("When is the next round after the 2nd dialogue?", [
      /2nd round \(2 August 2016\) announced the 3rd round for Canberra in 2017/,
      /held in Tokyo on 11 December 2017/,
    ]);
    expectText("Where was the 3rd round supposed to be held?", [/Canberra/, /Tokyo/]);
  });
  it("not recorded for a round with no announcement", () => {
    expectText("What did the 1st round announce about the next one?", [/not recorded/]);
  });
  it("in Japanese", () => {
    expectText("次の会合はどこ？", [/キャンベラ/, /第4回/]);
  });
});

describe("topics", () => {
  it("lists the topics and the outcome", () => {
    expectText("What was discussed at the 3rd round?", [
      /サイバー空間における脅威動向/,
      /Outcome/,
      /Joint Statement/,
    ]);
  });
  it("finds a topic across rounds", () => {
    expectText("Were the Olympics ever discussed?", [/^Yes\b/, /1st round/]);
    expectText("Did they discuss ransomware?", [/^Not recorded/, /ransomware/]);
  });
  it("outcome questions", () => {
    expectText("Did round 3 issue a joint statement?", [/^Yes\b/, /Joint Statement/]);
    expectText("Did round 2 issue a joint statement?", [/^Not recorded/, /no joint statement is recorded/]);
  });
  it("in Japanese, with the Japanese text where the data has it", () => {
    expectText("第3回で話し合われたことは？", [/脅威動向/]);
  });
});

describe("origin, rounds, glossary, person", () => {
  it("origin", () => {
    expectText("When was the dialogue first agreed?", [
      /7 April 2014/,
      /Shinzo Abe/,
      /Tony Abbott/,
      /summit/,
    ]);
    expectText("協議はいつ合意された？", [/2014年4月7日/, /安倍晋三/]);
  });
  it("rounds: how many, with round 4 as announced only", () => {
    expectText("How many rounds have there been?", [
      /5 rounds/,
      /4 of them are recorded as held/,
      /4th is known only from an announcement/,
    ]);
    expectText("Which rounds were held in Tokyo?", [/2nd/, /3rd/, /5th/], [/1st \(/]);
  });
  it("glossary: terms and organisations, both languages", () => {
    expectText("What does JPCERT/CC stand for?", [
      /JPCERT Coordination Center/,
      /JPCERTコーディネーションセンター/,
    ]);
    expectText("What is UNGGE?", [/国連政府専門家会合/, /English expansion is not recorded/, /2nd round/]);
    expectText("ARFって何？", [/ASEAN地域フォーラム/]);
    expectText("What does AFP stand for?", [/not in the knowledge base/]);
    expectText("What is the Japanese name of the dialogue?", [/日豪サイバー政策協議/]);
  });
  it("person", () => {
    expectText("Who is Tobias Feakin?", [/Ambassador for Cyber Affairs/, /3rd round/]);
    expectText("Who is John Smith?", [/No one called “John Smith” is recorded/]);
    expectText("マッキノン氏は誰？", [/Assistant Secretary/]);
  });
});

describe("rounds that do not exist, ambiguous references, off-topic input", () => {
  it("a round not on record gets an honest answer, not another round's facts", () => {
    expectText(
      "Who co-chaired the 7th dialogue?",
      [/no record of a 7th round/, /rounds 1–5/],
      [/Mizushima|McKinnon|Otaka|Feakin|Okada|Biggs/],
    );
    expectText(
      "Who co-chaired the 2030 dialogue?",
      [/no round held in 2030/],
      [/Mizushima|McKinnon|Otaka|Feakin|Okada|Biggs/],
    );
    expectText("第8回の共同議長は？", [/第8回の記録はありません/]);
  });
  it("an ambiguous reference asks which round, with suggestions", () => {
    const { answer } = ask("Who co-chaired the Tokyo round?");
    expect(answer.confidence).toBe("low");
    expect(answer.round).toBeNull();
    expect(answer.suggestions.map((s) => s.query.round)).toEqual([2, 3, 5]);
    expect(answer.text).not.toMatch(/Mizushima|Otaka/);
  });
  it("off-topic: intent unknown, short, suggestions without any names", () => {
    const { answer, text } = ask("Who will win the next World Cup?");
    expect(answer.intent).toBe("unknown");
    expect(answer.suggestions.length).toBeGreaterThan(2);
    expect(text).not.toMatch(
      /Mizushima|McKinnon|Otaka|Feakin|Okada|Biggs|Abe|Abbott|MOFA|DFAT|Agency|Ministry|Department/,
    );
  });
  it("a blank question asks for a question", () => {
    const { answer } = ask("   ");
    expect(answer.intent).toBe("unknown");
    expect(answer.text).toMatch(/Please ask a question/);
  });
});

describe("answerQuery (slash commands) and locale", () => {
  it("answers a query built by a command, with the intent's default round", () => {
    expect(answerer.answerQuery({ intent: "cochairs" }, { locale: "en" }).round).toBe(3);
    expect(answerer.answerQuery({ intent: "next_round" }, { locale: "en" }).round).toBe(3);
    expect(answerer.answerQuery({ intent: "when_where" }, { locale: "en" }).round).toBe(5);
    expect(answerer.answerQuery({ intent: "agencies", side: "JP" }, { locale: "ja" }).text).toMatch(/第3回/);
    expect(answerer.answerQuery({ intent: "round_overview", round: 9 }, { locale: "en" }).text).toMatch(
      /no record of a 9th round/,
    );
  });
  it("the locale option forces the language", () => {
    expect(answerer.ask("Who co-chaired round 2?", { locale: "ja" }).text).toMatch(/水嶋光一/);
    expect(answerer.ask("第2回の共同議長は？", { locale: "en" }).text).toMatch(/Koichi Mizushima/);
  });
  it("the overview has every part of a round", () => {
    const answer = answerer.answerQuery({ intent: "round_overview", round: 2 }, { locale: "en" });
    expect(answer.sections.map((s) => s.heading)).toEqual([
      "Co-chairs",
      "Japanese participants (10)",
      "Australian participants (4)",
      "Topics",
      "Outcome",
      "Next round announced",
    ]);
  });
});

describe("checks a yes/no answer makes, beyond the obvious", () => {
  it("days of the week, and the same city as another round", () => {
    expectText("Was the 3rd round on a Monday?", [/^Yes\b/]);
    expectText("Was the 3rd round on a Friday?", [/^No\b/, /Monday/]);
    expectText("Was the 1st dialogue held in the same city as the 2nd?", [/^No\b/]);
    expectText("Was the 3rd dialogue held in the same city as the 2nd?", [/^Yes\b/]);
  });
  it("what the record cannot settle is not recorded, not yes", () => {
    expectText("Was round 3 a success?", [/^Not recorded/]);
    expectText("Does the NPA deal with cybercrime?", [/^Not recorded/, /National Police Agency/]);
    expectText("Is Mizushima still the ambassador?", [/^Not recorded/, /as it was at the time/]);
  });
  it("existence and hosting", () => {
    expectText("Was there a 3rd round?", [/^Yes\b/]);
    expectText("Was there a 4th round?", [/^Not recorded/]);
    expectText("Did Australia host the 3rd round?", [/^No\b/, /Tokyo/]);
    expectText("Did Japan host the 3rd round?", [/^Yes\b/]);
  });
  it("two organisations", () => {
    expectText("Is ASD the same as ACSC?", [
      /^No\b/,
      /Australian Cyber Security Centre \(ACSC\) is recorded as part of the Australian Signals Directorate/,
    ]);
    expectText("Is the ACSC part of ASD?", [/^Yes\b/]);
  });
  it("several rounds at once", () => {
    expectText("Was IPA at round 3 and round 2?", [/^No\b/, /3rd round/, /2nd round/]);
    expectText("Which agencies attended both the 2nd and 3rd rounds?", [/Recorded at all of them \(13\)/]);
    expectText("Which Australian agencies attended round 3 but not round 2?", [
      /Recorded at the 3rd round only \(1\): ACSC/,
    ]);
    expectText("Who co-chaired round 2 and round 3?", [/Mizushima/, /Otaka/]);
  });
});

describe("titles, totals and the present", () => {
  it("a recorded title names its holders then, not now", () => {
    expectText("Who is the Australian ambassador for cyber affairs?", [
      /Tobias Feakin/,
      /does not record who holds it now/,
    ]);
    expectText("Who is Japan's Ambassador in charge of Cyber Policy?", [/Okada/, /Mizushima/, /Otaka/]);
    const { answer } = ask("Who is the prime minister of Japan now?");
    expect(answer.intent).toBe("unknown");
    expect(answer.text).toMatch(/does not record who holds a post now/);
  });
  it("agencies across every round, with what is missing", () => {
    expectText("How many Australian agencies took part in total across rounds?", [
      /6 Australian organisations/,
      /may be higher/,
      /Not recorded or incomplete for rounds 1, 4, 5/,
    ]);
  });
  it("help", () => {
    const { answer } = ask("help");
    expect(answer.intent).toBe("unknown");
    expect(answer.text).toMatch(/I answer questions about the Japan–Australia Cyber Policy Dialogue/);
  });
});

describe("every round at once", () => {
  it("co-chairs, topics and outcomes of each round, with the rounds that record none", () => {
    expectText("List all co-chairs", [
      /Co-chairs are recorded for 3 rounds; for the 4th and the 5th they are not recorded/,
      /Okada/,
      /Mizushima/,
      /Otaka/,
    ]);
    expectText(
      "Who are the Japanese co-chairs on record?",
      [/Okada/, /Mizushima/, /Otaka/],
      [/Biggs|McKinnon|Feakin/],
    );
    expectText("What were the outcomes of each round?", [
      /The outcomes of the 1st, the 4th and the 5th rounds are not recorded/,
      /Joint Statement/,
    ]);
  });
  it("places other than one, and how often the dialogue meets", () => {
    expectText("Has the dialogue ever been held outside Tokyo?", [/^Yes\b/, /1st round .*Canberra/]);
    expectText("Is the dialogue annual?", [/^No — not every year/, /no source records how often/]);
    expectText("Is this dialogue still going?", [/^Not recorded/, /latest round on record is the 5th/]);
  });
});

describe("a yes/no question about a round it does not name", () => {
  it("never says Yes about the round it falls back to", () => {
    for (const q of ["was anything held in between?", "Was it held?"]) {
      const { text } = ask(q);
      expect(text, q).not.toMatch(/^\W*yes\b/i);
    }
  });
  it("still says Yes when the round is named", () => {
    const held = kb.rounds.find((r) => r.held.status === "known");
    if (held) expect(ask(`Was round ${held.number} held?`).text).toMatch(/^Yes\b/);
  });
});

describe("the time of day", () => {
  it("is said to be not recorded, after the date", () => {
    const held = kb.rounds.find((r) => r.held.status === "known");
    if (!held) return;
    expect(ask(`What time did round ${held.number} start?`).text).toMatch(/time of day is not recorded/);
    expect(ask(`第${held.number}回は何時から？`).text).toMatch(/時刻は記録されていません/);
  });
});
