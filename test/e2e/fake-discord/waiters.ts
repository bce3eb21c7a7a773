/** An append-only log that tests can await: `waitFor` resolves with the first matching item, past or future. */

export interface WaitOptions {
  /** Reject after this many milliseconds (defaults to the fake's `waitTimeoutMs`). */
  timeoutMs?: number;
  /** Only consider items at or after this index (e.g. `log.items.length` to ignore the past). */
  fromIndex?: number;
}

interface Waiter<T> {
  test: (item: T, index: number) => boolean;
  fromIndex: number;
  resolve: (item: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class Recorder<T> {
  readonly items: T[] = [];
  readonly #waiters = new Set<Waiter<T>>();
  #closedWith: Error | null = null;

  constructor(
    private readonly label: string,
    private readonly defaultTimeoutMs: number,
  ) {}

  push(item: T): void {
    const index = this.items.push(item) - 1;
    for (const waiter of [...this.#waiters]) {
      if (index >= waiter.fromIndex && waiter.test(item, index))
        this.#settle(waiter, () => waiter.resolve(item));
    }
  }

  waitFor(
    predicate: (item: T, index: number) => boolean = () => true,
    options: WaitOptions & { description?: string } = {},
  ): Promise<T> {
    const fromIndex = options.fromIndex ?? 0;
    for (let index = fromIndex; index < this.items.length; index++) {
      const item = this.items[index] as T;
      if (predicate(item, index)) return Promise.resolve(item);
    }
    if (this.#closedWith) return Promise.reject(this.#closedWith);
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    const what = options.description ? `${this.label}: ${options.description}` : this.label;
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        test: predicate,
        fromIndex,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.#settle(waiter, () =>
            reject(
              new Error(
                `fake-discord: timed out after ${timeoutMs} ms waiting for ${what} (${this.items.length} seen)`,
              ),
            ),
          );
        }, timeoutMs),
      };
      this.#waiters.add(waiter);
    });
  }

  /** Resolves with the n-th item (1-based), waiting for it if needed. */
  nth(n: number, options: WaitOptions = {}): Promise<T> {
    return this.waitFor((_, index) => index >= n - 1, { ...options, description: `#${n}` });
  }

  close(error: Error): void {
    this.#closedWith = error;
    for (const waiter of [...this.#waiters]) this.#settle(waiter, () => waiter.reject(error));
  }

  #settle(waiter: Waiter<T>, action: () => void): void {
    if (!this.#waiters.delete(waiter)) return;
    clearTimeout(waiter.timer);
    action();
  }
}
