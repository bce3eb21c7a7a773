/** A press release as plain text: its language, heading, date line and sentences. */
import type { DateValue } from "../types.ts";
import { parseDateLine } from "./dates.ts";

export interface Release {
  language: "en" | "ja";
  /** the first line of the text */
  title: string;
  /** the release's own date and the line that gives it */
  date?: { value: DateValue; line: string };
  sentences: string[];
  /** the text as read (editorial notes in [brackets] removed) */
  text: string;
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/g;
/** "Mr." "Dr." "H.E." do not end a sentence */
const ABBREVIATION = /\b(?:Mr|Ms|Mrs|Dr|Prof|St|No|H\.E|Hon|Jr|Sr|Lt|Gen)\.$/;

function englishSentences(paragraph: string): string[] {
  const out: string[] = [];
  let current = "";
  for (const piece of paragraph.split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9])/)) {
    current = current ? `${current} ${piece}` : piece;
    if (!ABBREVIATION.test(current)) {
      out.push(current);
      current = "";
    }
  }
  if (current) out.push(current);
  return out;
}

const japaneseSentences = (paragraph: string) =>
  paragraph
    .split(/(?<=。)/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Reads a release: lines, minus editorial notes ("[the stored copy ends here]") and list numbers ("2. "). */
export function readRelease(raw: string): Release {
  const lines = raw
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !/^\[.*\]$/.test(line));
  const text = lines.join("\n");
  const language = (text.match(JAPANESE)?.length ?? 0) > text.length / 10 ? "ja" : "en";
  const sentences: string[] = [];
  let date: Release["date"];
  for (const line of lines) {
    const value = !date ? parseDateLine(line) : undefined;
    if (value) {
      date = { value, line };
      continue;
    }
    const body = line.replace(/^\d+\.\s+/, "");
    sentences.push(...(language === "ja" ? japaneseSentences(body) : englishSentences(body)));
  }
  return { language, title: lines[0] ?? "", sentences, text, ...(date ? { date } : {}) };
}
