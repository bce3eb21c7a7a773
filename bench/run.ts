/**
 * `npm run bench`: answer latency, knowledge-base load, bot start and round trip, memory, growth with synthetic
 * bases, and retrieval baselines scored by the same evaluation checks. Prints a table and writes
 * bench/results.md and bench/results.json. A benchmark, not a test: nothing here fails on a slow figure.
 *
 *   npm run bench                    # everything (about 2 minutes on 2 cores)
 *   npm run bench -- --quick         # fewer iterations, 10× and 100× only, no memory run (a smoke check)
 *   npm run bench -- --no-bot        # engine only (no bot, no HTTP endpoint)
 *   npm run bench -- --no-http       # without the HTTP endpoint load run
 *   npm run bench -- --no-pictures   # without the pictures (/timeline, /participation)
 *   npm run bench -- --out=bench/results.local   # write elsewhere (results.local.* is git-ignored)
 *   npm run bench -- --follow-ups-only   # only the follow-up memory run, printed (nothing written)
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Answerer } from "../src/knowledge/answer-types.ts";
import { createAnswerer } from "../src/knowledge/answerer.ts";
import { type KnowledgeBase, loadKnowledgeBase } from "../src/knowledge/load.ts";
import { buildCorpus, fuseRetriever, miniSearchRetriever, type Retriever } from "./baseline.ts";
import {
  buildDist,
  type MemoryMeasurement,
  measureMemory,
  measureRoundTrip,
  measureStartToReady,
  type RoundTrip,
  START_MODES,
  startInProcessBot,
} from "./bot.ts";
import {
  answerJson,
  type EvalCase,
  readEvalCases,
  scoreBaseline,
  scoreBot,
  scoreContent,
  syntheticCases,
} from "./engine.ts";
import { measureFollowUps, measureFollowUpsOverDiscord } from "./follow-ups.ts";
import { hostileInputs } from "./hostile.ts";
import { measureHttpLoad } from "./http.ts";
import { machine } from "./machine.ts";
import { measure, type Summary, summarise, timeOnce } from "./measure.ts";
import { measurePictures } from "./pictures.ts";
import {
  type HostileResult,
  type LatencyResult,
  type Report,
  renderMarkdown,
  renderReadmeSection,
} from "./report.ts";
import { generateSyntheticKb, REAL_DATA_DIR, SYNTHETIC_TODAY } from "./synthetic-kb.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const QUICK = flag("quick");
const WITH_BOT = !flag("no-bot");
const OUT = option("out") ?? "bench/results";
const SCALES = (option("scales") ?? (QUICK ? "10,100" : "10,100,1000")).split(",").map(Number);
const EVAL_FILE = join(ROOT, "test/eval/questions.jsonl");

/**
 * How much to measure. Answer latency runs every question for as many iterations as fit a time budget (at
 * least 2, at most `max`), estimated from one unmeasured warm-up pass: a slow engine at 1000× still finishes.
 */
const PLAN = {
  real: { max: QUICK ? 10 : 60, budgetMs: QUICK ? 2_000 : 8_000, cpu: true, warmPasses: QUICK ? 4 : 8 },
  hostile: { max: QUICK ? 10 : 40, budgetMs: QUICK ? 1_000 : 3_000 },
  baseline: { max: QUICK ? 3 : 20, budgetMs: QUICK ? 1_000 : 3_000 },
  scaleBaseline: { max: 10, budgetMs: QUICK ? 1_000 : 2_000 },
  load: QUICK ? 5 : 20,
  scale: (scale: number) =>
    scale >= 1000
      ? { max: 10, budgetMs: QUICK ? 10_000 : 30_000, warmPasses: 2 }
      : scale >= 100
        ? { max: 20, budgetMs: QUICK ? 4_000 : 10_000, cpu: true, warmPasses: 3 }
        : { max: 30, budgetMs: QUICK ? 2_000 : 5_000, cpu: true, warmPasses: 4 },
  scaleLoad: (scale: number) => (scale >= 1000 ? 1 : scale >= 100 ? 3 : 5),
  roundTrip: QUICK ? 100 : 500,
  startRuns: QUICK ? 1 : 5,
  memoryAnswers: 10_000,
  /** the HTTP endpoint's load run: the same in --quick (it takes seconds) */
  http: { requests: 2000, concurrency: 50 },
  followUps: QUICK ? { people: 1_000, followUps: 10_000 } : { people: 10_000, followUps: 100_000 },
  // through Discord, the fake's logs grow with every question and slow it down: 10,000 people and 20,000
  // follow-ups took 32 minutes on a shared 2-core machine (load average 17), so the default run is smaller
  followUpsOverDiscord: { people: 2_000, followUps: 8_000 },
};

