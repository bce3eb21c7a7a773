import { describe, expect, it } from "vitest";
import { monthName } from "../../../src/knowledge/answer/format.ts";
import type { TurnContext } from "../../../src/knowledge/answer-types.ts";
import { parseTurnContext } from "../../../src/knowledge/conversation/turn-context.ts";
import { cochairsOf, isKnown, participantsOf, roundByNumber } from "../../../src/knowledge/queries.ts";
import { answerer, kb } from "../fixture.ts";
import { converse } from "./converse.ts";

const cochair = (n: number, side: "JP" | "AU") => {
  const round = roundByNumber(kb, n);
  const person = round && cochairsOf(kb, round).find((c) => c.side === side)?.person;
  return person?.name.en ?? "";
};
const roundsWithCochairs = kb.rounds.filter((r) => cochairsOf(kb, r).length === 2).map((r) => r.number);

describe("follow-ups read in the previous turn's context", () => {
  it("a slash command's answer carries its context too: '/round N', then 'who were the co-chairs?'", () => {
    const n = roundsWithCochairs[0] ?? 1;
    const card = answerer.answerQuery({ intent: "round_overview", round: n }, { locale: "en" });
    expect(card.context?.query.round).toBe(n);
    const next = answerer.ask("who were the co-chairs?", card.context ? { context: card.context } : {});
    expect(next.round).toBe(n);
    expect(next.text).toContain(cochair(n, "JP"));
  });

  it("every answer about something carries its context, the round it answered included", () => {
    const [a] = converse(["who were the co-chairs?"]);
    expect(a?.context?.query.intent).toBe("cochairs");
    expect(a?.context?.query.round).toBe(a?.round);
  });

  it("a side alone keeps what was asked and the round", () => {
    const n = roundsWithCochairs[1] ?? 2;
    const [, b] = converse([`who co-chaired round ${n}?`, "and the australian side?"]);
    expect(b?.intent).toBe("cochairs");
    expect(b?.round).toBe(n);
    expect(b?.text).toMatch(new RegExp(`^Round ${n}, Australian side: `));
    expect(b?.text).toContain(cochair(n, "AU"));
    expect(b?.text).not.toContain(cochair(n, "JP"));
  });

  it("a round alone keeps what was asked (and the side)", () => {
    const [a, b, c] = roundsWithCochairs;
    if (a === undefined || b === undefined || c === undefined) return;
    const answers = converse([
      `who was the australian co-chair at round ${a}?`,
      `what about round ${b}?`,
      `and ${c}?`,
    ]);
    expect(answers[1]?.round).toBe(b);
    expect(answers[1]?.text).toContain(cochair(b, "AU"));
    expect(answers[2]?.round).toBe(c);
    expect(answers[2]?.text).toContain(cochair(c, "AU"));
  });

  it("a question that asks something else about the same round", () => {
    const answers = converse(["tell me about round 1", "who were the co-chairs?", "where?"]);
    expect(answers[1]?.intent).toBe("cochairs");
    expect(answers[1]?.round).toBe(1);
    expect(answers[2]?.intent).toBe("when_where");
    expect(answers[2]?.round).toBe(1);
  });

  it("Japanese follow-ups", () => {
    const answers = converse(["第3回はどこで開催された？", "日付は？"]);
    expect(answers[1]?.round).toBe(3);
    expect(answers[1]?.text.startsWith("第3回：")).toBe(true);
    const n = roundsWithCochairs[1] ?? 2;
    const more = converse([`第${n}回の共同議長は？`, "豪州側は？"]);
    expect(more[1]?.round).toBe(n);
    expect(more[1]?.text.startsWith(`第${n}回・豪州側：`)).toBe(true);
    // the weekday asked alone (曜日) is a when-question about the round in context
    const weekday = converse(["第1回について教えて", "曜日は？"]);
    expect(weekday[1]?.intent).toBe("when_where");
    expect(weekday[1]?.round).toBe(1);
  });

  it("a question that names everything itself ignores the context", () => {
    const plain = answerer.ask("who co-chaired round 3?");
    const [, b] = converse(["who was the japanese co-chair at round 2?", "who co-chaired round 3?"]);
    expect(b?.text).toBe(plain.text);
  });

  it("a yes/no question about an organisation carries on as yes/no", () => {
    const answers = converse(["was MOFA at round 2?", "and round 3?"]);
    expect(answers[1]?.intent).toBe("membership");
    expect(answers[1]?.round).toBe(3);
    expect(answers[1]?.text).toMatch(/^(Yes|No|Not recorded)/);
  });

  it("an off-topic question is not read as a follow-up", () => {
    const [, b] = converse(["who co-chaired round 2?", "what is the weather like in Paris tomorrow?"]);
    expect(b?.intent).toBe("unknown");
  });
});

