/**
 * discord.js options that keep the real client from throttling itself against a local fake (as the e2e harness
 * does); none changes what the bot does. Without them the client caps itself at 50 REST requests a second (its
 * default `globalRequestsPerSecond`), which would make 10,000 answers take over three minutes.
 *
 * Plain JavaScript (typed by client-options.d.mts) so that bench/bot-child.mjs, which runs the compiled bot with
 * plain node and no TypeScript loader, can use it too.
 */
export const FAST_CLIENT_OPTIONS = {
  rest: { globalRequestsPerSecond: 1e6, retries: 0 },
  waitGuildTimeout: 100,
  ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
};
