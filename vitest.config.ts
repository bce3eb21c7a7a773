import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // tests do not record unanswered questions unless one turns it on (src/gaps/)
    env: { GAPS_LOG: "off" },
  },
});