describe("a context handed over is checked, never trusted", () => {
  it.each([
    null,
    "x",
    {},
    { query: { intent: "nope" }, locale: "en" },
    { query: { intent: "cochairs", round: "2" }, locale: "en" },
    { query: { intent: "cochairs" }, locale: "fr" },
  ])("%j is ignored", (value) => {
    expect(parseTurnContext(value)).toBeUndefined();
    const answer = answerer.ask("and the australian side?", { context: value as unknown as TurnContext });
    expect(answer.intent).toBe("unknown");
  });

  it("a good one round-trips through JSON", () => {
    const [a] = converse(["who co-chaired round 2?"]);
    expect(parseTurnContext(JSON.parse(JSON.stringify(a?.context)))).toEqual(a?.context);
  });
});

describe("a pronoun names the person the previous answer named", () => {
  it("he → the co-chair of the side asked", () => {
    const n = roundsWithCochairs[1] ?? 2;
    const answers = converse([`who was the australian co-chair at round ${n}?`, "who is he?"]);
    expect(answers[1]?.intent).toBe("person");
    expect(answers[1]?.text).toContain(cochair(n, "AU"));
  });
  it("no single person in the previous answer: the pronoun is left as it is", () => {
    const [, b] = converse(["who co-chaired round 2?", "who is he?"]);
    expect(b?.context?.query.person).toBeUndefined();
  });
});

describe("a follow-up that refers back to the round ('it', 'that round')", () => {
  const announcer = kb.rounds.find((r) => r.nextRoundAnnounced.status === "known");
  it("asks what that round announced, not the latest announcement", () => {
    if (!announcer) return;
    const [, next] = converse([
      `Who co-chaired round ${announcer.number}?`,
      "what did it announce for the next round?",
    ]);
    expect(next?.intent).toBe("next_round");
    expect(next?.round).toBe(announcer.number);
  });
  it("a next-round question without a reference back is about the dialogue as it stands", () => {
    if (!announcer) return;
    const [, next] = converse([`Who co-chaired round ${announcer.number}?`, "when is the next round?"]);
    expect(next?.context?.query.round).not.toBe(announcer.number);
  });
});

describe("a follow-up that names another place", () => {
  it("asks the same question of that place ('… held in Tokyo?' → 'how many in Canberra?')", () => {
    const cities = [
      ...new Set(kb.rounds.flatMap((r) => (isKnown(r.place) ? [r.place.value.city.en ?? ""] : []))),
    ];
    const [first, second] = cities;
    if (!first || !second) return;
    const [, next] = converse([`How many rounds were held in ${first}?`, `how many in ${second}?`]);
    expect(next?.intent).toBe("rounds");
    expect(next?.context?.query.place).toBe(second);
  });
});

describe("relative rounds and plans in follow-ups", () => {
  const held = kb.rounds.filter((r) => isKnown(r.place)).map((r) => r.number);
  it("'and the one before?' after a yes/no about round N is about round N-1, once", () => {
    const n = held.find((x) => held.includes(x - 1));
    if (n === undefined) return;
    const [, , before] = converse([
      `who co-chaired round ${n}?`,
      "was it held in Tokyo?",
      "and the one before?",
    ]);
    expect(before?.round).toBe(n - 1);
  });
  it("'where was it supposed to be?' about a round is its announcement", () => {
    const announced = kb.rounds.find((r) => r.nextRoundAnnounced.status === "known");
    if (!announced || !isKnown(announced.nextRoundAnnounced)) return;
    const target = announced.nextRoundAnnounced.value.round;
    const [, plan] = converse([`tell me about round ${target}`, "where was it supposed to be?"]);
    expect(plan?.intent).toBe("next_round");
    expect(plan?.round).toBe(announced.number);
  });
});

