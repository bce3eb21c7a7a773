/** Small helpers for reading what the bot sent and logged. */
import type { SentMessage } from "../fake-discord/index.ts";

export const TEST_TOKEN = "test-token.abc-123";

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** All text a reply shows: content, embed titles, descriptions, field names and values, footers. */
export function visibleText(message: Pick<SentMessage, "content" | "embeds">): string {
  return [
    message.content,
    ...message.embeds.flatMap((embed) => [
      embed.title,
      embed.description,
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
      embed.footer?.text,
    ]),
  ]
    .filter(Boolean)
    .join("\n");
}

/** Custom ids of every button and select menu on a message. */
export function customIds(message: Pick<SentMessage, "components">): string[] {
  return message.components.flatMap((row) =>
    "components" in row
      ? (row.components as Array<{ custom_id?: string }>).map((c) => c.custom_id ?? "")
      : [],
  );
}

/** Waits until the bot has written the log line for an interaction or message. */
export async function waitForLog(
  logs: LogLine[],
  predicate: (line: LogLine) => boolean,
  timeoutMs = 3000,
): Promise<LogLine> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = logs.find(predicate);
    if (line) return line;
    if (Date.now() > deadline) throw new Error("timed out waiting for a log line");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
