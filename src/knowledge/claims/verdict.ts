/**
 * One verdict from the checks of every claim a question asserts: "Yes" only when all hold; "No" when any
 * is contradicted, saying what is recorded; "Not recorded" when some is unrecorded and none contradicted.
 * Then the answer the composer wrote is kept when it agrees, and replaced when it would confirm too much.
 */
import type { Answer, Locale, SourceRef } from "../answer-types.ts";
import type { KnowledgeBase } from "../load.ts";
import type { Check, Verdict } from "./types.ts";

export function combine(checks: readonly Check[]): Verdict | undefined {
  if (checks.length === 0) return undefined;
  if (checks.some((c) => c.verdict === "no")) return "no";
  if (checks.some((c) => c.verdict === "unrecorded")) return "unrecorded";
  return "yes";
}

const roundOf = (c: Check): number | undefined => ("round" in c.claim ? c.claim.round : undefined);

/**
 * "Was either round 1 or round 2 held in Tokyo?": the claims of each round together (all must hold), and the
 * question holds if it holds for some round — "No" only when it fails for every one. The checks that decide
 * come first. Undefined when the claims are not each about a round (then every claim must hold).
 */
export function combineEither(checks: readonly Check[]): { verdict: Verdict; deciding: Check[] } | undefined {
  const rounds = [...new Set(checks.map(roundOf))];
  if (rounds.length < 2 || rounds.includes(undefined)) return undefined;
  const groups = rounds.map((n) => checks.filter((c) => roundOf(c) === n));
  const verdicts = groups.map((g) => combine(g));
  const verdict: Verdict = verdicts.includes("yes")
    ? "yes"
    : verdicts.every((v) => v === "no")
      ? "no"
      : "unrecorded";
  const deciding = groups
    .filter((_, i) => verdicts[i] === verdict)
    .flat()
    .filter((c) => verdict === "yes" || c.verdict === verdict);
  return { verdict, deciding };
}

const LEAD: Record<Verdict, Record<Locale, string>> = {
  yes: { en: "Yes — ", ja: "はい。" },
  no: { en: "No — ", ja: "いいえ。" },
  unrecorded: { en: "Not recorded — ", ja: "記録されていません。" },
};
const WORD: Record<Verdict, Record<Locale, string>> = {
  yes: { en: "Yes", ja: "はい" },
  no: { en: "No", ja: "いいえ" },
  unrecorded: { en: "Not recorded", ja: "記録されていません" },
};

/** The verdict an answer's text leads with, if it leads with one. */
export function verdictOf(text: string): Verdict | undefined {
  const m = /^(Yes|No|Not recorded)\b|^(はい|いいえ|記録されていません)/.exec(text.trim());
  const word = m?.[1] ?? m?.[2];
  if (!word) return undefined;
  return word === "Yes" || word === "はい" ? "yes" : word === "No" || word === "いいえ" ? "no" : "unrecorded";
}

const sentence = (c: Check, locale: Locale) => (locale === "ja" ? c.ja : c.en);

/** The text of the verdict: what fails first, then (for several claims) what holds. */
export function verdictText(
  checks: readonly Check[],
  locale: Locale,
  either?: { verdict: Verdict; deciding: Check[] },
): string {
  const verdict = either?.verdict ?? combine(checks) ?? "unrecorded";
  const failing = either ? either.deciding : checks.filter((c) => c.verdict === verdict);
  const rest = checks.filter((c) => !failing.includes(c));
  const unique = (list: readonly Check[]) => [...new Set(list.map((c) => sentence(c, locale)))];
  const join = locale === "ja" ? "。" : "; ";
  let text = `${LEAD[verdict][locale]}${unique(failing).join(join)}${locale === "ja" ? "。" : "."}`;
  if (rest.length > 0) {
    const holds = rest.filter((c) => c.verdict === "yes");
    const open = rest.filter((c) => c.verdict === "unrecorded");
    if (holds.length > 0)
      text +=
        locale === "ja"
          ? `なお、${unique(holds).join("。")}。`
          : ` What does hold: ${unique(holds).join("; ")}.`;
    if (open.length > 0)
      text +=
        locale === "ja" ? `また、${unique(open).join("。")}。` : ` Not recorded: ${unique(open).join("; ")}.`;
  }
  return locale === "en" ? text.replace(/— (\w)/, (_, c: string) => `— ${c}`) : text;
}

/** Should the claim checks replace the composer's answer? Only to say less than it did, never more. */
function replaces(
  composed: Verdict | undefined,
  claimed: Verdict,
  several: boolean,
  complete: boolean,
): boolean {
  // the composer said no verdict: the checks say theirs — but "Yes" only when they cover all that is asserted
  if (composed === undefined) return complete || claimed !== "yes";
  if (complete && composed !== claimed) return true;
  // claims about several rounds are said one by one (each round's checked: they hold, whatever the composer
  // made of the whole — "r1 in Canberra and r2 in Tokyo, right?" is not one place for both)
  if (several && (claimed === composed || claimed === "no" || claimed === "yes")) return true;
  if (claimed === "no") return composed !== "no";
  if (claimed === "unrecorded") return composed === "yes";
  return false;
}

/** A claim about what a round announced (the place or date it gave for the next one). */
const aboutAnnouncement = (claim: Check["claim"]): boolean =>
  (claim.kind === "place" && claim.as === "announced") || (claim.kind === "date" && claim.of === "announced");

/** `complete`: the checks cover everything the question asserts, so their verdict may also say more. */
export function reviewAnswer(
  kb: KnowledgeBase,
  answer: Answer,
  checks: readonly Check[],
  complete = false,
  anyRound = false,
): Answer {
  const either = anyRound ? combineEither(checks) : undefined;
  const claimed = either?.verdict ?? combine(checks);
  if (!claimed) return answer;
  const composed = verdictOf(answer.text);
  // a list of claims about several rounds ("r1 canberra, r2 tokyo, r3 canberra right?") says which fails
  const rounds = new Set(checks.map((c) => ("round" in c.claim ? c.claim.round : undefined)));
  const several = rounds.size > 1 && !either;
  // the checks are about what a round announced, the composer told where and when one was held: another fact
  const announced = checks.every((c) => aboutAnnouncement(c.claim)) && answer.intent !== "next_round";
  if (!announced && !either && !replaces(composed, claimed, several, complete)) return answer;
  const locale = answer.locale;
  const sources: SourceRef[] = [...answer.sources];
  for (const e of checks.flatMap((c) => c.evidence)) {
    const s = kb.sources.get(e.source);
    if (s && !sources.some((r) => r.id === s.id))
      sources.push({ id: s.id, title: s.title, publisher: s.publisher, url: s.url });
  }
  const title = answer.title.replace(
    /^(?:Yes|No|Not recorded)(?: — |：)|^(?:はい|いいえ|記録されていません)(?:：|。)/,
    "",
  );
  return {
    ...answer,
    title: `${WORD[claimed][locale]}${locale === "ja" ? "：" : " — "}${title}`.slice(0, 256),
    text: verdictText(checks, locale, either).slice(0, 4000),
    sources,
  };
}
