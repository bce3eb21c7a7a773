import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { draftRound } from "../knowledge/import/draft-round.ts";
import { writeDraft } from "../knowledge/import/write.ts";
import { NameIndex } from "../knowledge/indexes.ts";
import { knowledgeBaseDir } from "../knowledge/kb-dir.ts";
import { loadKnowledgeBaseOrThrow } from "../knowledge/load.ts";
import { Id } from "../knowledge/schema.ts";

const USAGE = `usage: npm run kb:import -- <release.txt> [--write --url <address> --publisher <name>] [--id <source-id>] [--title <title>] [--data <folder>]
  Prints a draft round file from a press release (plain text, English or Japanese).
  --write adds the round, the release (as a source with its text) and new people and organisations to the
  knowledge base, then runs kb:check.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    write: { type: "boolean", default: false },
    url: { type: "string" },
    publisher: { type: "string" },
    title: { type: "string" },
    id: { type: "string" },
    data: { type: "string" },
    help: { type: "boolean", default: false },
  },
});
const file = positionals[0];
if (values.help || !file) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
const dir = values.data ?? knowledgeBaseDir();
const text = readFileSync(file, "utf8");
const fromName = basename(file).replace(/\.txt$/, "");
const sourceId =
  values.id ?? (Id.safeParse(fromName).success && /\d{4}/.test(fromName) ? fromName : undefined);
const draft = draftRound(text, new NameIndex(loadKnowledgeBaseOrThrow(dir)), sourceId ? { sourceId } : {});

console.log(JSON.stringify(draft.round, null, 2));
const report = (label: string, items: string[]) => {
  if (items.length) console.error(`${label}:\n${items.map((i) => `  - ${i}`).join("\n")}`);
};
report(
  "new organisations (not on record)",
  draft.newOrganisations.map((o) => `${o.name} (${o.country})`),
);
report(
  "new people (not on record)",
  draft.cochairs.filter((p) => !p.id).map((p) => `${p.name} (${p.side})`),
);
report("left unknown", draft.unknown);
report("check", draft.warnings);

if (values.write) {
  if (!values.url || !values.publisher) {
    console.error(
      "--write needs --url and --publisher (the release's address and publisher are not in its text)",
    );
    process.exit(2);
  }
  const written = writeDraft(dir, draft, text, {
    url: values.url,
    publisher: values.publisher,
    ...(values.title ? { title: values.title } : {}),
  });
  console.error(`wrote:\n${written.map((w) => `  ${w}`).join("\n")}`);
  const root = fileURLToPath(new URL("../../", import.meta.url));
  spawnSync(
    join(root, "node_modules", ".bin", "biome"),
    ["format", "--write", ...written.filter((w) => w.endsWith(".json"))],
    { stdio: "ignore" },
  );
  const check = spawnSync(
    process.execPath,
    ["--import", "tsx", join(root, "src", "cli", "kb-check.ts"), dir],
    { stdio: "inherit" },
  );
  process.exit(check.status ?? 1);
}