describe("'both' in a follow-up", () => {
  it("is the rounds the previous answer named", () => {
    const listed = kb.rounds
      .filter((r) => isKnown(r.participants.JP) || isKnown(r.participants.AU))
      .slice(0, 2);
    const [a, b] = listed.map((r) => r.number);
    if (a === undefined || b === undefined) return;
    const [, both] = converse([
      `Which agencies attended rounds ${a} and ${b}?`,
      "which of those attended both?",
    ]);
    expect(both?.context?.rounds ?? [both?.round]).toEqual(expect.arrayContaining([a]));
    expect(both?.text).toMatch(/all of them|in common/i);
  });
});

describe("follow-ups that name their own subject, or ask of the organisation just defined", () => {
  const withBoth = kb.rounds.find((r) => cochairsOf(kb, r).length === 2);
  it("「豪側は誰？」 after the co-chairs of a round is that round's Australian co-chair", () => {
    if (!withBoth) return;
    const [, au] = converse([`第${withBoth.number}回の共同議長は？`, "豪側は誰？"]);
    expect(au?.intent).toBe("cochairs");
    const person = cochairsOf(kb, withBoth).find((c) => c.side === "AU")?.person;
    expect([person?.name.en, person?.name.ja].some((n) => n && au?.text.includes(n))).toBe(true);
  });
  it("'was it at round N?' after 'What's <organisation>?' asks whether it attended", () => {
    const round = kb.rounds.find(
      (r) => isKnown(r.participants.JP) && r.participants.JP.value.organisations.length > 0,
    );
    const org =
      round && isKnown(round.participants.JP)
        ? kb.organisations.get(round.participants.JP.value.organisations[0] ?? "")
        : undefined;
    if (!round || !org?.acronym) return;
    const [, was] = converse([`What's ${org.acronym}?`, `Was it at round ${round.number}?`]);
    expect(was?.intent).toBe("membership");
    expect(was?.text).toMatch(/^Yes\b/);
  });
  it("'was the Australian co-chair from …?' is about that co-chair, not the person asked about before", () => {
    if (!withBoth) return;
    const [, , q] = converse([
      `Who was the Japanese co-chair at round ${withBoth.number}?`,
      "what was his title?",
      "Was the Australian co-chair from DFAT?",
    ]);
    expect(q?.text).not.toContain(cochair(withBoth.number, "JP"));
  });
});

describe("a follow-up's own claims", () => {
  const released = kb.rounds.find(
    (r) => r.released !== undefined && isKnown(r.released) && isKnown(r.outcome),
  );
  it("a wrong date asserted in a follow-up is a No", () => {
    if (!released?.released || !isKnown(released.released)) return;
    const d = released.released.value;
    if (d.precision !== "day" || !d.day || !d.month) return;
    const wrong = `${d.day === 28 ? 27 : d.day + 1} ${monthName(d.month)} ${d.year}`;
    const [, q] = converse([`What came out of round ${released.number}?`, `Was it issued on ${wrong}?`]);
    expect(q?.text).toMatch(/^No\b/);
  });
  it("never make a Yes of what the follow-up took from before ('was it held there?' after an announcement)", () => {
    const by = kb.rounds.find((r) => isKnown(r.nextRoundAnnounced) && r.nextRoundAnnounced.value.place);
    if (!by) return;
    const [, q] = converse([`When is the next round after round ${by.number}?`, "and was it held there?"]);
    const target = isKnown(by.nextRoundAnnounced)
      ? roundByNumber(kb, by.nextRoundAnnounced.value.round)
      : undefined;
    const heldThere =
      target && isKnown(target.place) && isKnown(by.nextRoundAnnounced)
        ? target.place.value.city.en === by.nextRoundAnnounced.value.place?.city.en
        : undefined;
    if (heldThere === false) expect(q?.text).not.toMatch(/^Yes\b/);
  });
  it("'on the same day?' with nothing named to compare is never a Yes", () => {
    if (!released) return;
    const [, , q] = converse([
      `What came out of round ${released.number}?`,
      "when was it issued?",
      "and was the meeting on the same day?",
    ]);
    expect(q?.text).not.toMatch(/^Yes\b/);
  });
});

