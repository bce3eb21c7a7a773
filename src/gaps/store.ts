/** A bounded local store of gaps: a JSONL file, rotated to one older file when it reaches its size limit. */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { GapRecord } from "./classify.ts";

export interface GapStoreOptions {
  dir: string;
  /** size at which the file is rotated (default 256 KiB): at most twice this is kept */
  maxBytes?: number;
}

export class GapStore {
  readonly file: string;
  readonly #rotated: string;
  readonly #maxBytes: number;

  constructor(options: GapStoreOptions) {
    this.file = join(options.dir, "gaps.jsonl");
    this.#rotated = join(options.dir, "gaps.1.jsonl");
    this.#maxBytes = options.maxBytes ?? 256 * 1024;
  }

  /** Appends one record; never throws (a full disk must not stop an answer). */
  record(gap: GapRecord): boolean {
    try {
      const line = `${JSON.stringify(gap)}\n`;
      mkdirSync(resolve(this.file, ".."), { recursive: true });
      const size = existsSync(this.file) ? statSync(this.file).size : 0;
      if (size > 0 && size + Buffer.byteLength(line) > this.#maxBytes) renameSync(this.file, this.#rotated);
      appendFileSync(this.file, line);
      return true;
    } catch {
      return false;
    }
  }

  /** Every stored record, oldest first; lines that do not parse are skipped. */
  read(): GapRecord[] {
    const records: GapRecord[] = [];
    for (const file of [this.#rotated, this.file]) {
      if (!existsSync(file)) continue;
      for (const line of readFileSync(file, "utf8").split("\n")) {
        if (!line.trim()) continue;
        try {
          records.push(JSON.parse(line) as GapRecord);
        } catch {
          // a line cut short by a crash: skip it
        }
      }
    }
    return records;
  }
}

/**
 * The store the environment asks for: `GAPS_LOG=off` turns recording off; `GAPS_DIR` is its folder (default
 * `state/` in the working folder).
 */
export function gapStoreFromEnv(env: NodeJS.ProcessEnv = process.env): GapStore | undefined {
  if (/^(off|false|0|no)$/i.test(env.GAPS_LOG?.trim() ?? "")) return undefined;
  return new GapStore({ dir: resolve(env.GAPS_DIR?.trim() || "state") });
}
