import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { knowledgeBaseDir } from "../../src/knowledge/kb-dir.ts";

/** The knowledge base under test: `KB_DIR` when set (e.g. a copy with a new round), else data/. */
export const DATA_DIR = knowledgeBaseDir();

/** A throwaway copy of data/ that a test may break; removed by the returned cleanup. */
export function copyData(): {
  dir: string;
  edit: (file: string, change: (json: any) => void) => void;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), "dialogue-desk-data-"));
  cpSync(DATA_DIR, dir, { recursive: true });
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const json = JSON.parse(readFileSync(path, "utf8"));
      change(json);
      writeFileSync(path, JSON.stringify(json, null, 2));
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