describe("follow-ups that count or list what was just answered", () => {
  const withLists = kb.rounds.filter((r) => participantsOf(kb, r).every((p) => isKnown(p.fact)));
  it.each(withLists.map((r) => r.number))(
    "round %i: 'how many was that on the Japanese side?' counts its list",
    (n) => {
      const round = roundByNumber(kb, n);
      const jp = round ? participantsOf(kb, round, "JP")[0]?.organisations.length : -1;
      const answers = converse([
        `Round ${n}: which Australian agencies came?`,
        "how many was that on the Japanese side?",
      ]);
      expect(answers[1]?.intent).toBe("agencies");
      expect(answers[1]?.round).toBe(n);
      expect(answers[1]?.text).toContain(`${jp} Japanese`);
      const ja = converse([`第${n}回の参加機関は？`, "全部でいくつ？"]);
      expect(ja[1]?.intent).toBe("agencies");
    },
  );

  it("'how many was that?' after an off-topic question is not a count of anything", () => {
    const answers = converse(["what's the weather in Paris?", "how many was that?"]);
    expect(answers[1]?.intent).toBe("unknown");
  });

  it("after a comparison, one side's list is of the rounds compared", () => {
    const [a, b] = withLists.map((r) => r.number);
    if (a === undefined || b === undefined) return;
    const answers = converse([
      `How did round ${b} differ from round ${a}?`,
      "Specifically the Australian attendee list?",
      "And the Japanese list?",
    ]);
    expect(answers[1]?.intent).toBe("agencies");
    expect(answers[1]?.context?.query.side).toBe("AU");
    expect(answers[2]?.intent).toBe("agencies");
    expect(answers[2]?.context?.query.side).toBe("JP");
    expect(answers[2]?.context?.rounds?.sort()).toEqual([a, b].sort());
  });
});

describe("'it' and 'they' for the organisation asked about before", () => {
  const attended = kb.rounds.flatMap((r) =>
    participantsOf(kb, r).flatMap((p) => p.organisations.map((o) => ({ round: r.number, org: o }))),
  );
  const first = attended[0];
  it("'which rounds did it attend?' lists that organisation's rounds", () => {
    if (!first) return;
    const name = first.org.acronym ?? first.org.name.en ?? "";
    const answers = converse([`was ${name} at round ${first.round}?`, "which rounds did it attend?"]);
    expect(answers[1]?.context?.query.organisation).toBe(first.org.id);
  });
  it("'they' is not the organisation when the question names a country, nor 'it' when nothing is taken part in", () => {
    if (!first) return;
    const name = first.org.acronym ?? first.org.name.en ?? "";
    const country = converse([`was ${name} at round ${first.round}?`, "and Australia, did they take part?"]);
    expect(country[1]?.context?.query.organisation).not.toBe(first.org.id);
    const held = converse([`was ${name} at round ${first.round}?`, "when was it held?"]);
    expect(held[1]?.intent).toBe("when_where");
  });
});

describe("'which round…' asks for the round, even after a turn about rounds", () => {
  it("a term's round is looked up in every round, not only those of the previous turn", () => {
    const answers = converse([
      "How did the topics of round 1 differ from those of round 3?",
      "which round mentioned the UNGGE?",
    ]);
    const alone = answerer.ask("which round mentioned the UNGGE?");
    expect(answers[1]?.text).toBe(alone.text);
  });
});

