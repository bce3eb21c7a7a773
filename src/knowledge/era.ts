/**
 * The Japanese era calendar (和暦) for the years of the dialogue: each era by its name, its first day and the
 * Gregorian year of its first year. Read in questions ("平成28年", "Heisei 28") and written in answers.
 */
export interface Era {
  name: string;
  en: string;
  /** its first day (UTC milliseconds) */
  from: number;
  /** the Gregorian year of its first year (元年) */
  year: number;
}

/** Latest first. */
export const ERAS: readonly Era[] = [
  { name: "令和", en: "Reiwa", from: Date.UTC(2019, 4, 1), year: 2019 },
  { name: "平成", en: "Heisei", from: Date.UTC(1989, 0, 8), year: 1989 },
];

/** The Gregorian year of an era's year ("平成", 28 → 2016; "Heisei", 1 → 1989), or undefined. */
export function gregorianYear(era: string, n: number): number | undefined {
  const found = ERAS.find((e) => e.name === era || e.en.toLowerCase() === era.toLowerCase());
  return found && n >= 1 ? found.year + n - 1 : undefined;
}

/** "Heisei 28", "Reiwa 5" in English text, as the Gregorian year ("2016"). */
export const westernEraYears = (text: string): string =>
  text.replace(/\b(heisei|reiwa)\s+(\d{1,2})\b/gi, (whole, era: string, n: string) =>
    String(gregorianYear(era, Number(n)) ?? whole),
  );
