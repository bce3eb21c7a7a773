/**
 * Generated paraphrases: every question template × every form of round reference × both languages, and
 * every organisation (by name, acronym, Japanese name) × every round for yes/no membership, each checked
 * against what the knowledge base says, not against a stored answer.
 */
import { describe, expect, it } from "vitest";
import { cochairsOf, isKnown, roleAt } from "../../src/knowledge/queries.ts";
import { answerer, kb } from "./fixture.ts";

type Template = [string, (n: number) => RegExp[], string];

function sweep(templates: Template[], forms: Record<number, string[]>, locale: "en" | "ja"): string[] {
  const failures: string[] = [];
  for (const [template, expected, intent] of templates) {
    for (const [n, refs] of Object.entries(forms).map(([k, v]) => [Number(k), v] as const)) {
      for (const ref of refs) {
        const question = template.replace("{r}", ref);
        const answer = answerer.ask(question);
        const text = answerer.renderText(answer);
        const missing = expected(n).filter((re) => !re.test(text));
        if (missing.length || answer.intent !== intent || answer.round !== n || answer.locale !== locale) {
          failures.push(`${question} → ${answer.intent} round ${answer.round}, missing ${missing.join(" ")}`);
        }
      }
    }
  }
  return failures;
}

describe("paraphrases of the same questions", () => {
  it("in English", () => {
    const forms = {
      1: [
        "the 1st round",
        "round 1",
        "the first dialogue",
        "the inaugural meeting",
        "the 2015 dialogue",
        "the Canberra round",
        "the February 2015 talks",
        "dialogue #1",
        "round one",
      ],
      2: [
        "the 2nd round",
        "round 2",
        "the second dialogue",
        "the 2016 dialogue",
        "the August 2016 meeting",
        "dialogue #2",
        "round two",
        "the 2nd Japan-Australia Cyber Policy Dialogue",
      ],
      3: [
        "the 3rd round",
        "round 3",
        "the third dialogue",
        "the 2017 dialogue",
        "the December 2017 meeting",
        "round three",
        "the one in December 2017",
      ],
    };
    const chairs: Record<number, RegExp[]> = {
      1: [/Okada/, /Biggs/],
      2: [/Mizushima/, /McKinnon/],
      3: [/Otaka/, /Feakin/],
    };
    const dates: Record<number, RegExp> = {
      1: /13 February 2015/,
      2: /2 August 2016/,
      3: /11 December 2017/,
    };
    const places: Record<number, RegExp> = { 1: /Canberra/, 2: /Tokyo/, 3: /Tokyo/ };
    const templates: Template[] = [
      ["Who co-chaired {r}?", (n) => chairs[n] ?? [], "cochairs"],
      ["who chaired {r}", (n) => chairs[n] ?? [], "cochairs"],
      ["Who led {r}?", (n) => chairs[n] ?? [], "cochairs"],
      ["Co-chairs for {r}?", (n) => chairs[n] ?? [], "cochairs"],
      ["When was {r} held?", (n) => [dates[n] ?? /$^/], "when_where"],
      ["Where did {r} take place?", (n) => [places[n] ?? /$^/], "when_where"],
      ["Which agencies attended {r}?", () => [/National Police Agency/], "agencies"],
      ["Who took part in {r}?", () => [/National Police Agency/], "agencies"],
      ["What topics came up at {r}?", () => [/Topics/], "topics"],
      ["Tell me about {r}", (n) => [dates[n] ?? /$^/, ...(chairs[n] ?? [])], "round_overview"],
    ];
    expect(sweep(templates, forms, "en")).toEqual([]);
  });

  it("in Japanese", () => {
    const forms = {
      1: [
        "第1回",
        "第一回",
        "1回目",
        "初回",
        "2015年の協議",
        "最初の協議",
        "キャンベラでの協議",
        "平成27年の協議",
      ],
      2: ["第2回", "第二回", "2回目", "2016年の協議", "2016年8月の会合", "平成28年の協議"],
      3: ["第3回", "第三回", "3回目", "2017年の協議", "2017年12月の会合", "平成29年の協議"],
    };
    const chairs: Record<number, RegExp[]> = {
      1: [/岡田/, /ビッグス/],
      2: [/水嶋/, /McKinnon/],
      3: [/大鷹|Otaka/, /Feakin/],
    };
    const dates: Record<number, RegExp> = { 1: /2015年2月13日/, 2: /2016年8月2日/, 3: /2017年12月11日/ };
    const places: Record<number, RegExp> = { 1: /キャンベラ/, 2: /東京/, 3: /東京/ };
    const templates: Template[] = [
      ["{r}の共同議長は誰ですか？", (n) => chairs[n] ?? [], "cochairs"],
      ["{r}で議長を務めたのは誰？", (n) => chairs[n] ?? [], "cochairs"],
      ["{r}はいつ開催されましたか", (n) => [dates[n] ?? /$^/], "when_where"],
      ["{r}はどこで開かれた？", (n) => [places[n] ?? /$^/], "when_where"],
      ["{r}にはどの省庁が参加しましたか", () => [/警察庁/], "agencies"],
      ["{r}では何が話し合われましたか", () => [/議題/], "topics"],
      ["{r}について教えて", (n) => [dates[n] ?? /$^/, ...(chairs[n] ?? [])], "round_overview"],
    ];
    expect(sweep(templates, forms, "ja")).toEqual([]);
  });
});

