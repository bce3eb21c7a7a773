import { type FSWatcher, readdirSync, watch } from "node:fs";
import { join, relative } from "node:path";

export interface DataWatcher {
  close(): void;
}

/** The folder and every folder below it. */
function folders(dir: string): string[] {
  const below = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return [dir, ...below.flatMap((entry) => folders(join(dir, entry.name)))];
}

/**
 * Calls `onChange` once after a burst of changes to .json files below `dir` has settled for `debounceMs`.
 * Editors write files in several steps (truncate, write, rename); debouncing reloads once per save.
 */
export function watchDataFolder(
  dir: string,
  onChange: (changedFiles: string[]) => void,
  options: { debounceMs?: number; onError?: (error: Error) => void } = {},
): DataWatcher {
  const debounceMs = options.debounceMs ?? 250;
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watchers: FSWatcher[] = [];
  const fire = () => {
    timer = undefined;
    const files = [...changed].sort();
    changed.clear();
    onChange(files);
  };
  try {
    // One watcher per folder rather than `recursive: true`: on Linux, Node 20's recursive watch follows each
    // file and goes deaf to it once it is replaced (an editor's save-by-rename, `git checkout`, `cp`).
    for (const folder of folders(dir)) {
      const prefix = relative(dir, folder);
      const watcher = watch(folder, { persistent: false }, (_event, filename) => {
        const base = filename?.toString() ?? "";
        if (base && (!base.endsWith(".json") || base.endsWith("schema.json"))) return;
        changed.add(base ? join(prefix, base) : prefix);
        if (timer) clearTimeout(timer);
        timer = setTimeout(fire, debounceMs);
      });
      watcher.on("error", (error) => options.onError?.(error));
      watchers.push(watcher);
    }
  } catch (error) {
    options.onError?.(error as Error);
  }
  return {
    close() {
      if (timer) clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
