import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dataFileJsonSchema } from "../knowledge/json-schema.ts";

const target = fileURLToPath(new URL("../../data/schema.json", import.meta.url));
writeFileSync(target, dataFileJsonSchema());
console.log(`wrote ${target}`);
