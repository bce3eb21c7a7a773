import type { Locale } from "../knowledge/answer-types.ts";

/** What a reload reports about the knowledge base it loaded. */
export interface ReloadCounts {
  rounds: number;
  organisations: number;
  people: number;
  sources: number;
  glossaryTerms: number;
}

/** Discord sends locales such as "en-US", "en-GB" and "ja"; answers are Japanese for "ja…", English otherwise. */
export function toLocale(discordLocale: string | null | undefined): Locale {
  return discordLocale?.toLowerCase().startsWith("ja") ? "ja" : "en";
}

/** Japanese characters (kana, kanji, full-width forms): a question written in Japanese. */
export const looksJapanese = (text: string): boolean =>
  /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/u.test(text);

/**
 * What someone typed, quoted back in a notice or a search title: one line, at most `max` characters, without
 * Markdown or mention syntax, so a query cannot dress up as a link, a heading or a ping in the bot's message.
 */
export function typed(text: string, max = 100): string {
  const plain = text
    .replace(/[`*_~|<>[\]\\#]/g, "")
    .replace(/@(everyone|here)/gi, "@\u200b$1")
    .replace(/\s+/g, " ")
    .trim();
  const chars = Array.from(plain);
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : plain;
}

const en = {
  sources: "Sources",
  noSources: "No source recorded.",
  moreSources: (n: number) => `…and ${n} more`,
  didYouMean: "Did you mean…",
  pickReading: "Pick a reading",
  delete: "Delete",
  openHit: "Open a result",
  searchTitle: (text: string) => `Search: ${typed(text)}`,
  noHits: (text: string) => `Nothing in the knowledge base matches “${typed(text)}”.`,
  hitsIntro: (n: number) => `${n} match${n === 1 ? "" : "es"}, best first. Pick one below to open it.`,
  askedBy: (question: string) => `Asked: ${question}`,
  forUser: (mention: string) => `For ${mention}:`,
  unknownRound: (value: string) =>
    `I don't know which round “${typed(value)}” is. Try a number (2), an ordinal (2nd), “latest”, or pick from the list.`,
  unknownOrganisation: (value: string) =>
    `I don't know an organisation called “${typed(value)}”. Pick one from the list.`,
  emptyQuestion:
    "Ask me something about the Japan–Australia Cyber Policy Dialogue, e.g. “who co-chaired the 2nd round?”",
  emptyMessage: "That message has no text I can answer.",
  staleButton: "This button is no longer valid. Ask again to get a fresh answer.",
  unknownCommand: "This command is no longer available. Type / to see the current commands.",
  notYourAnswer: "Only the person who asked can delete this answer.",
  error: (ref: string) => `Sorry, something went wrong while answering. Reference: \`${ref}\``,
  slowDown: (seconds: number) => `You're asking faster than I can keep up. Please try again in ${seconds} s.`,
  adminOnly: "Only server administrators can reload the knowledge base.",
  reloadUnavailable: "Reloading isn't available here.",
  reloaded: (counts: ReloadCounts, version: number) =>
    `Reloaded: ${counts.rounds} rounds, ${counts.organisations} organisations, ${counts.people} people, ` +
    `${counts.sources} sources, ${counts.glossaryTerms} glossary terms (version ${version}).`,
  reloadFailed: (errors: number, version: number) =>
    `Reload failed with ${errors} error${errors === 1 ? "" : "s"}; still answering from version ${version}.`,
  moreErrors: (n: number) => `…and ${n} more (see the log)`,
} as const;

type Strings = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K] };

const ja: Strings = {
  sources: "出典",
  noSources: "出典の記録はありません。",
  moreSources: (n: number) => `…ほか${n}件`,
  didYouMean: "もしかして…",
  pickReading: "意味を選んでください",
  delete: "削除",
  openHit: "結果を開く",
  searchTitle: (text: string) => `検索: ${typed(text)}`,
  noHits: (text: string) => `「${typed(text)}」に一致する項目は知識ベースにありません。`,
  hitsIntro: (n: number) => `${n}件（関連度順）。下のメニューから選ぶと開きます。`,
  askedBy: (question: string) => `質問: ${question}`,
  forUser: (mention: string) => `${mention} さんへ:`,
  unknownRound: (value: string) =>
    `「${typed(value)}」がどの回か分かりません。番号（2）、「第2回」、「最新」などを入力するか、候補から選んでください。`,
  unknownOrganisation: (value: string) =>
    `「${typed(value)}」という機関は見つかりません。候補から選んでください。`,
  emptyQuestion: "日豪サイバー政策協議について質問してください（例: 「第2回の共同議長は誰？」）。",
  emptyMessage: "このメッセージには答えられるテキストがありません。",
  staleButton: "このボタンは無効になりました。もう一度質問してください。",
  unknownCommand: "このコマンドは現在使えません。/ を入力して今のコマンドを確認してください。",
  notYourAnswer: "この回答を削除できるのは質問した人だけです。",
  error: (ref: string) => `回答中にエラーが発生しました。参照番号: \`${ref}\``,
  slowDown: (seconds: number) => `質問が続いています。${seconds}秒後にもう一度お試しください。`,
  adminOnly: "知識ベースを再読み込みできるのはサーバー管理者だけです。",
  reloadUnavailable: "ここでは再読み込みできません。",
  reloaded: (counts: ReloadCounts, version: number) =>
    `再読み込みしました: ${counts.rounds}回分、機関${counts.organisations}、人物${counts.people}、` +
    `出典${counts.sources}、用語${counts.glossaryTerms}（バージョン${version}）。`,
  reloadFailed: (errors: number, version: number) =>
    `再読み込みに失敗しました（エラー${errors}件）。バージョン${version}のまま回答を続けます。`,
  moreErrors: (n: number) => `…ほか${n}件（ログを参照）`,
};

export const strings = (locale: Locale): Strings => (locale === "ja" ? ja : en);
