import { type FSWatcher, watch } from "node:fs";

export interface DataWatcher {
  close(): void;
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
  let watcher: FSWatcher | undefined;
  const fire = () => {
    timer = undefined;
    const files = [...changed].sort();
    changed.clear();
    onChange(files);
  };
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, (_event, filename) => {
      const name = filename?.toString() ?? "";
      if (name && (!name.endsWith(".json") || name.endsWith("schema.json"))) return;
      changed.add(name);
      if (timer) clearTimeout(timer);
      timer = setTimeout(fire, debounceMs);
    });
    watcher.on("error", (error) => options.onError?.(error));
  } catch (error) {
    options.onError?.(error as Error);
  }
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
  };
}
