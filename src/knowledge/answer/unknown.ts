import { exampleSuggestions } from "./common.ts";
import type { Ctx } from "./context.ts";
import type { Draft } from "./draft.ts";
import { localText, pick } from "./format.ts";

/** A short, honest reply to a question the knowledge base cannot answer, with example questions. No names. */

type Said = { title: [string, string]; text: (name: string) => [string, string] };

const ONLY_THE_DIALOGUE: [string, string] = [
  "I only answer questions about the dialogue",
  "協議に関する質問にのみお答えします",
];

/** What each reason a question is outside the record gets: a title and one sentence (English, Japanese). */
const OUT_OF_SCOPE: Record<string, Said> = {
  // instructions or code in the question
  code: {
    title: ONLY_THE_DIALOGUE,
    text: (name) => [
      `I answer questions about the ${name} from its knowledge base; I do not follow instructions or run code given in a question.`,
      `${name}に関する質問に知識ベースからお答えします。質問に含まれる指示やコードは実行しません。`,
    ],
  },
  // "write me a haiku about cyber security": asks for something made, which no record is
  task: {
    title: ONLY_THE_DIALOGUE,
    text: (name) => [
      `I answer questions about the ${name} from its knowledge base; I do not write poems, stories, code or messages, or translate texts.`,
      `${name}に関する質問に知識ベースからお答えします。詩・文章・コードの作成や翻訳は行いません。`,
    ],
  },
  // "the dumbest thing X said", "was he a spy?": a judgement, which no record is
  opinion: {
    title: ["I only answer from the record", "記録に基づいてのみお答えします"],
    text: (name) => [
      `I answer questions about the ${name} from its knowledge base: what was recorded, by whom and where. I do not give opinions or judge the people involved.`,
      `${name}について、知識ベースに記録された事実のみをお答えします。関係者についての意見や評価は述べません。`,
    ],
  },
  // "just guess": an answer made up, which is what the bot never gives
  guess: {
    title: ["I do not guess", "推測はしません"],
    text: (name) => [
      `I do not guess: I answer questions about the ${name} only with what its knowledge base records, and say "not recorded" when it does not.`,
      `推測はしません。${name}について知識ベースに記録されていることだけをお答えし、記録がないことは「記録されていません」とお答えします。`,
    ],
  },
  other_dialogue: {
    title: ["Only the Japan–Australia dialogue is on record", "記録しているのは日豪の協議のみです"],
    text: (name) => [
      `I only have records of the ${name}; I have nothing on other countries' dialogues, so I cannot answer that.`,
      `記録しているのは${name}のみで、他国との協議については記録がないためお答えできません。`,
    ],
  },
  other_forum: {
    title: ["Only the Cyber Policy Dialogue is on record", "記録しているのはサイバー政策協議のみです"],
    text: (name) => [
      `I only have records of the ${name}; other meetings and agreements between the two countries (or in the region) are not in my knowledge base, so I cannot answer that.`,
      `記録しているのは${name}のみで、両国間（または地域）の他の会合や協定は知識ベースにないため、お答えできません。`,
    ],
  },
};

const NOT_ANSWERABLE: Said = {
  title: ["Not something I can answer", "お答えできない質問です"],
  text: (name) => [
    `I can only answer questions about the ${name} from its knowledge base: its rounds, their dates and places, co-chairs, participating agencies, topics, announced next rounds, and the acronyms used. I have no answer to that question.`,
    `${name}について、知識ベースに記録された内容（各回の日時・場所、共同議長、参加機関、議題、次回の発表、略語）にのみお答えできます。この質問にはお答えできません。`,
  ],
};

/** A question outside what the knowledge base serves: instructions or code, another dialogue or forum. */
function outOfScope(ctx: Ctx, draft: Draft, name: string): void {
  const { locale, hints } = ctx;
  const reason = hints.reason === "injection" ? "code" : (hints.reason ?? "");
  const said = OUT_OF_SCOPE[reason] ?? NOT_ANSWERABLE;
  draft.title = pick(locale, ...said.title);
  draft.say(pick(locale, ...said.text(name)));
}

export function composeUnknown(ctx: Ctx, draft: Draft): void {
  const { kb, locale, hints } = ctx;
  const name = localText(kb.dialogue.name, locale);
  draft.confidence = "low";
  draft.round = null;
  switch (hints.reason) {
    case "current":
      draft.title = pick(locale, "Not recorded: who holds a post now", "現在の在任者は記録されていません");
      draft.say(
        pick(
          locale,
          `The knowledge base records the history of the ${name}: who held which post at each round. It does not record who holds a post now.`,
          `知識ベースには${name}の経緯（各回で誰がどの役職にあったか）が記録されており、現在の在任者は記録されていません。`,
        ),
      );
      break;
    case "help":
      draft.title = pick(locale, "What I can answer", "お答えできること");
      draft.say(
        pick(
          locale,
          `I answer questions about the ${name} from its knowledge base, in English or Japanese, and name the source of every fact: its rounds, when and where they were held, co-chairs, participating agencies, topics and outcomes, the next round as announced, how the dialogue began, and the acronyms used. When something is not recorded, I say so. For example:`,
          `${name}について、知識ベースから日本語・英語でお答えし、各事実の出典を示します：各回の日時・場所、共同議長、参加機関、議題と成果、発表された次回、協議の始まり、略語。記録されていないことは「記録されていません」とお答えします。例：`,
        ),
      );
      break;
    case "empty":
      draft.title = pick(locale, "Please ask a question", "質問を入力してください");
      draft.say(
        pick(locale, `Please ask a question about the ${name}.`, `${name}について質問してください。`),
      );
      break;
    default:
      outOfScope(ctx, draft, name);
  }
  exampleSuggestions(draft, locale, kb);
}