describe("'either' of several rounds", () => {
  it("holds if it holds for one: not recorded when one is No and the other not recorded; 'both' is No", () => {
    const either = converse([
      "Compare the next-round announcements of rounds 2 and 3.",
      "did either of them happen as announced?",
    ]);
    const both = converse([
      "Compare the next-round announcements of rounds 2 and 3.",
      "did both of them happen as announced?",
    ]);
    expect(both[1]?.text).toMatch(/^No\b/);
    expect(either[1]?.text).not.toMatch(/^(?:No|Yes)\b/);
  });
});

describe("corrections and repeats", () => {
  const [a, b] = roundsWithCochairs;
  it("'no, I meant round N' asks the previous question of round N", () => {
    if (a === undefined || b === undefined) return;
    for (const fix of [
      `no, I meant round ${b}`,
      `sorry, round ${b}`,
      `I meant round ${b}`,
      `no sorry, I meant round ${b}`,
      `sorry, my mistake — I meant round ${b}`,
    ]) {
      const answers = converse([`who co-chaired round ${a}?`, fix]);
      expect(answers[1]?.intent).toBe("cochairs");
      expect(answers[1]?.round).toBe(b);
    }
  });
  it("'same question for round N' / 'same story for round N' asks the previous question of round N", () => {
    if (a === undefined || b === undefined) return;
    for (const again of [
      `same question for round ${b}`,
      `same story for round ${b}?`,
      `ditto for round ${b}`,
    ]) {
      const answers = converse([`which agencies attended round ${a}?`, again]);
      expect(answers[1]?.intent).toBe("agencies");
      expect(answers[1]?.round).toBe(b);
    }
  });
});

describe("what changed between two rounds' lists, as a follow-up", () => {
  const listed = kb.rounds.filter((r) => participantsOf(kb, r, "JP").every((p) => isKnown(p.fact)));
  const ids = (n: number) => {
    const round = roundByNumber(kb, n);
    return new Set(
      round ? participantsOf(kb, round, "JP").flatMap((p) => p.organisations.map((o) => o.id)) : [],
    );
  };
  const acronym = (id: string) =>
    kb.organisations.get(id)?.acronym ?? kb.organisations.get(id)?.name.en ?? id;
  const [a, b] = listed.map((r) => r.number);
  it("'which ones are new?' after two rounds' lists: those of the later one only; 'dropped out': of the earlier only", () => {
    if (a === undefined || b === undefined) return;
    const news = [...ids(b)].filter((id) => !ids(a).has(id));
    const turns = converse([
      `Which Japanese agencies attended round ${a}?`,
      `and in round ${b}?`,
      "which ones are new?",
    ]);
    expect(turns[2]?.text.split("\n")[0]).toContain(`only (${news.length})`);
    for (const id of news) expect(turns[2]?.text).toContain(acronym(id));
    const dropped = converse([
      `Which Japanese agencies attended round ${a}?`,
      `and in round ${b}?`,
      "which dropped out?",
    ]);
    expect(dropped[2]?.context?.query.round).toBe(a);
  });
  it("'which of those were NOT at round N?' after a round's list", () => {
    if (a === undefined || b === undefined) return;
    const turns = converse([
      `Which Japanese agencies attended round ${b}?`,
      `which of those were NOT at round ${a}?`,
    ]);
    expect(turns[1]?.context?.query.round).toBe(b);
    expect(turns[1]?.context?.rounds).toEqual([b, a]);
  });
  it("'which of them wasn't there the next time?' after a round's list: absent from the round after", () => {
    if (a === undefined || b === undefined || b !== a + 1) return;
    const gone = [...ids(a)].filter((id) => !ids(b).has(id));
    const turns = converse([
      `Which Japanese agencies attended round ${a}?`,
      "which of them wasn't there the next time?",
    ]);
    expect(turns[1]?.context?.rounds).toEqual([a, b]);
    expect(turns[1]?.text.split("\n")[0]).toContain(`only (${gone.length})`);
  });
  it("'which were added in between?' after two rounds compared: those of the later one only", () => {
    const [first, last] = [listed[0]?.number, listed.at(-1)?.number];
    if (first === undefined || last === undefined || first === last) return;
    const added = [...ids(last)].filter((id) => !ids(first).has(id));
    const turns = converse([
      `How many Japanese agencies at round ${first} versus round ${last}?`,
      "Which were added in between?",
    ]);
    expect(turns[1]?.context?.query.round).toBe(last);
    for (const id of added) expect(turns[1]?.text).toContain(acronym(id));
  });
});

