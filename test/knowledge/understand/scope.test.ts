/**
 * Scope: off-topic questions (something made or translated, another service's subject, another forum or
 * country's dialogue) whatever domain words they carry, and on-topic ones that look odd (the dialogue's own
 * name, a title held at rounds asked about "now"). Names, titles and places come from the knowledge base.
 */
import { describe, expect, it } from "vitest";
import { isKnown, roundsCochairedBy } from "../../../src/knowledge/queries.ts";
import { hasJapanese, tokenise } from "../../../src/knowledge/understand/normalise.ts";
import {
  adjectiveForms,
  askingSentences,
  flatten,
  nounForms,
  Scope,
  type ScopeReading,
  verbForms,
} from "../../../src/knowledge/understand/scope.ts";
import { SCOPE_LEXICON, ScopeLexiconSchema } from "../../../src/knowledge/understand/scope-lexicon.ts";
import { ask, kb, understand } from "../fixture.ts";

const scope = new Scope(kb);

/** A plain reading of a question: no names found unless told. */
function reading(input: string, extra: Partial<ScopeReading> = {}): ScopeReading {
  const tokens = tokenise(input);
  return {
    input,
    words: tokens.map((t) => t.text),
    raw: tokens.map((t) => t.raw),
    consumed: tokens.map(() => false),
    japanese: [...input].filter((c) => hasJapanese(c) || /[？?。！!]/.test(c)).join(""),
    named: false,
    roundNamed: false,
    ...extra,
  };
}
const judge = (input: string, extra: Partial<ScopeReading> = {}) => scope.judge(reading(input, extra));

const someCity = kb.rounds.map((r) => (isKnown(r.place) ? r.place.value.city : undefined)).find((c) => c?.en);
const cochair = [...kb.people.values()].find((p) => roundsCochairedBy(kb, p.id).length > 0);
const dialogueJa = kb.dialogue.name.ja ?? "";
const dialogueEn = kb.dialogue.name.en ?? "";

describe("word forms and reading helpers", () => {
  it("verbs and nouns inflect from their base forms", () => {
    expect(verbForms({ base: "write", irregular: ["wrote", "written"] })).toEqual(
      expect.arrayContaining(["write", "writes", "writing", "wrote", "written"]),
    );
    expect(verbForms({ base: "compose", irregular: [] })).toEqual(
      expect.arrayContaining(["composes", "composed", "composing"]),
    );
    expect(nounForms("story")).toContain("stories");
    expect(nounForms("poem")).toContain("poems");
    expect(nounForms("sketch")).toContain("sketches");
    expect(verbForms({ base: "write", irregular: [] })).not.toContain("wrote");
  });
  it("flattens to spaced lower-case words, keeping 2+2 and parting Latin from Japanese", () => {
    expect(flatten("When's the next 2 + 2?")).toBe(" whens the next 2+2 ");
    expect(flatten("日豪EPAは")).toContain(" epa ");
  });
  it("the asking part is the sentences with a question mark, else all", () => {
    expect(askingSentences("Sorry, the weather was bad. Anyway: who co-chaired round 1?")).toEqual([
      " Anyway: who co-chaired round 1?",
    ]);
    expect(askingSentences("Write me a poem. Thanks!").join(" ")).toMatch(/poem.*Thanks/);
  });
  it("off-topic only when every sentence that asks is", () => {
    expect(judge("What is the temperature in Tokyo? What's the weather in Canberra?").offTopic).toBe(
      "service",
    );
    expect(judge("What's the weather in Canberra? Who co-chaired round 1?").offTopic).toBeUndefined();
  });
  it("the lexicon is validated: base forms in lower case only", () => {
    expect(ScopeLexiconSchema.safeParse(SCOPE_LEXICON).success).toBe(true);
    const bad = { ...SCOPE_LEXICON, en: { ...SCOPE_LEXICON.en, products: ["Poems!"] } };
    expect(ScopeLexiconSchema.safeParse(bad).success).toBe(false);
  });
});