interface Budget {
  max: number;
  budgetMs: number;
  /** also measure CPU time per call (a second, shorter pass) */
  cpu?: boolean;
  /**
   * passes over every question before measuring (default 1). A long-running bot answers with code the JIT has
   * settled: the first passes over new wordings still re-optimise the reading's functions (V8 "wrong map"
   * deoptimisations, each a slow call), which is start-up cost, reported apart as the cold pass.
   */
  warmPasses?: number;
}

const T0 = performance.now();
const log = (message: string) =>
  process.stderr.write(`[bench ${((performance.now() - T0) / 1000).toFixed(1).padStart(5)} s] ${message}\n`);

/** One pass over the questions, each answer timed (ms). */
function timedPass(answerer: Answerer, questions: { q: string }[]): number[] {
  return questions.map((c) => {
    const t0 = performance.now();
    answerer.ask(c.q);
    return performance.now() - t0;
  });
}

/** Each question is a tinybench task; the figures pool every sample of every question. */
async function answerLatency(
  answerer: Answerer,
  questions: { q: string }[],
  budget: Budget,
): Promise<LatencyResult> {
  const cold = timedPass(answerer, questions); // the first answer to each question after the engine is built
  let last = cold;
  for (let pass = 1; pass < (budget.warmPasses ?? 1); pass++) last = timedPass(answerer, questions);
  const passMs = last.reduce((a, b) => a + b, 0);
  const iterations = Math.max(2, Math.min(budget.max, Math.floor(budget.budgetMs / Math.max(passMs, 0.001))));
  const tasks = questions.map((c) => ({ name: c.q, fn: () => answerer.ask(c.q) }));
  const results = await measure(tasks, { iterations, warmupIterations: 1 });
  const failed = results.find((r) => r.error);
  if (failed) throw new Error(`answering "${failed.name.slice(0, 80)}" threw: ${failed.error}`);
  const slowest = [...results]
    .sort((a, b) => b.summary.median - a.summary.median)
    .slice(0, 8)
    .map((r) => ({ q: r.name, median: r.summary.median, p99: r.summary.p99, max: r.summary.max }));
  let cpu: Summary | undefined;
  if (budget.cpu) {
    const cpuIterations = Math.max(5, Math.floor(iterations / 2));
    const cpuResults = await measure(tasks, { iterations: cpuIterations, warmupIterations: 0, clock: "cpu" });
    cpu = summarise(cpuResults.flatMap((r) => r.samples));
  }
  return {
    questions: questions.length,
    iterations,
    warmPasses: budget.warmPasses ?? 1,
    cold: summarise(cold),
    all: summarise(results.flatMap((r) => r.samples)),
    ...(cpu ? { cpu } : {}),
    questionMedians: summarise(results.map((r) => r.summary.median)),
    slowest,
    perQuestion: results.map((r) => ({
      q: r.name,
      median: r.summary.median,
      p99: r.summary.p99,
      max: r.summary.max,
    })),
  };
}

async function hostileLatency(answerer: Answerer, budget: Budget): Promise<HostileResult[]> {
  const inputs = hostileInputs();
  const timed = await answerLatency(
    answerer,
    inputs.map((h) => ({ q: h.text })),
    budget,
  ).catch((error: unknown) => {
    throw new Error(`hostile input: ${(error as Error).message}`);
  });
  return inputs.map((h, i) => {
    const t = timed.perQuestion[i];
    return {
      name: h.name,
      chars: h.text.length,
      median: t?.median ?? NaN,
      p99: t?.p99 ?? NaN,
      max: t?.max ?? NaN,
    };
  });
}

interface Accuracy {
  passed: number;
  total: number;
  rate: number;
  byTag: Record<string, { passed: number; total: number }>;
  failures: { q: string; tag: string; reasons: string[] }[];
}

