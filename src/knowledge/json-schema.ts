import { z } from "zod";
import { DataFile } from "./schema.ts";

/** The JSON Schema editors use for files in data/, generated from the zod schema (never edited by hand). */
export function dataFileJsonSchema(): string {
  const schema = z.toJSONSchema(DataFile, { io: "input", unrepresentable: "any" });
  return `${JSON.stringify({ title: "Dialogue Desk knowledge base file", ...schema }, null, 2)}\n`;
}
