/**
 * Reloading the knowledge base while the bot runs: on demand (/reload) and when files in the data folder
 * change (debounced). A valid base replaces the old one in one swap; an invalid one is rejected, its errors
 * logged one line each (file and JSON path), and the bot keeps answering from the last good version.
 */
import type { ReloadOutcome } from "../commands/types.ts";
import { formatKbError, type KbError } from "../knowledge/errors.ts";
import type { KnowledgeBase } from "../knowledge/load.ts";
import { type DataWatcher, watchDataFolder } from "../knowledge/watch.ts";
import { redrawPictures } from "../pictures/pictures.ts";
import type { BuildAnswerer, Knowledge, KnowledgeHolder } from "./knowledge-holder.ts";
import type { Logger } from "./logger.ts";

/** Error lines written per failed reload; a summary line counts the rest. */
export const MAX_LOGGED_ERRORS = 50;

export interface ReloadSource {
  /** The data folder (KB_DIR). */
  dir: string;
  /** Builds the engine on a loaded base (`createAnswerer`). */
  build: BuildAnswerer;
}

export type ReloadTrigger = "command" | "watch";

export interface Reloader {
  reload(
    trigger: ReloadTrigger,
    details?: { changedFiles?: string[]; userId?: string; guildId?: string | null },
  ): ReloadOutcome;
}

export const countsOf = (knowledge: Knowledge) => ({
  rounds: knowledge.kb.rounds.length,
  organisations: knowledge.kb.organisations.size,
  people: knowledge.kb.people.size,
  sources: knowledge.kb.sources.size,
  glossaryTerms: knowledge.kb.glossary.length,
});

/** One line per error (at most {@link MAX_LOGGED_ERRORS}), each naming the file and the JSON path. */
export function logKbErrors(logger: Logger, errors: readonly KbError[]): void {
  for (const error of errors.slice(0, MAX_LOGGED_ERRORS)) {
    logger.error({ event: "kb_error", file: error.file, path: error.path }, formatKbError(error));
  }
  if (errors.length > MAX_LOGGED_ERRORS) {
    logger.error(
      { event: "kb_error", more: errors.length - MAX_LOGGED_ERRORS },
      "more knowledge base errors",
    );
  }
}

/** The pictures already drawn are drawn again for the new version, in the background. */
function redraw(previous: KnowledgeBase, knowledge: Knowledge, logger: Logger): void {
  redrawPictures(previous, knowledge.kb).then(
    (count) => {
      if (count > 0)
        logger.info({ event: "pictures_redrawn", version: knowledge.version, count }, "pictures redrawn");
    },
    (error: unknown) => logger.warn({ event: "pictures_redraw_failed", err: error }, "pictures not redrawn"),
  );
}

export function createReloader(knowledge: KnowledgeHolder, source: ReloadSource, logger: Logger): Reloader {
  return {
    reload(trigger, details = {}) {
      const started = performance.now();
      const previous = knowledge.current().kb;
      let result: ReturnType<KnowledgeHolder["reload"]>;
      try {
        result = knowledge.reload(source.dir, source.build);
      } catch (error) {
        // The loader never throws for bad data; building the engine might. Keep serving either way.
        result = { ok: false, errors: [{ file: source.dir, path: "$", message: String(error) }] };
      }
      const ms = Math.round(performance.now() - started);
      if (result.ok) {
        const counts = countsOf(result.knowledge);
        logger.info(
          { event: "kb_reloaded", trigger, version: result.knowledge.version, ...counts, ms, ...details },
          "knowledge base reloaded",
        );
        redraw(previous, result.knowledge, logger);
        return { ok: true, version: result.knowledge.version, counts };
      }
      const version = knowledge.current().version;
      logKbErrors(logger, result.errors);
      logger.warn(
        { event: "kb_rejected", trigger, errors: result.errors.length, version, ms, ...details },
        "knowledge base reload rejected; still answering from the last good version",
      );
      return { ok: false, version, errors: result.errors };
    },
  };
}

/** Reloads after each burst of changes to the data folder has settled for `debounceMs`. */
export function watchKnowledge(
  reloader: Reloader,
  dir: string,
  logger: Logger,
  options: { debounceMs?: number } = {},
): DataWatcher {
  return watchDataFolder(dir, (changedFiles) => reloader.reload("watch", { changedFiles }), {
    debounceMs: options.debounceMs ?? 500,
    onError: (error) =>
      logger.error({ event: "kb_watch_error", err: error, dir }, "cannot watch the data folder"),
  });
}