function accuracy(cases: EvalCase[], check: (c: EvalCase) => { pass: boolean; reasons: string[] }): Accuracy {
  const byTag: Accuracy["byTag"] = {};
  const failures: Accuracy["failures"] = [];
  let passed = 0;
  for (const c of cases) {
    const verdict = check(c);
    const tag = byTag[c.tag] ?? { passed: 0, total: 0 };
    byTag[c.tag] = tag;
    tag.total++;
    if (verdict.pass) {
      passed++;
      tag.passed++;
    } else failures.push({ q: c.q, tag: c.tag, reasons: verdict.reasons });
  }
  return { passed, total: cases.length, rate: cases.length ? passed / cases.length : 0, byTag, failures };
}

function loadOrThrow(dir: string): KnowledgeBase {
  const result = loadKnowledgeBase(dir, { today: SYNTHETIC_TODAY });
  if (!result.ok) throw new Error(`${dir} does not load: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.kb;
}

/** loadKnowledgeBase (read, parse, validate, whole-base checks), then createAnswerer (indexes), each timed. */
async function loadTimes(dir: string, iterations: number) {
  let kb: KnowledgeBase | undefined;
  const [load] = await measure(
    [
      {
        name: "loadKnowledgeBase",
        fn: () => {
          kb = loadOrThrow(dir);
        },
      },
    ],
    { iterations, warmupIterations: iterations > 2 ? 1 : 0 },
  );
  if (!kb) throw new Error(`${dir}: the load benchmark did not run`);
  const loaded = kb;
  let answerer: Answerer | undefined;
  const [build] = await measure(
    [
      {
        name: "createAnswerer",
        fn: () => {
          answerer = createAnswerer(loaded);
        },
      },
    ],
    { iterations, warmupIterations: iterations > 2 ? 1 : 0 },
  );
  if (!load || !build || !answerer) throw new Error("load benchmark produced no result");
  if (load.error || build.error) throw new Error(load.error ?? build.error);
  return { kb: loaded, answerer, load: load.summary, build: build.summary };
}

interface BaselineResult {
  name: string;
  description: string;
  passages: number;
  indexMs: number;
  /** measured calls per question */
  iterations: number;
  accuracy: Accuracy;
  latency: Summary;
}

interface BaselinePlan extends Budget {
  /** fuse.js is linear in the corpus: on big corpora time it on a sample of questions (0 = skip it) */
  fuseQuestions?: number;
}

async function baselines(kbDir: string, cases: EvalCase[], plan: BaselinePlan): Promise<BaselineResult[]> {
  const passages = buildCorpus(kbDir);
  const out: BaselineResult[] = [];
  for (const make of [miniSearchRetriever, fuseRetriever]) {
    const isFuse = make === fuseRetriever;
    const limit = isFuse ? (plan.fuseQuestions ?? cases.length) : cases.length;
    if (limit === 0) continue;
    const sample =
      limit >= cases.length ? cases : cases.filter((_, i) => i % Math.ceil(cases.length / limit) === 0);
    const { ms: indexMs, value: retriever } = await timeOnce((): Retriever => make(passages));
    // the accuracy pass is timed too: it is the warm-up, the estimate of one pass, and (when a pass takes
    // more than half the budget) the only measured pass
    const firstPass: number[] = [];
    const acc = accuracy(sample, (c) => {
      const t0 = performance.now();
      const passage = retriever.search(c.q);
      firstPass.push(performance.now() - t0);
      return scoreBaseline(c, passage);
    });
    const passMs = firstPass.reduce((a, b) => a + b, 0);
    const iterations = Math.min(plan.max, Math.floor(plan.budgetMs / Math.max(passMs, 0.001)));
    const samples =
      iterations < 2
        ? firstPass
        : (
            await measure(
              sample.map((c) => ({ name: c.q, fn: () => retriever.search(c.q) })),
              { iterations, warmupIterations: 0 },
            )
          ).flatMap((t) => t.samples);
    out.push({
      name: retriever.name,
      description: retriever.description,
      passages: passages.length,
      indexMs,
      iterations: Math.max(1, iterations),
      accuracy: acc,
      latency: summarise(samples),
    });
  }
  return out;
}

async function main() {
  const started = performance.now();
  if (flag("follow-ups-only")) {
    const f = await measureFollowUps(PLAN.followUps.people, PLAN.followUps.followUps);
    process.stdout.write(`${JSON.stringify(f, null, 2)}\n`);
    if (WITH_BOT) {
      buildDist();
      const { people, followUps } = PLAN.followUpsOverDiscord;
      const rounds = loadOrThrow(REAL_DATA_DIR).rounds.map((round) => round.number);
      const d = await measureFollowUpsOverDiscord(people, followUps, rounds);
      process.stdout.write(`${JSON.stringify({ people, ...d }, null, 2)}\n`);
    }
    return;
  }
  const report: Report = {
    generatedAt: new Date().toISOString(),
    command: `npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`,
    machine: machine(),
    code: codeVersion(),
    quick: QUICK,
  } as Report;

  // ---- 1. the real knowledge base: load, engine build, latency, accuracy, hostile inputs
  log("real knowledge base: load + validation + index build");
  const cases = readEvalCases(EVAL_FILE);
  const real = await loadTimes(REAL_DATA_DIR, PLAN.load);
  const answerer = real.answerer;
  report.realKb = {
    rounds: real.kb.rounds.length,
    organisations: real.kb.organisations.size,
    people: real.kb.people.size,
    load: real.load,
    build: real.build,
  };
  log(`answer latency: ${cases.length} evaluation questions`);
  report.latency = await answerLatency(answerer, cases, PLAN.real);
  log(`answer latency: ${report.latency.iterations} iterations a question; hostile inputs`);
  report.hostile = await hostileLatency(answerer, PLAN.hostile);

  log("accuracy: bot and baselines on the evaluation set");
  const botAccuracy = accuracy(cases, (c) => scoreBot(c, answerJson(answerer, c.q)));
  const botContent = accuracy(cases, (c) => scoreContent(c, answerJson(answerer, c.q)));
  const base = await baselines(REAL_DATA_DIR, cases, PLAN.baseline);
  report.accuracy = {
    evalFile: "test/eval/questions.jsonl",
    bot: botAccuracy,
    botContent,
    botLatency: report.latency.all,
    baselines: base.map((b) => ({
      ...b,
      ratio: b.accuracy.rate > 0 ? botContent.rate / b.accuracy.rate : Number.POSITIVE_INFINITY,
    })),
  };

  // ---- 2. growth: synthetic bases of 10×, 100×, 1000×
  report.growth = [];
  for (const scale of SCALES) {
    log(`growth ${scale}×: generating`);
    const { ms: generateMs, value: synthetic } = await timeOnce(() => generateSyntheticKb({ scale }));
    try {
      log(`growth ${scale}×: ${synthetic.counts.files} files; load + build`);
      const times = await loadTimes(synthetic.dir, PLAN.scaleLoad(scale));
      const engine = times.answerer;
      // the synthetic questions, and every 4th evaluation question (the real rounds are still in the base)
      const synthCases = syntheticCases(synthetic.questions);
      const questions = [...synthCases, ...cases.filter((_, i) => i % 4 === 0)];
      log(`growth ${scale}×: latency, ${questions.length} questions`);
      const latency = await answerLatency(engine, questions, PLAN.scale(scale));
      log(`growth ${scale}×: ${latency.iterations} iterations a question; hostile inputs`);
      const hostileHere = await hostileLatency(engine, {
        max: Math.max(2, Math.floor(latency.iterations / 2)),
        budgetMs: PLAN.scale(scale).budgetMs / 4,
      });
      const synthAccuracy = accuracy(synthCases, (c) => scoreBot(c, answerJson(engine, c.q)));
      log(`growth ${scale}×: baselines`);
      const synthBaselines = await baselines(synthetic.dir, synthCases, {
        ...PLAN.scaleBaseline,
        fuseQuestions: scale >= 1000 ? 0 : scale >= 100 ? 6 : synthCases.length,
      });
      report.growth.push({
        scale,
        counts: synthetic.counts,
        generateMs,
        load: times.load,
        build: times.build,
        latency,
        hostileMax: Math.max(...hostileHere.map((h) => h.max)),
        hostile: hostileHere,
        syntheticAccuracy: synthAccuracy,
        baselines: synthBaselines.map((b) => ({
          name: b.name,
          questions: b.accuracy.total,
          passages: b.passages,
          indexMs: b.indexMs,
          accuracy: b.accuracy.rate,
          latency: b.latency,
        })),
      });
    } finally {
      synthetic.cleanup();
    }
  }

  // ---- 3 & 4. the bot: start to ready, round trip, memory
  if (WITH_BOT) {
    log(
      "bot: npm run build (brings dist/ up to date for npm start and node dist/bot/main.js; not timed as start)",
    );
    report.build = buildDist();
    log(
      `bot: ${report.build.compiled ? "compiled src/ to dist/" : "dist/ was up to date"} in ${(report.build.ms / 1000).toFixed(1)} s; ` +
        `start to ready × ${PLAN.startRuns} (${START_MODES.join(", ")}, in rounds)`,
    );
    const { starts, rebuilds } = await measureStartToReady(START_MODES, PLAN.startRuns);
    report.start = starts;
    report.startRebuilds = rebuilds;
    log(`bot: interaction round trip × ${PLAN.roundTrip}`);
    const inProcess = await startInProcessBot(real.kb, answerer);
    let roundTrip: RoundTrip;
    try {
      roundTrip = await measureRoundTrip(
        inProcess,
        cases.filter((c) => c.q.length <= 500).map((c) => c.q),
        PLAN.roundTrip,
      );
    } finally {
      await inProcess.stop();
    }
    report.roundTrip = roundTrip;
    if (!QUICK) {
      log(`bot: memory over ${PLAN.memoryAnswers} answers (child process: node --expose-gc on dist/)`);
      if (buildDist().compiled)
        log("bot: src/ changed during the benchmark; dist/ rebuilt for the memory run");
      const memory: MemoryMeasurement = await measureMemory(
        cases.filter((c) => c.q.length <= 500).map((c) => c.q),
        PLAN.memoryAnswers,
      );
      report.memory = memory;
      const { people, followUps } = PLAN.followUpsOverDiscord;
      log(`bot: memory over ${followUps} follow-ups from ${people} people through Discord (child on dist/)`);
      const rounds = real.kb.rounds.map((round) => round.number);
      report.followUpsOverDiscord = {
        people,
        ...(await measureFollowUpsOverDiscord(people, followUps, rounds)),
      };
    }
    if (!flag("no-http")) {
      log(
        `http: ${PLAN.http.requests} signed requests, ${PLAN.http.concurrency} concurrent (node dist/http/main.js)`,
      );
      if (buildDist().compiled) log("http: src/ changed during the benchmark; dist/ rebuilt");
      report.http = await measureHttpLoad(
        cases.filter((c) => c.q.length <= 500).map((c) => c.q),
        PLAN.http,
      );
      if (report.http.errors > 0)
        log(`http: ${report.http.errors} errors, e.g. ${report.http.errorSamples.join(" | ")}`);
    }
  }

  // ---- 5. pictures: cold and warm drawing, and the memory it adds (a fresh process on dist/)
  if (!flag("no-pictures")) {
    if (!report.build) report.build = buildDist();
    log("pictures: first drawing in a fresh process, drawing again, cache, memory");
    report.pictures = measurePictures(QUICK ? 2 : 5);
  }

  // ---- 5. follow-ups: memory over many conversations
  log(`follow-ups: ${PLAN.followUps.followUps} from ${PLAN.followUps.people} people (child, forced GC)`);
  report.followUps = await measureFollowUps(PLAN.followUps.people, PLAN.followUps.followUps);

  report.elapsedMs = performance.now() - started;
  const markdown = renderMarkdown(report);
  writeFileSync(join(ROOT, `${OUT}.md`), markdown);
  // results.json stays small enough to diff: no per-question timings (the slowest are kept) and no baseline
  // failure lists (their counts by tag are kept)
  const lean = JSON.stringify(
    report,
    (key, value) => {
      if (key === "perQuestion") return undefined;
      if (key === "failures" && Array.isArray(value) && value.length > 40) return value.slice(0, 40);
      return value;
    },
    2,
  );
  writeFileSync(join(ROOT, `${OUT}.json`), `${lean}\n`);
  // the README text follows the committed results only
  if (OUT === "bench/results" && !QUICK)
    writeFileSync(join(ROOT, "bench/README-section.md"), renderReadmeSection(report));
  process.stdout.write(`${markdown}\n`);
  log(`wrote ${OUT}.md and ${OUT}.json in ${(report.elapsedMs / 1000).toFixed(0)} s`);
}

/** The commit measured, and whether src/ or data/ had uncommitted changes (other people work in this checkout). */
function codeVersion(): string {
  if (process.env.BENCH_CODE_VERSION) return process.env.BENCH_CODE_VERSION;
  const git = (...argv: string[]) => spawnSync("git", argv, { cwd: ROOT, encoding: "utf8" });
  const head = git("rev-parse", "--short", "HEAD");
  if (head.status !== 0) return "unknown (not a git checkout)";
  const dirty = git("status", "--porcelain", "--", "src", "data").stdout.trim().length > 0;
  return `${head.stdout.trim()}${dirty ? " with uncommitted changes in src/ or data/" : ""}`;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
