import { isKnown, roundByNumber, roundsAttendedBy, roundsCochairedBy } from "../queries.ts";
import type { GlossaryTerm, Organisation } from "../types.ts";
import { quoteTyped } from "../understand/hostile.ts";
import { correctionNote, latestShown } from "./common.ts";
import type { Ctx } from "./context.ts";
import { Draft } from "./draft.ts";
import { countryName, joinList, localText, ordinal, organisationName, pick } from "./format.ts";
import { composePerson } from "./person.ts";

/** Rounds whose topics mention a term, per knowledge base and term (computed once: topics never change). */
const MENTIONING = new WeakMap<object, Map<string, number[]>>();

function roundsMentioning(ctx: Ctx, term: GlossaryTerm): number[] {
  let byTerm = MENTIONING.get(ctx.kb);
  if (!byTerm) {
    byTerm = new Map();
    MENTIONING.set(ctx.kb, byTerm);
  }
  const known = byTerm.get(term.id);
  if (known) return known;
  const found = scanRoundsMentioning(ctx, term);
  byTerm.set(term.id, found);
  return found;
}

function scanRoundsMentioning(ctx: Ctx, term: GlossaryTerm): number[] {
  const names = [term.term, ...term.aliases, term.expansion?.en ?? ""]
    .filter((n) => n.length >= 3)
    .map((n) => n.toLowerCase());
  return ctx.kb.rounds
    .filter(
      (r) =>
        isKnown(r.topics) &&
        r.topics.value.some((t) =>
          names.some((n) => (t.en ?? "").toLowerCase().includes(n) || (t.ja ?? "").includes(n)),
        ),
    )
    .map((r) => r.number);
}

/** What a term stands for, as the sources spell it: only in the language they give, or "not recorded". */
function expansionSentence(term: GlossaryTerm, locale: Ctx["locale"]): string {
  const main = localText(term.expansion, locale);
  if (!main)
    return pick(
      locale,
      `What ${term.term} stands for is not recorded: no stored source spells it out.`,
      `${term.term}の正式名称は記録されていません（出典に記載がありません）。`,
    );
  const other = locale === "ja" ? term.expansion?.en : term.expansion?.ja;
  const onlyJa = locale === "en" && !term.expansion?.en;
  return pick(
    locale,
    onlyJa
      ? `${term.term}: the sources give it only in Japanese, as ${main}; the English expansion is not recorded.`
      : `${term.term} stands for ${main}${other && other !== main ? ` (${other})` : ""}.`,
    `${term.term}は${main}${other && other !== main ? `（${other}）` : ""}の略です。`,
  );
}

function describeTerm(ctx: Ctx, draft: Draft, term: GlossaryTerm): void {
  const { locale } = ctx;
  draft.cite(term.evidence);
  draft.title = pick(locale, `${term.term}: what it stands for`, `${term.term}とは`);
  draft.say(expansionSentence(term, locale));
  const all = roundsMentioning(ctx, term);
  const { shown: rounds, omitted } = latestShown(all);
  if (omitted > 0)
    draft.say(
      pick(
        locale,
        `It appears in the recorded topics of ${all.length} rounds; the latest ${rounds.length}:`,
        `${all.length}回分の議題に登場します。最新の${rounds.length}回：`,
      ),
    );
  if (rounds.length > 0) {
    draft.say(
      pick(
        locale,
        `It appears in the recorded topics of ${joinList(
          rounds.map((n) => `the ${ordinal(n)} round`),
          locale,
        )}.`,
        `${rounds.map((n) => `第${n}回`).join("、")}の議題に登場します。`,
      ),
    );
    for (const n of rounds) {
      const r = roundByNumber(ctx.kb, n);
      if (r && isKnown(r.topics)) draft.cite(r.topics.evidence);
    }
  }
}

/** "What's the Japanese name of X?": say plainly whether that name is on record (never a made-up translation). */
function organisationNameIn(ctx: Ctx, draft: Draft, org: Organisation): void {
  const { locale } = ctx;
  const en = org.name.en;
  const ja = org.name.ja;
  const asked = ctx.hints.nameLanguage;
  if (asked === "ja") {
    draft.say(
      ja
        ? pick(locale, `Its Japanese name is ${ja}.`, `日本語名は${ja}です。`)
        : pick(
            locale,
            "Its Japanese name is not recorded in the knowledge base; the sources give only the English name.",
            "日本語名は記録されていません（情報源には英語名のみが記載されています）。",
          ),
    );
  } else if (asked === "en") {
    draft.say(
      en
        ? pick(locale, `Its English name is ${en}.`, `英語名は${en}です。`)
        : pick(
            locale,
            "Its English name is not recorded in the knowledge base.",
            "英語名は記録されていません。",
          ),
    );
  } else if (!ja && locale === "ja") draft.say("日本語名は記録されていません。");
}

