import type {
  Answer,
  Answerer,
  Choice,
  Locale,
  Query,
  SearchHit,
} from "../../../src/knowledge/answer-types.ts";

/** A tiny Answerer for unit tests of rendering and parsing; e2e tests use the real engine. */
export function fakeAnswer(overrides: Partial<Answer> = {}): Answer {
  return {
    question: "who co-chaired the 2nd round?",
    intent: "cochairs",
    round: 2,
    locale: "en",
    title: "Co-chairs of the 2nd round",
    text: "Koichi Mizushima (MOFA) and Rob McKinnon (DFAT).",
    sections: [],
    sources: [
      {
        id: "s1",
        title: "Japan-Australia Relations",
        publisher: "MOFA",
        url: "https://www.mofa.go.jp/x.html",
      },
    ],
    confidence: "high",
    suggestions: [],
    ...overrides,
  };
}

const ROUNDS: Choice[] = [1, 2, 3, 4, 5].map((n) => ({ name: `Round ${n}`, value: String(n) }));

export function fakeAnswerer(overrides: Partial<Answerer> = {}): Answerer & { queries: Query[] } {
  const queries: Query[] = [];
  return {
    queries,
    ask: (question, options) => fakeAnswer({ question, locale: options?.locale ?? "en", intent: "unknown" }),
    answerQuery: (query: Query, options: { locale: Locale }) => {
      queries.push(query);
      return fakeAnswer({ intent: query.intent, round: query.round ?? null, locale: options.locale });
    },
    search: (text): SearchHit[] => [
      {
        kind: "person",
        id: "tobias-feakin",
        label: "Tobias Feakin",
        detail: text,
        query: { intent: "person", person: "tobias-feakin" },
      },
    ],
    roundChoices: (partial) => {
      if (/latest|最新/i.test(partial)) return [ROUNDS[4] as Choice];
      const digit = /\d/.exec(partial)?.[0];
      return digit ? ROUNDS.filter((c) => c.value === digit) : partial ? [] : ROUNDS;
    },
    organisationChoices: () => [{ name: "Ministry of Foreign Affairs (MOFA)", value: "mofa" }],
    renderText: (answer) => `${answer.title}\n${answer.text}`,
    ...overrides,
  };
}