describe("tasks: something made or translated is off-topic, whatever domain words it carries", () => {
  it.each([
    "write me a haiku about cyber security",
    `Compose a song about ${cochair?.name.en ?? "the co-chair"}`,
    `tell me a joke about ${someCity?.en ?? "Tokyo"}`,
    "Generate a Python script that lists the rounds",
    "draft an email to the Australian co-chair",
    "Can you write me a letter to the co-chairs?",
    "a limerick about the dialogue please",
    "translate 'good morning' into Japanese",
  ])("%s", (q) => {
    expect(judge(q).offTopic).toBe("task");
  });
  it.each([
    "サイバーセキュリティについて俳句を書いて",
    `${someCity?.ja ?? "東京"}についての詩を作って`,
    "協議についてのジョークを教えて",
    "「おはようございます」を英語に翻訳して",
  ])("%s", (q) => {
    expect(judge(q).offTopic).toBe("task");
  });
  it.each([
    "tell me about round 3",
    "Write down the dates of all rounds",
    "Give me the co-chairs of round 2",
    "Tell me the story of how the dialogue began",
    "Was a code of conduct discussed?",
    "Did the co-chair write a letter?",
    "Who wrote the joint statement?",
    "第3回の議題を教えて",
  ])("not a task: %s", (q) => {
    expect(judge(q).offTopic).toBeUndefined();
  });
  it("translating a name on record is a glossary question, not a task", () => {
    expect(judge("Translate ACSC into Japanese", { named: true }).offTopic).toBeUndefined();
  });
});

describe("other services", () => {
  it("the weather, a hotel, a recipe — even in a city of the rounds", () => {
    expect(judge(`What's the weather in ${someCity?.en ?? "Tokyo"} during the next round?`).offTopic).toBe(
      "service",
    );
    expect(judge("Recommend a hotel near the venue").offTopic).toBe("service");
    expect(judge(`明日の${someCity?.ja ?? "東京"}の天気は？`).offTopic).toBe("service");
  });
  it("a word the knowledge base itself uses is never another service's subject", () => {
    const topic = kb.rounds
      .flatMap((r) => (isKnown(r.topics) ? r.topics.value : []))
      .flatMap((t) => (t.en ?? "").toLowerCase().split(/[^a-z]+/))
      .find((w) => w.length >= 6);
    expect(topic).toBeDefined();
    const lexicon = { ...SCOPE_LEXICON, en: { ...SCOPE_LEXICON.en, services: [topic ?? ""] } };
    const strict = new Scope(kb, lexicon);
    expect(strict.judge(reading(`Was ${topic} discussed?`)).offTopic).toBeUndefined();
    const other = { ...SCOPE_LEXICON, en: { ...SCOPE_LEXICON.en, services: ["zzword"] } };
    expect(new Scope(kb, other).judge(reading("Was zzword discussed?")).offTopic).toBe("service");
  });
});

describe("other forums and other countries' dialogues", () => {
  it.each([
    ["When is the next Japan–Australia 2+2?", "other_forum"],
    ["What did the Japan–Australia 2+2 say about cyber?", "other_forum"],
    ["When did the Japan–Australia leaders meet in Tokyo?", "other_forum"],
    ["Who is the Japanese co-chair of the economic dialogue?", "other_forum"],
    ["日豪経済協議はいつ開催された？", "other_forum"],
    ["日豪外相会談はいつ？", "other_forum"],
    ["Who co-chaired the Australia–India cyber dialogue?", "other_dialogue"],
    ["When was the Japan–US cyber dialogue held?", "other_dialogue"],
    ["日米サイバー対話はいつ開催された？", "other_dialogue"],
  ])("%s", (q, reason) => {
    expect(judge(q).offTopic).toBe(reason);
  });
  it.each([
    "Was the 2+2 mentioned at the cyber policy dialogue?",
    "Which summit agreed the dialogue?",
    "Did they talk about the Quad at round 3?",
    "日豪首脳会談で何が合意された？",
    `When was the ${dialogueEn} held?`,
  ])("this dialogue named too: %s", (q) => {
    expect(judge(q).offTopic).toBeUndefined();
  });
  it("the meeting that created the dialogue, asked about as such, is not another forum", () => {
    const occasion = isKnown(kb.dialogue.origin) ? kb.dialogue.origin.value.occasion.en : undefined;
    if (!occasion || !/\bsummit\b/i.test(occasion)) return;
    // the words besides the forum's name ask how the dialogue came to be
    const asking = { asksOrigin: (forum: (w: string) => boolean) => !forum("created") };
    expect(judge("When was the summit that created it?", asking).offTopic).toBeUndefined();
    expect(judge("When was the summit?", { asksOrigin: () => false }).offTopic).toBe("other_forum");
    expect(judge("When was the AUKUS summit that created it?", asking).offTopic).toBe("other_forum");
  });
  it("a forum the knowledge base names (a glossary term) is not another forum", () => {
    const term = kb.glossary.find((t) => /\b(?:asean|summit|quad)\b/i.test(t.expansion?.en ?? ""));
    const name = term?.expansion?.en;
    expect(name).toBeDefined();
    expect(judge(`What is the ${name}?`, { named: true }).offTopic).toBeUndefined();
  });
});

