/** One problem in data/, located precisely enough for a person to fix it. */
export interface KbError {
  file: string;
  path: string;
  message: string;
  /** For a syntax error: where it is (1-based) and the line's text. */
  at?: { line: number; column: number; lineText: string };
}

/** `file: $.path: message`, or for a syntax error `file:line:column: message`, the line and a caret under it. */
export function formatKbError(error: KbError): string {
  if (!error.at) return `${error.file}: ${error.path}: ${error.message}`;
  const { line, column, lineText } = error.at;
  const caret = `${lineText.slice(0, column - 1).replace(/[^\t]/g, " ")}^`;
  return `${error.file}:${line}:${column}: ${error.message}\n    ${lineText}\n    ${caret}`;
}

export class KnowledgeBaseError extends Error {
  readonly errors: KbError[];
  constructor(errors: KbError[]) {
    super(`the knowledge base has ${errors.length} error(s):\n${errors.map(formatKbError).join("\n")}`);
    this.errors = errors;
  }
}

/** `["cochairs", "JP", 0]` → `$.cochairs.JP[0]` */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    const name = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(name) ? `${out}.${name}` : `${out}[${JSON.stringify(name)}]`;
  }, "$");
}
