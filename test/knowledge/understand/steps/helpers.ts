/** Runs the reading of a question up to one step, over the real knowledge base. */
import type { Locale } from "../../../../src/knowledge/answer-types.ts";
import type { Step } from "../../../../src/knowledge/understand/understand.ts";
import { understander } from "../../fixture.ts";

export const scanUpTo = (question: string, step?: Step, locale?: Locale) =>
  understander.scan(question, step, locale);
