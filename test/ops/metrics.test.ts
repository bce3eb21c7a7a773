import { describe, expect, it } from "vitest";
import type { Reloader } from "../../src/bot/reload.ts";
import { commandLabelOf, Metrics } from "../../src/ops/metrics.ts";
import { countReloads } from "../../src/ops/reloads.ts";

describe("metrics", () => {
  it("labels come from fixed sets: an unknown command counts as other", async () => {
    const metrics = new Metrics({
      mode: "http",
      knowledge: () => undefined,
      ready: () => false,
      processMetrics: false,
    });
    metrics.observe("interaction", { command: "cochairs", outcome: "answered" }, 0.4);
    metrics.observe("interaction", { command: "no-such-command-1234", outcome: "made-up" }, 1);
    metrics.observe("message", { command: "mention", outcome: "cooldown" }, 0.1);
    metrics.observe("interaction", { command: "ask", outcome: "error" }, 3);
    const { body } = await metrics.render();
    expect(body).toContain('command="other",outcome="other"');
    expect(body).not.toContain("no-such-command-1234");
    expect(body).toContain('dialogue_desk_cooldown_hits_total{source="message",mode="http"} 1');
    expect(body).toContain('dialogue_desk_errors_total{kind="interaction",mode="http"} 1');
    expect(body).toContain('dialogue_desk_kb_version{mode="http"} 0');
    expect(body).toContain('dialogue_desk_ready{mode="http"} 0');
    expect(commandLabelOf("component:dd:q")).toBe("component:dd:q");
  });

  it("counts reloads by trigger and result", async () => {
    const metrics = new Metrics({
      mode: "gateway",
      knowledge: () => undefined,
      ready: () => true,
      processMetrics: false,
    });
    let ok = true;
    const inner: Reloader = {
      reload: () => (ok ? { ok, version: 2, counts: {} as never } : { ok: false, version: 2, errors: [] }),
    };
    const reloader = countReloads(inner, metrics);
    reloader.reload("command");
    ok = false;
    reloader.reload("watch");
    const { body } = await metrics.render();
    expect(body).toContain('dialogue_desk_kb_reloads_total{trigger="command",result="ok",mode="gateway"} 1');
    expect(body).toContain(
      'dialogue_desk_kb_reloads_total{trigger="watch",result="rejected",mode="gateway"} 1',
    );
    expect(countReloads(inner, undefined)).toBe(inner);
  });
});
