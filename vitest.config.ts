import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // many tests wait on child processes and sockets, not the CPU: two workers even on a 2-core machine
    // (vitest's default there is one)
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // tests do not record unanswered questions unless one turns it on (src/gaps/)
    env: { GAPS_LOG: "off" },
  },
});
