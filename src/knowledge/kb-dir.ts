import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The knowledge base folder: `KB_DIR` when set, else the repository's `data/`. */
export function knowledgeBaseDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.KB_DIR?.trim();
  return fromEnv ? resolve(fromEnv) : fileURLToPath(new URL("../../data/", import.meta.url));
}
