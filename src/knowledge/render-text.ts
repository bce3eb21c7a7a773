import type { Answer } from "./answer-types.ts";

/**
 * An answer as a person reads it in a terminal or a JSON `answer` field: title, text, sections,
 * suggestions (when the question was not fully understood) and the sources with their addresses.
 */
/** Sources shown in full; the rest are counted ("and N more"). */
export const MAX_SOURCES = 3;

export function renderText(answer: Answer): string {
  const ja = answer.locale === "ja";
  const lines: string[] = [answer.title, answer.text];
  for (const section of answer.sections) lines.push("", `${section.heading}:`, section.body);
  if (answer.suggestions.length > 0 && (answer.confidence === "low" || answer.intent === "unknown")) {
    lines.push("", ja ? "こちらもどうぞ:" : "You could ask:");
    for (const suggestion of answer.suggestions) lines.push(`- ${suggestion.label}`);
  }
  if (answer.sources.length > 0) {
    lines.push("", ja ? "出典 (Sources):" : "Sources:");
    for (const source of answer.sources.slice(0, MAX_SOURCES))
      lines.push(`- ${source.title} (${source.publisher}) ${source.url}`);
    const more = answer.sources.length - MAX_SOURCES;
    if (more > 0) lines.push(ja ? `- ほか${more}件` : `- and ${more} more`);
  }
  return lines
    .filter((line, i) => line !== "" || lines[i - 1] !== "")
    .join("\n")
    .trim();
}
