import { randomBytes } from "node:crypto";
import type { CommandResult } from "../commands/types.ts";

/** The fields of the one log line written per interaction, message or console line. */
export interface Outcome {
  command: string;
  round?: number | null;
  intent?: string;
  /** answered | low_confidence | search | info | notice | stale | denied | deleted | autocomplete | ignored | error */
  outcome: string;
  hits?: number;
  /** a question read as a follow-up: in the answer it replies to, or in the asker's recent turn */
  followUp?: "reply" | "recent";
}

export function describeResult(command: string, result: CommandResult): Outcome {
  switch (result.kind) {
    case "answer":
      return {
        command,
        round: result.answer.round,
        intent: result.answer.intent,
        outcome: result.answer.confidence === "high" ? "answered" : "low_confidence",
      };
    case "search":
      return { command, outcome: "search", hits: result.hits.length };
    default:
      return { command, outcome: result.kind };
  }
}

/** A short id shown to the user and written in the error log line, to find one from the other. */
export const errorReference = (): string => randomBytes(4).toString("hex");