describe("more of how the dialogue began; the name of the organisation asked about", () => {
  it.each(["by whom?", "where?", "who were the leaders?", "when?"])(
    "'%s' after the agreement stays with it",
    (q) => {
      const turns = converse(["When was the dialogue agreed?", q]);
      expect(turns[1]?.intent).toBe("origin");
      expect(turns[1]?.text).not.toMatch(/^(?:Yes|No)\b/);
    },
  );
  it("a wh-question after a yes/no one is not yes/no", () => {
    const turns = converse(["The dialogue was set up at a summit in Tokyo, right?", "who were the leaders?"]);
    expect(turns[1]?.intent).toBe("origin");
    expect(turns[1]?.text).not.toMatch(/^(?:Yes|No)\b/);
  });
  it("'what's its full name?' after a question about an organisation names that organisation", () => {
    const org = [...kb.organisations.values()].find((o) => o.acronym && o.name.en);
    if (!org?.acronym || !org.name.en) return;
    const turns = converse([`What is ${org.acronym}?`, "what's its full name?"]);
    expect(turns[1]?.text).toContain(org.name.en);
  });
});

describe("'the same person' is the person the previous answer named", () => {
  it("'did the same person co-chair round N?' checks that person", () => {
    const [a, b] = roundsWithCochairs;
    if (a === undefined || b === undefined) return;
    const same = cochair(a, "JP") === cochair(b, "JP");
    const turns = converse([
      `who was Japan's co-chair at round ${a}?`,
      `did the same person co-chair round ${b}?`,
    ]);
    expect(turns[1]?.text).toMatch(same ? /^Yes\b/ : /^No\b/);
    expect(turns[1]?.text).toContain(cochair(a, "JP"));
  });
});

describe("the other side; whether a list is complete", () => {
  it("'and the other side?' after a co-chair's title is the other side's co-chair", () => {
    const n = roundsWithCochairs[0];
    if (n === undefined) return;
    const turns = converse([
      `Who co-chaired round ${n} for Japan?`,
      "What was his title?",
      "And the other side?",
    ]);
    expect(turns[2]?.text).toContain(cochair(n, "AU"));
    const ja = converse([`第${n}回の日本側の参加機関は？`, "相手側は？"]);
    expect(ja[1]?.context?.query.side).toBe("AU");
  });
  it.each(kb.rounds.filter((r) => participantsOf(kb, r).some((p) => isKnown(p.fact))).map((r) => r.number))(
    "round %i: 'is that the complete list?' says what the source says of each side's list",
    (n) => {
      const round = roundByNumber(kb, n);
      if (!round) return;
      const lists = participantsOf(kb, round);
      const expected = lists.some((l) => isKnown(l.fact) && !l.fact.value.complete)
        ? /^No\b/
        : lists.some((l) => !isKnown(l.fact))
          ? /^Not recorded\b/
          : /^Yes\b/;
      const turns = converse([`which agencies attended round ${n}?`, "is that the complete list?"]);
      expect(turns[1]?.text).toMatch(expected);
    },
  );
});

