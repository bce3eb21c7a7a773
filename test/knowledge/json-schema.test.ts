import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { dataFileJsonSchema } from "../../src/knowledge/json-schema.ts";
import { DATA_DIR } from "../helpers/data-copy.ts";

it("data/schema.json is generated from the current zod schema (run `npm run kb:schema`)", () => {
  expect(readFileSync(join(DATA_DIR, "schema.json"), "utf8")).toBe(dataFileJsonSchema());
});
