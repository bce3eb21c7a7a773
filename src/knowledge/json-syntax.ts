import { type ParseError, parse, printParseErrorCode } from "jsonc-parser";

/** Where a JSON text first stops being JSON: 1-based line and column, the line itself, and what was wrong. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  lineText: string;
  message: string;
}

const MESSAGES: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected a colon (:)",
  CommaExpected: "expected a comma (,) between items",
  CloseBraceExpected: "expected a closing brace (})",
  CloseBracketExpected: "expected a closing bracket (])",
  EndOfFileExpected: "expected the end of the file",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unexpected end of comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unexpected end of number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in a string",
};

function locate(text: string, offset: number): { line: number; column: number; lineText: string } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const lineStart = before.lastIndexOf("\n") + 1;
  const lineEnd = text.indexOf("\n", offset);
  const lineText = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, "");
  return { line, column: offset - lineStart + 1, lineText };
}

/**
 * Parses strict JSON (no comments, no trailing commas). On error, only the first one is reported: what
 * follows a syntax error is usually its consequence.
 */
export function parseJson(text: string): { value: unknown } | { error: JsonSyntaxError } {
  const errors: ParseError[] = [];
  const value = parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error);
    return { error: { ...locate(text, first.offset), message: `not valid JSON: ${MESSAGES[code] ?? code}` } };
  }
  return { value };
}