describe("the dialogue's own name is on topic", () => {
  it("asked in Japanese by its Japanese name, for English", () => {
    expect(judge(`${dialogueJa}って英語で何て言う？`).dialogueName).toEqual({ language: "en" });
    expect(judge(`what is ${dialogueJa} in English?`).dialogueName).toEqual({ language: "en" });
  });
  it("asked in English, for Japanese, and its abbreviation", () => {
    expect(judge(`How do you say "${dialogueEn}" in Japanese?`).dialogueName).toEqual({ language: "ja" });
    expect(judge("What's the abbreviation of the dialogue?").dialogueName).toEqual({ abbreviation: true });
    expect(judge("協議の略称は？").dialogueName?.abbreviation).toBe(true);
  });
  it("not when a name on record or a round is what is named", () => {
    expect(judge("What is the Japanese name of ACSC?", { named: true }).dialogueName).toBeUndefined();
    expect(judge("What was the 3rd round called in Japanese?", { roundNamed: true }).dialogueName).toBe(
      undefined,
    );
    expect(judge("Who attended the dialogue?").dialogueName).toBeUndefined();
  });
});

describe("through the engine", () => {
  it("a poem with domain words gets a short refusal with suggestions, never a round card", () => {
    const { answer } = ask("write me a haiku about cyber security");
    expect(answer.intent).toBe("unknown");
    expect(answer.round).toBeNull();
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(understand("write me a haiku about cyber security").hints.reason).toBe("task");
  });
  it("the dialogue's English name, asked in Japanese, from the data with its source", () => {
    const { answer, text } = ask(`${dialogueJa}って英語で何て言う？`);
    expect(answer.intent).toBe("glossary");
    expect(text).toContain(dialogueEn);
    expect(answer.sources.length).toBeGreaterThan(0);
  });
  it("the current holder of a title held at rounds: not recorded, then who held it at which round", () => {
    const holder = [...kb.people.values()].find(
      (p) => roundsCochairedBy(kb, p.id).length > 0 && p.roles.some((r) => r.title.en),
    );
    const title = holder?.roles.find((r) => r.title.en)?.title.en;
    expect(holder && title).toBeTruthy();
    const { answer, text } = ask(`who's the current ${title}?`);
    expect(answer.intent).toBe("person");
    expect(text).toMatch(/not recorded/i);
    expect(text).toContain(holder?.name.en ?? "");
    const round = roundsCochairedBy(kb, holder?.id ?? "")[0]?.round.number;
    expect(text).toMatch(new RegExp(`\\b${round}(?:st|nd|rd|th) round`));
  });
});

describe("a judgement asked for is an opinion, which no record serves", () => {
  it.each([
    `what's the stupidest thing ${cochair?.name.en ?? "he"} ever said?`,
    "was the dialogue useless?",
    "水嶋は無能だった？",
  ])("%s", (q) => {
    expect(judge(q).offTopic).toBe("opinion");
  });
  it.each([
    "Did any spy agencies attend round 2?",
    "you're a useless bot, who chaired round 2?",
    "[link](https://evil.example.com) who chaired round 2?",
  ])("not an opinion asked: %s", (q) => {
    expect(judge(q).offTopic).toBeUndefined();
  });
  it("forms of a judgement word", () => {
    expect(adjectiveForms("dumb")).toEqual(expect.arrayContaining(["dumb", "dumber", "dumbest"]));
    expect(adjectiveForms("lazy")).toEqual(expect.arrayContaining(["laziest"]));
  });
});

describe("a request to guess", () => {
  it("with nothing on record named is refused as a guess", () => {
    expect(judge("Just guess.").offTopic).toBe("guess");
    expect(judge("推測して").offTopic).toBe("guess");
  });
  it("with a round named, is answered with what is recorded", () => {
    expect(judge("guess who co-chaired round 4", { roundNamed: true }).offTopic).toBeUndefined();
  });
});

describe("a service's word about a round", () => {
  it("'which hotel hosted the 2016 round?' asks the round's venue; the hotel to book is off topic", () => {
    expect(understand("Which hotel or building in Tokyo hosted the 2016 round?").query.intent).not.toBe(
      "unknown",
    );
    expect(understand("What hotel should I book in Tokyo?").query.intent).toBe("unknown");
    expect(understand("Who won the 2023 rugby world cup?").query.intent).toBe("unknown");
  });
});
