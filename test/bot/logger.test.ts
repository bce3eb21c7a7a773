import { describe, expect, it } from "vitest";
import { CENSOR, createLogger } from "../../src/bot/logger.ts";

const TOKEN = "MTA5.secret-token_value.abc";

const capture = (level = "trace") => {
  const lines: string[] = [];
  const logger = createLogger({
    level,
    destination: { write: (line) => lines.push(line) },
    secrets: [TOKEN],
  });
  return { logger, lines };
};

describe("logger: the token never reaches a log line", () => {
  it("is censored wherever it turns up: message, fields, nested objects, errors and their stacks", () => {
    const { logger, lines } = capture();
    logger.trace(`connecting with ${TOKEN}`);
    logger.info(
      { token: TOKEN, config: { token: TOKEN }, headers: { authorization: `Bot ${TOKEN}` } },
      "login",
    );
    logger.warn(
      { url: `https://x/?t=${encodeURIComponent(TOKEN)}`, note: JSON.stringify({ t: TOKEN }) },
      "x",
    );
    const error = new Error(`An invalid token was provided: ${TOKEN}`);
    logger.error({ err: error }, "login failed");
    logger.fatal({ err: { message: "nested", cause: { detail: TOKEN } } }, "fatal");
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(line).not.toContain(TOKEN);
      expect(line).not.toContain("secret-token_value");
    }
    expect(lines.join("")).toContain(CENSOR);
  });

  it("hides interaction and webhook tokens in URLs (discord.js puts them in its HTTP errors)", () => {
    const { logger, lines } = capture();
    const url =
      "http://127.0.0.1:1/api/v10/interactions/1234/aW50ZXJhY3Rpb24.dG9rZW4-x_y/callback?with_response=false";
    logger.error({ err: Object.assign(new Error("Internal Server Error"), { url }) }, "interaction failed");
    logger.info("PATCH /webhooks/99/secret-webhook-token/messages/@original");
    expect(lines.join("")).not.toContain("aW50ZXJhY3Rpb24");
    expect(lines.join("")).not.toContain("secret-webhook-token");
    expect(lines[0]).toContain("/interactions/1234/:token/callback?with_response=false");
  });

  it("leaves ordinary lines untouched and ignores short or missing secrets", () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: "info",
      destination: { write: (line) => lines.push(line) },
      secrets: [undefined, "abc"],
    });
    logger.info({ question: "abc" }, "who co-chaired the 2nd round?");
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({
      question: "abc",
      msg: "who co-chaired the 2nd round?",
    });
  });
});
