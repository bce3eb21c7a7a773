/**
 * A question that lists several claims ("r1 canberra, r2 tokyo, r3 canberra right?",
 * 「第1回はキャンベラ、第2回は東京ですよね」) cut into its parts, each read on its own.
 */
// not the comma of a date ("February 13, 2016")
const CUT = /\s*(?:[,，](?!\s*(?:19|20)\d\d\b)|[;；、]|\s(?:and|but|while|whereas|then)\s|。(?=.))\s*/i;

export function splitClaims(text: string): string[] {
  return text
    .split(CUT)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