describe("follow-ups about the round just asked, a side's bodies, a term's rounds", () => {
  it("'Was it in <city> as announced?' is about the round of the previous turn, not the round held in that city", () => {
    const announced = kb.rounds.find((r) => r.nextRoundAnnounced && isKnown(r.nextRoundAnnounced));
    const target =
      announced && isKnown(announced.nextRoundAnnounced) ? announced.nextRoundAnnounced.value : undefined;
    const city = target?.place?.city.en;
    if (!target || !city || !roundByNumber(kb, target.round)) return;
    const turns = converse([`When was round ${target.round}?`, `Was it in ${city} as announced?`]);
    expect(turns[1]?.round).toBe(target.round);
  });
  it("'who else from Japan was there?' lists that side's bodies at the round; after co-chairs it is the co-chair", () => {
    const listed = kb.rounds.find((r) => participantsOf(kb, r, "JP").every((p) => isKnown(p.fact)));
    const org = listed ? participantsOf(kb, listed, "JP")[0]?.organisations[0] : undefined;
    if (!listed || !org) return;
    const turns = converse([
      `Was ${org.acronym ?? org.name.en} at round ${listed.number}?`,
      "who else from Japan was there?",
    ]);
    expect(turns[1]?.intent).toBe("agencies");
    expect(turns[1]?.context?.query.side).toBe("JP");
    const chairs = converse([`who co-chaired round ${listed.number}?`, "who from Australia?"]);
    expect(chairs[1]?.intent).toBe("cochairs");
  });
  it("'which rounds mentioned it?' after a term is about that term", () => {
    const term = kb.glossary[0];
    if (!term) return;
    const turns = converse([`What does ${term.term} stand for?`, "which rounds mentioned it?"]);
    expect(turns[1]?.intent).toBe("topics");
    expect(turns[1]?.context?.query.term).toBe(term.id);
  });
});

describe("more follow-ups: the next round of a person, totals, spans, differences", () => {
  it("'Did he co-chair the next round too?' is the round after the one asked; 'when is the next round?' stays the dialogue's", () => {
    const [a] = roundsWithCochairs;
    if (a === undefined) return;
    const turns = converse([
      `Who was Japan's co-chair in round ${a}?`,
      "Did he co-chair the next round too?",
    ]);
    expect(turns[1]?.round).toBe(a + 1);
    const next = converse([`Who was Japan's co-chair in round ${a}?`, "when is the next round?"]);
    expect(next[1]?.intent).toBe("next_round");
  });
  it("「合わせていくつ？」 after one side's list counts both sides", () => {
    const listed = kb.rounds.find((r) => participantsOf(kb, r).every((p) => isKnown(p.fact)));
    if (!listed) return;
    const total = participantsOf(kb, listed).reduce((n, p) => n + p.organisations.length, 0);
    const turns = converse([`第${listed.number}回の日本側参加機関は？`, "豪州側は？", "合わせていくつ？"]);
    expect(turns[2]?.text).toContain(`計${total}機関`);
  });
  it("'how long after round 1 was that?' after another round spans the two", () => {
    const [a, b] = kb.rounds.filter((r) => isKnown(r.date)).map((r) => r.number);
    if (a === undefined || b === undefined) return;
    const turns = converse([`When was round ${b}?`, `how long after round ${a} was that?`]);
    expect(turns[1]?.text).toMatch(
      new RegExp(`From the ${a}(?:st|nd|rd|th) round .* to the ${b}(?:st|nd|rd|th) round`),
    );
  });
});

describe("a topic asked of one round, then of another", () => {
  it("'and at round N?' checks the same words at round N", () => {
    const topical = kb.rounds.filter((r) => isKnown(r.topics) && r.topics.value.some((t) => t.en));
    const [a, b] = topical.map((r) => r.number);
    if (a === undefined || b === undefined) return;
    const first = converse([`Was cybercrime discussed at round ${a}?`, `and at round ${b}?`]);
    const direct = answerer.ask(`Was cybercrime discussed at round ${b}?`);
    expect(first[1]?.text.replace(/^(?:Yes|No|Not recorded) — (?:Round \d+: )?/, "")).toBe(
      direct.text.replace(/^(?:Yes|No|Not recorded) — /, ""),
    );
    expect(first[1]?.text.split(" ")[0]).toBe(direct.text.split(" ")[0]);
  });
});

describe("every field of a turn's context survives its schema", () => {
  it("the place, the round asked before and the topic words are read back as written", () => {
    const context: TurnContext = {
      query: { intent: "topics", round: 2 },
      locale: "en",
      yesno: true,
      place: "Tokyo",
      earlier: 1,
      topicWords: ["cybercrime"],
    };
    expect(parseTurnContext(JSON.parse(JSON.stringify(context)))).toEqual(context);
  });
});

