/**
 * Honesty: for many questions about each round, in many forms and both languages, every person's name and
 * every full date in the answer must belong to the round the answer is about (or to the person asked about),
 * and a round that is not on record must never get another round's facts.
 */
import { describe, expect, it } from "vitest";
import { formatDate } from "../../src/knowledge/answer/format.ts";
import type { Answer } from "../../src/knowledge/answer-types.ts";
import {
  announcementBy,
  announcementOf,
  cochairsOf,
  isKnown,
  roundByNumber,
} from "../../src/knowledge/queries.ts";
import type { DateValue, Person } from "../../src/knowledge/types.ts";
import { ask, kb } from "./fixture.ts";

/** Every written form of a person's name that could appear in an answer. */
function nameForms(person: Person): string[] {
  const forms = [person.name.en, person.name.ja, ...person.aliases].filter(
    (n): n is string => !!n && n.length >= 2,
  );
  const surname = person.name.en?.split(/\s+/).at(-1);
  if (surname) forms.push(surname);
  return forms;
}

/** Full dates (day precision) of the knowledge base, in both languages. */
const fullDates: { round: number; text: string }[] = [];
for (const round of kb.rounds) {
  for (const fact of [round.date, round.released]) {
    if (fact && isKnown(fact) && fact.value.precision === "day") {
      for (const locale of ["en", "ja"] as const)
        fullDates.push({ round: round.number, text: formatDate(fact.value as DateValue, locale) });
    }
  }
}

/**
 * The rounds whose dates may appear in an answer about round n: itself, its announcer, the round it announced
 * (and, for "what came next", the next round on record).
 */
function relatedRounds(n: number, intent: Answer["intent"]): Set<number> {
  const out = new Set([n]);
  if (intent === "next_round") out.add(n + 1);
  const announcer = announcementOf(kb, n);
  if (announcer) out.add(announcer.by.number);
  const round = roundByNumber(kb, n);
  const announced = round ? announcementBy(kb, round) : undefined;
  if (announced) out.add(announced.announced.round);
  return out;
}

function checkAnswer(question: string, answer: Answer, text: string) {
  const n = answer.round;
  const people = [...kb.people.values()];
  if (n === null || roundByNumber(kb, n) === undefined) {
    // No round: no co-chair may be named unless the question named them.
    if (
      answer.intent !== "person" &&
      answer.intent !== "membership" &&
      answer.intent !== "origin" &&
      answer.intent !== "glossary"
    ) {
      for (const person of people) {
        if (nameForms(person).some((f) => question.includes(f))) continue;
        for (const form of nameForms(person)) expect(text, `${question}\n---\n${text}`).not.toContain(form);
      }
    }
    return;
  }
  const round = roundByNumber(kb, n);
  if (!round) return;
  // the round's co-chairs, and people recorded commenting on that round
  const allowed = new Set([
    ...cochairsOf(kb, round).map((c) => c.person.id),
    ...people.filter((p) => p.commentedOn.some((c) => c.round === n)).map((p) => p.id),
  ]);
  for (const person of people) {
    if (allowed.has(person.id)) continue;
    if (nameForms(person).some((f) => question.toLowerCase().includes(f.toLowerCase()))) continue;
    if (answer.intent === "person" || answer.intent === "origin") continue;
    if (answer.intent === "membership" && question.match(/co-?chair|共同議長/i)) continue; // "No — it was X; Y co-chaired the 3rd"
    for (const form of nameForms(person)) {
      expect(text, `${question}\n--- names ${form}, not of round ${n}\n${text}`).not.toContain(form);
    }
  }
  const related = relatedRounds(n, answer.intent);
  for (const date of fullDates) {
    if (related.has(date.round)) continue;
    expect(
      text,
      `${question}\n--- has the date ${date.text} of round ${date.round}, answer about round ${n}\n${text}`,
    ).not.toContain(date.text);
  }
}

const ROUND_FORMS: ((n: number) => string)[] = [
  (n) => `the ${["", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th"][n]} round`,
  (n) => `round ${n}`,
  (n) => `dialogue #${n}`,
  (n) =>
    `the ${["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"][n]} dialogue`,
];
const YEARS: Record<number, number> = { 1: 2015, 2: 2016, 3: 2017, 5: 2023 };

const EN_TEMPLATES = [
  (r: string) => `Who co-chaired ${r}?`,
  (r: string) => `Who was the Japanese co-chair at ${r}?`,
  (r: string) => `Who led the Australian delegation at ${r}?`,
  (r: string) => `Which agencies took part in ${r}?`,
  (r: string) => `When and where was ${r} held?`,
  (r: string) => `What was discussed at ${r}?`,
  (r: string) => `What did ${r} announce about the next round?`,
  (r: string) => `Tell me about ${r}`,
  (r: string) => `Was the NPA at ${r}?`,
  (r: string) => `Did DFAT attend ${r}?`,
];
const JA_TEMPLATES = [
  (n: number) => `第${n}回の共同議長は誰？`,
  (n: number) => `第${n}回の参加機関は？`,
  (n: number) => `第${n}回はいつどこで開催された？`,
  (n: number) => `第${n}回では何が話し合われた？`,
  (n: number) => `第${n}回について教えて`,
  (n: number) => `${n}回目の豪州側の共同議長は？`,
];

describe("honesty: names and dates belong to the round asked about", () => {
  const questions: string[] = [];
  for (let n = 1; n <= 8; n++) {
    for (const form of ROUND_FORMS) for (const template of EN_TEMPLATES) questions.push(template(form(n)));
    for (const template of JA_TEMPLATES) questions.push(template(n));
    const year = YEARS[n];
    if (year) for (const template of EN_TEMPLATES) questions.push(template(`the ${year} dialogue`));
  }
  for (const year of [2014, 2018, 2019, 2020, 2030])
    questions.push(`Who co-chaired the ${year} dialogue?`, `${year}年の協議の共同議長は？`);

  it(`holds for ${questions.length} questions`, () => {
    for (const question of questions) {
      const { answer, text } = ask(question);
      checkAnswer(question, answer, text);
    }
  });

  it("rounds that are not on record get no round's facts", () => {
    for (const n of [6, 7, 8, 12, 99]) {
      for (const question of [
        `Who co-chaired the ${n}th round?`,
        `第${n}回の共同議長は？`,
        `Which agencies attended round ${n}?`,
        `When was round ${n} held?`,
      ]) {
        const { answer, text } = ask(question);
        expect(answer.round, question).toBeNull();
        expect(text, question).toMatch(/no record of a|記録はありません/);
        for (const person of kb.people.values())
          for (const form of nameForms(person)) expect(text, question).not.toContain(form);
        expect(text, question).not.toMatch(/Police Agency|警察庁|Home Affairs/);
      }
    }
  });

  it("every source cited exists and every answer about a known fact cites one", () => {
    for (const question of [
      "Who co-chaired round 1?",
      "Which agencies attended round 3?",
      "When was round 5?",
      "What was discussed in 2016?",
      "When is the next round?",
      "When was the dialogue agreed?",
    ]) {
      const { answer } = ask(question);
      expect(answer.sources.length, question).toBeGreaterThan(0);
      for (const source of answer.sources) expect(kb.sources.get(source.id)?.url).toBe(source.url);
    }
  });
});
