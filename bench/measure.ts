/** Timing helpers on top of tinybench: per-task samples, and percentiles over pooled samples. */
import { Bench } from "tinybench";

export interface Summary {
  /** number of samples */
  n: number;
  mean: number;
  median: number;
  p99: number;
  max: number;
  min: number;
}

/** Nearest-rank percentile of sorted samples (p in [0, 100]). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    n: sorted.length,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    median: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    min: sorted[0] ?? Number.NaN,
  };
}

export interface TaskSamples {
  name: string;
  /** milliseconds, one per call */
  samples: number[];
  summary: Summary;
  error?: string;
}

export interface MeasureOptions {
  /** measured calls per task */
  iterations: number;
  /** unmeasured calls per task before measuring */
  warmupIterations?: number;
  /**
   * "wall" (default): elapsed time (hrtime). "cpu": CPU time of this process (process.cpuUsage, µs resolution):
   * what the call itself costs, without the time the process spent descheduled on a busy machine.
   */
  clock?: "wall" | "cpu";
}

/** CPU time of this process as a tinybench clock, in milliseconds. */
const cpuClock = {
  name: "process.cpuUsage",
  fn: () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  },
  fromMs: (value: number) => value,
  toMs: (value: number | bigint) => Number(value),
};

/**
 * Runs each function `iterations` times under tinybench (hrtime clock, fixed iteration count, no time budget)
 * and returns every sample. Works for sync and async functions.
 */
export async function measure(
  tasks: ReadonlyArray<{ name: string; fn: () => unknown }>,
  options: MeasureOptions,
): Promise<TaskSamples[]> {
  const bench = new Bench({
    iterations: options.iterations,
    time: 0,
    warmup: (options.warmupIterations ?? 0) > 0,
    warmupIterations: options.warmupIterations ?? 0,
    warmupTime: 0,
    retainSamples: true,
    timestampProvider: options.clock === "cpu" ? cpuClock : "hrtimeNow",
    throws: false,
  });
  const names = new Set<string>();
  for (const task of tasks) {
    let name = task.name;
    for (let i = 2; names.has(name); i++) name = `${task.name} #${i}`;
    names.add(name);
    bench.add(name, task.fn as () => void);
  }
  await bench.run();
  return bench.tasks.map((task) => {
    const result = task.result;
    if (result.state === "errored") {
      return { name: task.name, samples: [], summary: summarise([]), error: result.error.message };
    }
    const samples =
      result.state === "completed" || result.state === "aborted-with-statistics"
        ? [...(result.latency.samples ?? [])]
        : [];
    return { name: task.name, samples, summary: summarise(samples) };
  });
}

/** Times one call (ms), for things too slow or stateful to repeat under tinybench. */
export async function timeOnce<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export const fmtMs = (ms: number) =>
  !Number.isFinite(ms)
    ? "–"
    : ms >= 100
      ? ms.toFixed(0)
      : ms >= 10
        ? ms.toFixed(1)
        : ms >= 1
          ? ms.toFixed(2)
          : ms.toFixed(3);

export const fmtMb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
