/**
 * One answer reads each text once: the conversation layer, several-questions-in-one and claim checking may
 * each ask for the reading of the same question or part, and get the same reading. A reader lives for one
 * answer (never across answers: a question asked again is read again). A text read without a language is
 * read in the one it is found to be in: asked for in that language, it is the same reading.
 */
import type { Locale } from "../answer-types.ts";
import type { Understanding } from "./hints.ts";

/** What reads a question (the Understander, or a reader for one answer). */
export interface Reader {
  understand(raw: string, forced?: Locale): Understanding;
}

export function readOnce(reader: Reader): Reader {
  const read = new Map<string, Understanding>();
  return {
    understand(raw, forced) {
      const key = (locale: Locale | undefined) => `${locale ?? ""}\u0000${raw}`;
      let understanding = read.get(key(forced));
      if (!understanding) {
        understanding = reader.understand(raw, forced);
        read.set(key(forced), understanding);
        // read in the language it was found to be in, the text reads the same when that language is given
        if (!forced) read.set(key(understanding.locale), understanding);
      }
      return understanding;
    },
  };
}
