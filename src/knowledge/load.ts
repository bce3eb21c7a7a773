import { readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import type { z } from "zod";
import { type CheckOptions, checkKnowledgeBase } from "./check.ts";
import { jsonPath, type KbError, KnowledgeBaseError } from "./errors.ts";
import { parseJson } from "./json-syntax.ts";
import { DataFile } from "./schema.ts";
import type {
  DataFile as DataFileType,
  Dialogue,
  GlossaryTerm,
  Organisation,
  Person,
  Round,
  Source,
} from "./types.ts";

export interface KnowledgeBase {
  dialogue: Dialogue;
  /** Sorted by round number. */
  rounds: Round[];
  sources: Map<string, Source>;
  organisations: Map<string, Organisation>;
  people: Map<string, Person>;
  glossary: GlossaryTerm[];
}

export type LoadResult = { ok: true; kb: KnowledgeBase; files: string[] } | { ok: false; errors: KbError[] };

/** A file that parsed and matched the schema, with where it came from. */
export interface ParsedFile {
  file: string;
  data: DataFileType;
}

/** Paths inside the working folder are shown relative to it (data/rounds/round-2.json), others in full. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

function listJsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return listJsonFiles(full);
      return entry.isFile() && entry.name.endsWith(".json") && entry.name !== "schema.json" ? [full] : [];
    })
    .sort();
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_union" && "discriminator" in issue && issue.discriminator) {
    return `${issue.message} (field "${issue.discriminator}")`;
  }
  if (issue.code === "unrecognized_keys")
    return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  return issue.message;
}

/** Reads and validates one file on its own; whole-base checks come after. */
export function parseDataFile(
  file: string,
  text: string,
): { data?: DataFileType; errors: KbError[]; kind?: string } {
  const parsed = parseJson(text);
  if ("error" in parsed) {
    const { message, ...at } = parsed.error;
    return { errors: [{ file, path: "$", message, at }] };
  }
  const result = DataFile.safeParse(parsed.value);
  if (result.success) return { data: result.data, errors: [] };
  const raw = parsed.value as { kind?: unknown } | null;
  return {
    ...(raw && typeof raw === "object" && typeof raw.kind === "string" ? { kind: raw.kind } : {}),
    errors: result.error.issues.map((issue) => ({
      file,
      path: jsonPath(issue.path),
      message: describeIssue(issue),
    })),
  };
}

/** Reads the stored text of every source that has one (`text`, relative to `dir`). */
function readSourceTexts(dir: string, parsed: ParsedFile[], errors: KbError[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { file, data } of parsed) {
    if (data.kind !== "sources") continue;
    data.sources.forEach((source, i) => {
      if (!source.text) return;
      try {
        texts.set(source.id, readFileSync(join(dir, source.text), "utf8"));
      } catch (error) {
        errors.push({
          file,
          path: `$.sources[${i}].text`,
          message: `cannot read: ${(error as Error).message}`,
        });
      }
    });
  }
  return texts;
}

export interface LoadOptions {
  /** What "the future" is measured from (default: now); for tests. */
  today?: Date;
}

/**
 * Reads every JSON file below `dir`, validates each, then the whole. Never throws for bad data. A file that is
 * not JSON stops there: its syntax error is reported alone, without the whole-base errors it would cause.
 */
export function loadKnowledgeBase(dir: string, options: LoadOptions = {}): LoadResult {
  let paths: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a folder");
    paths = listJsonFiles(dir);
  } catch (error) {
    return {
      ok: false,
      errors: [{ file: dir, path: "$", message: `cannot read: ${(error as Error).message}` }],
    };
  }
  const errors: KbError[] = [];
  const parsed: ParsedFile[] = [];
  const incomplete = new Set<string>();
  for (const path of paths) {
    const file = displayPath(path);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      errors.push({ file, path: "$", message: `cannot read: ${(error as Error).message}` });
      continue;
    }
    const result = parseDataFile(file, text);
    errors.push(...result.errors);
    if (result.data) parsed.push({ file, data: result.data });
    else incomplete.add(result.kind ?? "unknown");
  }
  if (paths.length === 0) errors.push({ file: dir, path: "$", message: "no .json data files found" });
  const syntax = errors.filter((e) => e.at);
  if (syntax.length > 0) return { ok: false, errors: syntax };
  const check: CheckOptions = { sourceTexts: readSourceTexts(dir, parsed, errors), incomplete };
  if (options.today) check.today = options.today;
  const checked = checkKnowledgeBase(parsed, dir, check);
  errors.push(...checked.errors);
  if (errors.length > 0 || !checked.kb) return { ok: false, errors };
  return { ok: true, kb: checked.kb, files: parsed.map((p) => p.file) };
}

/** Like loadKnowledgeBase, for callers that cannot go on without one (CLIs, start-up). */
export function loadKnowledgeBaseOrThrow(dir: string): KnowledgeBase {
  const result = loadKnowledgeBase(dir);
  if (!result.ok) throw new KnowledgeBaseError(result.errors);
  return result.kb;
}