describe("yes/no membership for every organisation and round", () => {
  it("says Yes, No or Not recorded exactly as the record allows", () => {
    const ordinals = ["", "1st", "2nd", "3rd", "4th", "5th"];
    const failures: string[] = [];
    for (const org of kb.organisations.values()) {
      const names = [org.name.en, org.acronym, org.name.ja].filter((n): n is string => !!n);
      for (const round of kb.rounds) {
        const list = round.participants[org.country];
        const listed = isKnown(list) && list.value.organisations.includes(org.id);
        const chairedBy = cochairsOf(kb, round).some(
          (c) => roleAt(c.person, round.number)?.organisation === org.id,
        );
        const quotes = isKnown(list)
          ? list.evidence.map((e) => e.quote.replace(/Center/g, "Centre")).join(" ")
          : "";
        const namedInSource = [org.name.en, org.acronym].some(
          (x) => x && new RegExp(`\\b${x.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\b`).test(quotes),
        );
        const expected =
          listed || chairedBy || namedInSource
            ? "yes"
            : isKnown(list) && list.value.complete
              ? "no"
              : "not recorded";
        for (const name of names) {
          const questions = /[\u3040-\u9fff]/.test(name)
            ? [`${name}は第${round.number}回に参加しましたか？`]
            : [
                `Was ${name} at round ${round.number}?`,
                `Did the ${name} attend the ${ordinals[round.number]} dialogue?`,
              ];
          for (const question of questions) {
            const text = answerer.renderText(answerer.ask(question));
            const got = /^(Yes|はい)/.test(text)
              ? "yes"
              : /^(No\b|いいえ)/.test(text)
                ? "no"
                : /^(Not recorded|記録されていません)/.test(text)
                  ? "not recorded"
                  : "none";
            if (got !== expected) failures.push(`${question}: expected ${expected}, got ${got}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

/** The verdict a yes/no answer starts with. */
function verdictOf(question: string): string {
  const text = answerer.renderText(answerer.ask(question));
  if (/^(Yes|はい)/.test(text)) return "yes";
  if (/^(No\b|いいえ)/.test(text)) return "no";
  if (/^(Not recorded|記録されていません)/.test(text)) return "not recorded";
  return "none";
}

describe("yes/no co-chairs, dates and places for every round", () => {
  const ordinals = ["", "1st", "2nd", "3rd", "4th", "5th"];

  it("co-chairs: yes if they chaired it, no if their side's co-chair is someone else, else not recorded", () => {
    const failures: string[] = [];
    for (const person of kb.people.values()) {
      if (person.roles.every((r) => r.rounds.length === 0)) continue;
      const surname = person.name.en?.split(" ").at(-1) ?? person.id;
      for (const round of kb.rounds) {
        const fact = round.cochairs[person.country];
        const expected = isKnown(fact) ? (fact.value === person.id ? "yes" : "no") : "not recorded";
        const questions = [
          `Did ${surname} co-chair round ${round.number}?`,
          `Was ${person.name.en} a co-chair of the ${ordinals[round.number]} dialogue?`,
        ];
        if (person.name.ja) questions.push(`${person.name.ja}は第${round.number}回の共同議長でしたか？`);
        for (const q of questions) if (verdictOf(q) !== expected) failures.push(`${q}: expected ${expected}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("dates and places", () => {
    const failures: string[] = [];
    for (const round of kb.rounds) {
      for (const year of [2015, 2016, 2017, 2018, 2023]) {
        const expected = isKnown(round.date)
          ? round.date.value.year === year
            ? "yes"
            : "no"
          : "not recorded";
        for (const q of [
          `Was the ${ordinals[round.number]} round held in ${year}?`,
          `第${round.number}回は${year}年に開催されましたか？`,
        ]) {
          if (verdictOf(q) !== expected) failures.push(`${q}: expected ${expected}`);
        }
      }
      for (const [city, ja] of [
        ["Tokyo", "東京"],
        ["Canberra", "キャンベラ"],
        ["Sydney", "シドニー"],
      ] as const) {
        const expected = isKnown(round.place)
          ? round.place.value.city.en === city
            ? "yes"
            : "no"
          : "not recorded";
        for (const q of [
          `Did round ${round.number} take place in ${city}?`,
          `第${round.number}回は${ja}で開催されましたか？`,
        ]) {
          if (verdictOf(q) !== expected) failures.push(`${q}: expected ${expected}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe("every organisation, term and person by every name", () => {
  it("what X is, who X is", () => {
    const failures: string[] = [];
    const check = (question: string, intent: string, must: string) => {
      const answer = answerer.ask(question);
      if (answer.intent !== intent || !answerer.renderText(answer).includes(must))
        failures.push(`${question} → ${answer.intent}`);
    };
    const japanese = (s: string) => /[\u3040-\u9fff]/.test(s);
    for (const org of kb.organisations.values()) {
      const en = org.name.en ?? org.id;
      if (org.acronym) {
        check(`What does ${org.acronym} stand for?`, "glossary", en);
        check(`${org.acronym}とは？`, "glossary", org.name.ja ?? en);
      }
      check(`What is the ${en}?`, "glossary", en);
      if (org.name.ja) check(`${org.name.ja}とは何ですか？`, "glossary", org.name.ja);
      for (const alias of org.aliases)
        check(`What is ${alias}?`, "glossary", japanese(alias) ? (org.name.ja ?? en) : en);
    }
    for (const term of kb.glossary) check(`What does ${term.term} stand for?`, "glossary", term.term);
    for (const person of kb.people.values()) {
      const en = person.name.en ?? person.id;
      check(`Who is ${en}?`, "person", en);
      if (person.name.ja) check(`${person.name.ja}とは誰ですか？`, "person", person.name.ja);
      for (const alias of person.aliases)
        check(`Who is ${alias}?`, "person", japanese(alias) ? (person.name.ja ?? en) : en);
    }
    expect(failures).toEqual([]);
  });
});
