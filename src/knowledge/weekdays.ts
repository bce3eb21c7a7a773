/** The days of the week, Sunday first (index 0 = Sunday, as `Date.getUTCDay()`), in English and Japanese. */
export const WEEKDAYS_EN = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;
/** The one character each Japanese weekday is written with (日 for 日曜日). */
export const WEEKDAYS_JA = ["日", "月", "火", "水", "木", "金", "土"] as const;
