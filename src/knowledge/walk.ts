import type { KnowledgeBase } from "./load.ts";

export type JsonNode = Record<string, unknown>;
export type JsonPathKeys = (string | number)[];

/** Calls `visit` on every object inside `value` (arrays are walked through), with its path from `value`. */
export function walkObjects(
  value: unknown,
  visit: (node: JsonNode, path: JsonPathKeys) => void,
  path: JsonPathKeys = [],
) {
  if (Array.isArray(value)) {
    value.forEach((child, i) => {
      walkObjects(child, visit, [...path, i]);
    });
  } else if (value && typeof value === "object") {
    visit(value as JsonNode, path);
    for (const [key, child] of Object.entries(value)) walkObjects(child, visit, [...path, key]);
  }
}

/** Every record of a loaded knowledge base that can hold facts and evidence. */
export const factRecords = (kb: KnowledgeBase): unknown[] => [
  kb.dialogue,
  kb.rounds,
  [...kb.organisations.values()],
  [...kb.people.values()],
  kb.glossary,
];
