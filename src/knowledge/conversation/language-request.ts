/**
 * The language the answer is asked in: "…, in Japanese please", "answer in English", 「日本語で教えて」. The
 * request is taken out of the question (so "Japanese" is not read as the Japanese side) and sets the answer's
 * language. A name asked in a language ("What is IPA in Japanese?", 「英語で何と言う？」) is not a request
 * for the answer's language: that is the glossary's question and stays in the text.
 */
import type { Locale } from "../answer-types.ts";

/** "answer in Japanese", "in English please", "(in Japanese)", "in Japanese too". */
const ASKED_EN =
  /(?:\b(?:please\s+)?(?:answer|reply|respond|write(?: it| that)?|say (?:it|that)|tell me|give (?:it|me that|me the answer))\s+in\s+(japanese|english)\b(?:\s*(?:please|pls|too|as well))?|[,;(]?\s*\bin\s+(japanese|english)\b\s*(?:please|pls|thanks|too|as well)\b|\(\s*in\s+(japanese|english)\s*\))/i;

/** 「日本語で教えて」「英語でお願いします」: the language, then a request (not 「英語で何と言う」). */
const ASKED_JA =
  /(日本語|英語)で(?:も)?(?=[^。？?]{0,12}?(?:教えて|答えて|お願い|回答して|説明して|返答|書いて))/;

/** A name or word asked in the language: the glossary's question, not the answer's language. */
const NAME_ASKED = /何て|何と|なんて|なんと|名前|名称|表記|読み|訳/;

export interface LanguageRequest {
  /** the question without the request; empty when only a language was asked ("and in Japanese?") */
  text: string;
  locale?: Locale;
}

const tidy = (text: string): string =>
  text
    .replace(/^[\s,、:：-]+|[\s,、;]+(?=[?？。.!]?\s*$)/g, "")
    .replace(/\s{2,}/g, " ")
    .trim();

/** The language a word names: Japanese by its name or its scripts ("kanji", 漢字, カタカナ), else English. */
const localeOf = (word: string): Locale =>
  /japanese|kanji|katakana|日本語|漢字|カタカナ|片仮名/i.test(word) ? "ja" : "en";

/**
 * "and in Japanese?", "in English please", 「英語で」, 「漢字では？」 (a script names its language): only a language,
 * asked of the previous answer.
 */
const ONLY_LANGUAGE =
  /^\s*(?:(?:and|also|now|again|ok(?:ay)?|same|but)[,\s]+)*(?:(?:answer|reply|say it|that|this|the same)\s+)?(?:in\s+(japanese|english|kanji|katakana|romaji)|(?:the |their |with )?(japanese|english) (?:names?|titles?|version|terms))(?:\s+(?:please|pls|too|as well|again))?\s*[?.!]*\s*$|^\s*(?:じゃあ|では|それを|これを)?(日本語|英語|漢字|カタカナ|片仮名|ローマ字)(?:で|だと)(?:は|も|お願い(?:します)?|頼む|教えて(?:ください)?)?[?？。]*\s*$/i;

/** The question without a request for the answer's language, and the language asked for. */
export function languageRequest(question: string): LanguageRequest {
  const only = ONLY_LANGUAGE.exec(question);
  if (only) return { text: "", locale: localeOf(only[1] ?? only[2] ?? only[3] ?? "") };
  const en = ASKED_EN.exec(question);
  if (en) {
    const text = tidy(question.replace(en[0], " "));
    if (text) return { text, locale: localeOf(en[1] ?? en[2] ?? en[3] ?? "") };
  }
  const ja = ASKED_JA.exec(question);
  if (ja && !NAME_ASKED.test(question)) {
    const text = tidy(question.replace(ja[0], ""));
    if (text) return { text, locale: localeOf(ja[1] ?? "") };
  }
  return { text: question };
}