/** The rounds whose recorded participants include the organisation. */
function organisationRounds(ctx: Ctx, draft: Draft, org: Organisation): void {
  const { kb, locale } = ctx;
  const attendedAll = roundsAttendedBy(kb, org.id);
  const { shown: attended, omitted: earlier } = latestShown(attendedAll);
  if (earlier > 0)
    draft.say(
      pick(
        locale,
        `Recorded among the participants of ${attendedAll.length} rounds; the latest ${attended.length}:`,
        `${attendedAll.length}回分の参加機関として記録されています。最新の${attended.length}回：`,
      ),
    );
  if (attended.length > 0) {
    draft.say(
      pick(
        locale,
        `Recorded among the participants of ${joinList(
          attended.map((a) => `the ${ordinal(a.round.number)}`),
          locale,
        )} round${attended.length === 1 ? "" : "s"}.`,
        `${attended.map((a) => `第${a.round.number}回`).join("、")}の参加機関として記録されています。`,
      ),
    );
    for (const a of attended) {
      const fact = a.round.participants[a.side];
      if (isKnown(fact)) draft.cite(fact.evidence);
    }
  } else {
    const chairs = [...kb.people.values()]
      .filter((p) => p.roles.some((r) => r.organisation === org.id))
      .flatMap((p) => roundsCochairedBy(kb, p.id));
    draft.say(
      pick(
        locale,
        `It is not among the recorded participants of any round${chairs.length ? "" : ""}.`,
        "いずれの回の参加機関としても記録されていません。",
      ),
    );
  }
}

export function describeOrganisation(ctx: Ctx, draft: Draft, org: Organisation): void {
  const { kb, locale } = ctx;
  draft.cite(org.evidence);
  const en = org.name.en;
  const ja = org.name.ja;
  const label = org.acronym ?? (locale === "ja" ? (ja ?? en) : (en ?? ja)) ?? org.id;
  draft.title = pick(locale, `${label}: ${en ?? ja}`, `${label}：${ja ?? en}`);
  const names = locale === "ja" ? [ja, en].filter(Boolean) : [en, ja].filter(Boolean);
  const [first, ...rest] = names;
  const acronym = org.acronym && org.acronym !== first ? org.acronym : undefined;
  draft.say(
    pick(
      locale,
      `${acronym ? `${acronym} is the ` : ""}${first}${rest.length ? ` (${rest.join(", ")})` : ""}${acronym ? "" : " is"} ${acronym ? "—" : ""} an organisation of ${countryName(org.country, locale)}.`
        .replace(" — an", ", an")
        .replace("  ", " "),
      `${acronym ? `${acronym}は` : ""}${first}${rest.length ? `（${rest.join("、")}）` : ""}${acronym ? "で、" : "は"}${countryName(org.country, locale)}の機関です。`,
    ),
  );
  organisationNameIn(ctx, draft, org);
  if (org.partOf) {
    const parent = kb.organisations.get(org.partOf);
    if (parent) {
      draft.say(
        pick(
          locale,
          `It is part of the ${organisationName(parent, locale)}.`,
          `${organisationName(parent, locale)}の一部です。`,
        ),
      );
    }
  }
  organisationRounds(ctx, draft, org);
}

/** The dialogue's own name in both languages, with the sources that use it. */
function describeDialogueName(ctx: Ctx, draft: Draft): void {
  const { kb, locale } = ctx;
  const { en, ja } = kb.dialogue.name;
  draft.title = pick(locale, "The dialogue's name", "協議の名称");
  draft.say(
    pick(
      locale,
      `In English: ${en ?? "not recorded"}. In Japanese: ${ja ?? "not recorded"}.`,
      `日本語：${ja ?? "記録されていません"}。英語：${en ?? "記録されていません"}。`,
    ),
  );
  if (ctx.hints.dialogueAbbreviation)
    draft.say(
      pick(
        locale,
        "An abbreviation of the dialogue's name is not recorded.",
        "協議名の略称は記録されていません。",
      ),
    );
  const compact = (t: string) => t.replace(/[\s\u2010-\u2015-]+/g, "").toLowerCase();
  for (const source of kb.sources.values()) {
    if (
      (ja && compact(source.title).includes(compact(ja))) ||
      (en && compact(source.title).includes(compact(en)))
    ) {
      draft.cite([{ source: source.id, quote: source.title }]);
    }
  }
}

