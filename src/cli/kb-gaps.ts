import { parseArgs } from "node:util";
import { gapStoreFromEnv } from "../gaps/store.ts";
import { formatGapSummary, summariseGaps } from "../gaps/summary.ts";

/**
 * `npm run kb:gaps [-- --json]`: what people asked that the knowledge base could not answer (answered "not
 * recorded" or refused), by intent and topic, from the store in GAPS_DIR (default state/).
 */
const { values } = parseArgs({ options: { json: { type: "boolean", default: false } } });
const store = gapStoreFromEnv({ ...process.env, GAPS_LOG: "on" });
const records = store?.read() ?? [];
if (values.json) console.log(JSON.stringify(summariseGaps(records), null, 2));
else console.log(`${store?.file}\n${formatGapSummary(records)}`);
