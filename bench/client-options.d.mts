/** Types of client-options.mjs (plain JavaScript, shared by the TypeScript bench and bench/bot-child.mjs). */
export declare const FAST_CLIENT_OPTIONS: {
  readonly rest: { readonly globalRequestsPerSecond: number; readonly retries: number };
  readonly waitGuildTimeout: number;
  readonly ws: { readonly buildIdentifyThrottler: () => { waitForIdentify: () => Promise<void> } };
};
