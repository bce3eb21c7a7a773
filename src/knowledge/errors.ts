/** One problem in data/, located precisely enough for a person to fix it. */
export interface KbError {
  file: string;
  path: string;
  message: string;
}

export const formatKbError = (error: KbError) => `${error.file}: ${error.path}: ${error.message}`;

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
