/**
 * The follow-up memory benchmark's child (`node --expose-gc --import tsx bench/follow-ups-child.ts <people>
 * <follow-ups> <channels>`): the bot's own follow-up path, in process and without the network, for many
 * people at once: each turn reads the context (a reply: decoded from the custom_id of the answer it replies
 * to; else the asker's recent turn in that channel), answers with the real engine through the /ask handler,
 * renders the Discord reply (which encodes the answer's context into its delete button) and records the turn.
 * Every person opens with a question, then asks follow-ups in turn; one follow-up in 10 is a reply to the
 * person's last answer. Prints one JSON line: heap and RSS after forced GCs at each checkpoint.
 */
import { Conversations, conversationKey } from "../src/bot/conversations.ts";
import { renderReply } from "../src/bot/reply.ts";
import { turnFromComponents } from "../src/bot/turn-code.ts";
import { DEFAULT_TURN_STORE } from "../src/bot/turn-store.ts";
import { askCommand } from "../src/commands/registry.ts";
import type { CommandContext } from "../src/commands/types.ts";
import { createAnswerer } from "../src/knowledge/answerer.ts";
import { knowledgeBaseDir } from "../src/knowledge/kb-dir.ts";
import { loadKnowledgeBase } from "../src/knowledge/load.ts";

const [people = 10_000, followUps = 100_000, channels = 20] = process.argv.slice(2).map(Number);
const gc = (globalThis as { gc?: () => void }).gc;

function memory() {
  gc?.();
  gc?.();
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  return { rss, heapUsed, heapTotal, external };
}

const loaded = loadKnowledgeBase(knowledgeBaseDir());
if (!loaded.ok) throw new Error("the knowledge base does not load");
const answerer = createAnswerer(loaded.kb);
const rounds = loaded.kb.rounds.map((round) => round.number);
const openers = [
  (n: number) => `who co-chaired round ${n}?`,
  (n: number) => `tell me about round ${n}`,
  (n: number) => `第${n}回はどこで開催された？`,
  (n: number) => `which agencies attended round ${n}?`,
];
const followUpQuestions = [
  "and the australian side?",
  "and the japanese side?",
  "where?",
  "who were the co-chairs?",
  "日付は？",
  "豪州側は？",
  ...rounds.map((n) => `what about round ${n}?`),
];

const conversations = new Conversations(DEFAULT_TURN_STORE);
/** each person's last answer's delete-button custom_id, to reply to it (the bench's own state: one a person) */
const lastAnswer = new Map<number, string>();
const sources = { reply: 0, recent: 0, none: 0 };
let understood = 0;

function turn(i: number): void {
  const person = i % people;
  const user = String(1_300_000_000_000_000_000n + BigInt(person));
  const channel = String(1_400_000_000_000_000_000n + BigInt(person % channels));
  const key = conversationKey(user, channel);
  const opening = i < people;
  const question = opening
    ? (openers[person % openers.length] as (n: number) => string)(rounds[person % rounds.length] as number)
    : (followUpQuestions[(i * 7 + person) % followUpQuestions.length] as string);
  const replyTo = !opening && i % 10 === 0 ? lastAnswer.get(person) : undefined;
  const replied = replyTo
    ? turnFromComponents([{ type: 1, components: [{ custom_id: replyTo }] }])
    : undefined;
  const previous = conversations.previous(key, replied);
  if (!opening) sources[previous?.source ?? "none"]++;
  const context: CommandContext = { answerer };
  if (previous) context.turn = previous.context;
  const result = askCommand.execute({ options: { question }, locale: undefined }, context);
  const reply = renderReply(result, { owner: user, ephemeral: false });
  const remove = (reply.components.at(-1)?.components[0] as { custom_id?: string } | undefined)?.custom_id;
  if (remove) lastAnswer.set(person, remove);
  conversations.record(key, result);
  if (!opening && result.kind === "answer" && result.answer.intent !== "unknown") understood++;
}

const afterStart = memory();
const series: { followUps: number; memory: ReturnType<typeof memory>; conversations: number }[] = [];
const t0 = performance.now();
for (let i = 0; i < people; i++) turn(i);
const openedMs = performance.now() - t0;
const opened = memory();
const step = Math.max(1, Math.floor(followUps / 10));
const t1 = performance.now();
for (let done = 0; done < followUps; ) {
  const until = Math.min(followUps, done + step);
  for (; done < until; done++) turn(people + done);
  series.push({ followUps: done, memory: memory(), conversations: conversations.store.size });
}
const followUpMs = performance.now() - t1;
process.stdout.write(
  `${JSON.stringify({
    people,
    followUps,
    channels,
    storeMax: DEFAULT_TURN_STORE.max,
    gc: Boolean(gc),
    afterStart,
    opened,
    openedMs,
    followUpMs,
    series,
    sources,
    understood,
  })}\n`,
);
