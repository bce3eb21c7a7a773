/** Runs `npm start` / `npm run …` as a real child process, the way a person would. */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** The parent's environment without any Discord setting or .env file, plus `extra`. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ENV_FILE: "none", FORCE_COLOR: "0", NO_COLOR: "1" };
  for (const name of Object.keys(env)) {
    if (name.startsWith("DISCORD_") || name === "LOG_LEVEL" || name === "KB_DIR") delete env[name];
  }
  return { ...env, ...extra };
}

export interface Child {
  process: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
  /** Resolves when every process of the group has closed stdout and stderr (they have all exited). */
  closed: Promise<void>;
  /** Resolves when stdout or stderr has shown text matching `pattern`. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** SIGTERM to the whole process group (npm, the shell, tsx and the bot), as a terminal would. */
  terminate(signal?: NodeJS.Signals): void;
}

/** `npm --silent …args` in the project. */
export const npm = (args: string[], env: NodeJS.ProcessEnv, input?: string): Child =>
  run("npm", ["--silent", ...args], env, input);

/** The bot's entry point in one node process (no npm or tsx wrapper), to see its own exit code. */
export const nodeMain = (env: NodeJS.ProcessEnv, input?: string): Child =>
  run(process.execPath, ["--import", "tsx", "src/bot/main.ts"], env, input);

/** Any TypeScript entry point of the project in one node process (e.g. src/http/main.ts). */
export const nodeEntry = (entry: string, env: NodeJS.ProcessEnv, input?: string): Child =>
  run(process.execPath, ["--import", "tsx", entry], env, input);

function run(command: string, args: string[], env: NodeJS.ProcessEnv, input?: string): Child {
  const child = spawn(command, args, { cwd: ROOT, env, detached: true });
  let out = "";
  let err = "";
  const listeners = new Set<() => void>();
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    for (const listener of listeners) listener();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString();
    for (const listener of listeners) listener();
  });
  if (input !== undefined) child.stdin.end(input);
  const exited = new Promise<number | string>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? signal ?? "unknown")),
  );
  const streamClosed = (stream: NodeJS.ReadableStream) =>
    new Promise<void>((resolve) => stream.once("close", () => resolve()));
  const closed = Promise.all([streamClosed(child.stdout), streamClosed(child.stderr)]).then(() => undefined);
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    exited,
    closed,
    waitForOutput(pattern, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(out) || pattern.test(err)) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${pattern}\nstdout:\n${out}\nstderr:\n${err}`));
        }, timeoutMs);
        listeners.add(check);
        void exited.then(() => {
          if (listeners.has(check)) {
            listeners.delete(check);
            clearTimeout(timer);
            reject(new Error(`exited before ${pattern}\nstdout:\n${out}\nstderr:\n${err}`));
          }
        });
        check();
      });
    },
    terminate(signal = "SIGTERM") {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null)
        process.kill(-child.pid, signal);
    },
  };
}
