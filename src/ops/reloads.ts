/** Counting reloads without loading prom-client: the gateway bot imports this whether or not it serves metrics. */
import type { Reloader } from "../bot/reload.ts";

export interface ReloadObserver {
  reloaded(trigger: string, ok: boolean): void;
}

/** A reloader that also tells `observer` of each reload and its result. */
export function countReloads(reloader: Reloader, observer: ReloadObserver | undefined): Reloader {
  if (!observer) return reloader;
  return {
    reload(trigger, details) {
      const outcome = reloader.reload(trigger, details);
      observer.reloaded(trigger, outcome.ok);
      return outcome;
    },
  };
}