/** Two organisations asked about together: "Is ASD the same as ACSC?", "Is the ACSC part of ASD?" */
function compareOrganisations(ctx: Ctx, draft: Draft, first: Organisation, others: string[]): void {
  const { kb, locale, hints } = ctx;
  const second = others.map((id) => kb.organisations.get(id)).find((o): o is Organisation => !!o);
  if (!second) {
    describeOrganisation(ctx, draft, first);
    return;
  }
  const a = organisationName(first, locale);
  const b = organisationName(second, locale);
  const firstInSecond = first.partOf === second.id;
  const secondInFirst = second.partOf === first.id;
  const relation = firstInSecond
    ? pick(locale, `the ${a} is recorded as part of the ${b}`, `${a}は${b}の一部として記録されています`)
    : secondInFirst
      ? pick(locale, `the ${b} is recorded as part of the ${a}`, `${b}は${a}の一部として記録されています`)
      : pick(locale, "the knowledge base records no relation between them", "両者の関係は記録されていません");
  let verdict = "";
  if (hints.yesno && hints.relationAsked === "part") {
    verdict = firstInSecond
      ? pick(locale, "Yes — ", "はい。")
      : secondInFirst
        ? pick(locale, "No — ", "いいえ。")
        : pick(locale, "Not recorded — ", "記録されていません。");
  } else if (hints.yesno) {
    verdict = pick(locale, "No — ", "いいえ。");
  }
  draft.say(
    pick(
      locale,
      `${verdict}the ${a} and the ${b} are separate organisations in the knowledge base; ${relation}.`,
      `${verdict}${a}と${b}は知識ベース上別の機関です。${relation}。`,
    ).replace(/^the/, "The"),
  );
  const part = new Draft(draft.intent);
  describeOrganisation(ctx, part, first);
  const title = part.title;
  draft.section(title, part.paragraphs.join(locale === "ja" ? "" : " "));
  draft.citeIds(part.sourceIds);
  const other = new Draft(draft.intent);
  describeOrganisation(ctx, other, second);
  draft.section(other.title, other.paragraphs.join(locale === "ja" ? "" : " "));
  draft.citeIds(other.sourceIds);
  draft.title = `${first.acronym ?? a} / ${second.acronym ?? b}`;
}

export function composeGlossary(ctx: Ctx, draft: Draft): void {
  const { kb, locale, query, hints } = ctx;
  const term = query.term ? kb.glossary.find((t) => t.id === query.term) : undefined;
  const org = query.organisation ? kb.organisations.get(query.organisation) : undefined;
  if (hints.dialogueName && !org && !term) describeDialogueName(ctx, draft);
  else if (org && hints.otherOrganisations?.length)
    compareOrganisations(ctx, draft, org, hints.otherOrganisations);
  else if (org) {
    if (hints.yesno) {
      // "Does the NPA deal with cybercrime?": not something the record says
      draft.say(
        pick(
          locale,
          `Not recorded — the knowledge base does not record that. What it records about the ${organisationName(org, locale)}:`,
          `記録されていません。知識ベースにはその記録がありません。${organisationName(org, locale)}について記録されていること：`,
        ),
      );
    }
    describeOrganisation(ctx, draft, org);
  } else if (term) describeTerm(ctx, draft, term);
  else if (query.person && kb.people.has(query.person)) {
    draft.intent = "person";
    composePerson(ctx, draft);
    return;
  } else if (hints.unknownName) {
    const name = quoteTyped(hints.unknownName, 60);
    draft.title = pick(locale, `“${name}” is not in the knowledge base`, `「${name}」は記録されていません`);
    draft.confidence = "low";
    draft.say(
      pick(
        locale,
        `“${name}” is not in the knowledge base: it is not one of the recorded organisations, people or terms of the dialogue, so I cannot say what it is.`,
        `「${name}」は知識ベースに記録されていません（協議の記録にある機関・人物・用語ではありません）。`,
      ),
    );
    draft.suggest(pick(locale, "Acronyms and terms on record", "記録されている略語と用語"), {
      intent: "glossary",
    });
  } else {
    draft.title = pick(locale, "Acronyms and terms on record", "記録されている略語と用語");
    const terms = kb.glossary.map((t) => `• ${t.term} — ${localText(t.expansion, locale)}`);
    const orgs = [...kb.organisations.values()]
      .filter((o) => o.acronym)
      .map(
        (o) => `• ${o.acronym} — ${locale === "ja" ? (o.name.ja ?? o.name.en) : (o.name.en ?? o.name.ja)}`,
      );
    draft.say(
      pick(
        locale,
        "These acronyms and terms are in the knowledge base:",
        "知識ベースに記録されている略語と用語：",
      ),
    );
    draft.section(pick(locale, "Terms", "用語"), terms.join("\n"));
    draft.section(pick(locale, "Organisations", "機関"), orgs.join("\n"));
    for (const t of kb.glossary) draft.cite(t.evidence);
  }
  draft.say(correctionNote(ctx));
}