describe("'they' after an organisation's first round", () => {
  const firsts = [...kb.organisations.values()].flatMap((org) => {
    const rounds = kb.rounds.filter((r) =>
      participantsOf(kb, r).some((p) => p.organisations.some((o) => o.id === org.id)),
    );
    const first = rounds[0]?.number;
    const before = first !== undefined ? roundByNumber(kb, first - 1) : undefined;
    const listed = before && participantsOf(kb, before, org.country).every((p) => isKnown(p.fact));
    return org.acronym && first !== undefined && before && listed ? [{ acronym: org.acronym, first }] : [];
  });
  it.each(firsts)(
    "$acronym: 'were they at the one before?' is asked of the round before its first",
    ({ acronym, first }) => {
      const turns = converse([
        `What's ${acronym}?`,
        "When did they first take part?",
        "Were they at the one before?",
      ]);
      expect(turns[1]?.round).toBe(first);
      expect(turns[2]?.round).toBe(first - 1);
      // the same verdict as asking it directly (never Yes: it is the round before its first, at most indirectly)
      const direct = answerer.ask(`Was ${acronym} at round ${first - 1}?`).text.split(" ")[0];
      expect(turns[2]?.text.split(" ")[0]).toBe(direct);
    },
  );
});

describe("a name asked with the organisation left out", () => {
  const orgs = [...kb.organisations.values()].filter((o) => o.acronym && o.country === "JP");
  it.each(orgs.map((o) => ({ acronym: o.acronym ?? "", ja: o.name.ja })))(
    "$acronym: 「日本語名は？」 after a question about it",
    ({ acronym, ja }) => {
      const [, named] = converse([`What's ${acronym}?`, "日本語名は？"]);
      expect(named?.text).toContain(acronym);
      expect(named?.text).toMatch(ja ? new RegExp(ja) : /記録されていません/);
    },
  );
});

describe("a correction opened with 'no wait'", () => {
  it("asks the previous question of the round it names", () => {
    const [, fixed] = converse(["When was round 3 held?", "No wait, I meant round 2."]);
    expect(fixed?.intent).toBe("when_where");
    expect(fixed?.round).toBe(2);
  });
});

describe("'when was that?' after the one round whose topics mention what was asked", () => {
  it("is that round", () => {
    const round = kb.rounds.find(
      (r) => r.topics.status === "known" && r.topics.value.some((t) => /olympic/i.test(t.en ?? "")),
    );
    if (!round) throw new Error("the fixture has a round whose topics mention the Olympics");
    const [, when] = converse(["Which round discussed the Olympics?", "when was that?"]);
    expect(when?.round).toBe(round.number);
  });
});

describe("'What about X?' after a question about attending a round", () => {
  it("asks whether X attended that round too, not what X is", () => {
    const round = kb.rounds.find(
      (r) => r.participants.JP.status === "known" && r.participants.AU.status === "known",
    );
    if (round?.participants.JP.status !== "known" || round.participants.AU.status !== "known")
      throw new Error("the fixture has a round with both lists");
    const acronymOf = (ids: string[]) => ids.map((id) => kb.organisations.get(id)?.acronym).find((x) => x);
    const [a, b] = [
      acronymOf(round.participants.JP.value.organisations),
      acronymOf(round.participants.AU.value.organisations),
    ];
    if (!a || !b) throw new Error("the fixture's lists have organisations with acronyms");
    const [, about] = converse([`Was ${a} at round ${round.number}?`, `What about ${b}?`]);
    expect(about?.intent).toBe("membership");
    expect(about?.round).toBe(round.number);
  });
});

describe("'what was the most recent one?' after the next round as things stand", () => {
  it("is the latest round itself; 'and round 3?' is what round 3 announced", () => {
    const latest = Math.max(...kb.rounds.filter((r) => r.held.status === "known").map((r) => r.number));
    const [, recent] = converse(["When is the next round?", "what was the most recent one?"]);
    expect(recent?.intent).toBe("round_overview");
    expect(recent?.round).toBe(latest);
    const [, third] = converse(["When is the next round?", "and round 3?"]);
    expect(third?.intent).toBe("next_round");
  });
});
