/**
 * Claims about what people were (an organisation's official, a title at a round), what one round announced
 * of another, and what two rounds share, for the claim suite (suite.ts). Expectations by plain rules on
 * the data.
 */
import { organisationShort } from "../answer/format.ts";
import type { KnowledgeBase } from "../load.ts";
import { isKnown, knownCities } from "../queries.ts";
import type { Place, Round } from "../types.ts";
import { weekdayOf } from "./dates.ts";
import { ord, type Say } from "./suite-dates.ts";
import type { Verdict } from "./types.ts";

const cityEn = (p: Place) => p.city.en ?? p.city.ja ?? "";
const nameEn = (n: { en?: string; ja?: string }) => n.en ?? n.ja ?? "";

/** A person's recorded organisations: Yes for theirs, No for another one on record, none recorded: not recorded. */
export function personOrgClaims(kb: KnowledgeBase, say: Say): void {
  const orgIds = new Set([...kb.people.values()].flatMap((p) => p.roles.map((r) => r.organisation)));
  for (const person of kb.people.values()) {
    if (!person.name.en) continue;
    const own = new Set(person.roles.map((r) => r.organisation).filter((o) => o !== undefined));
    for (const id of orgIds) {
      const org = id ? kb.organisations.get(id) : undefined;
      if (!org) continue;
      const expect: Verdict = own.size === 0 ? "unrecorded" : own.has(org.id) ? "yes" : "no";
      const fact = `person ${person.id} of organisation ${org.id}`;
      say(`Was ${person.name.en} a ${organisationShort(org, "en")} official?`, "en", expect, fact);
      say(`Did ${person.name.en} work for ${organisationShort(org, "en")}?`, "en", expect, fact);
    }
  }
}

/** Every word of a title (but "of", "for"…) in the recorded one, or the person's side ("Australian Ambassador"). */
function within(title: string, recorded: string | undefined, side: "JP" | "AU"): boolean {
  const words = (t: string) =>
    t
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w && !["of", "for", "in", "the", "and"].includes(w));
  const have = new Set([
    ...words(recorded ?? ""),
    ...(side === "AU" ? ["australian", "australia"] : ["japanese", "japan"]),
  ]);
  return words(recorded ?? "").length > 0 && words(title).every((w) => have.has(w));
}

/** A person's title at a round: the recorded one Yes, every other recorded title (of two words or more) No. */
export function titleClaims(kb: KnowledgeBase, say: Say): void {
  const titles = new Set(
    [...kb.people.values()]
      .flatMap((p) => p.roles.map((r) => r.title.en ?? ""))
      .filter((t) => /\w+ \w+/.test(t)),
  );
  for (const person of kb.people.values()) {
    for (const role of person.roles) {
      for (const n of role.rounds) {
        for (const title of titles) {
          if (title.includes(",")) continue;
          const expect: Verdict =
            role.title.en === title || within(title, role.title.en, person.country) ? "yes" : "no";
          const fact = `person ${person.id} title at round ${n}`;
          say(`At round ${n}, was ${nameEn(person.name)} the ${title}?`, "en", expect, fact);
          say(`Was ${nameEn(person.name)} the ${title} at the ${ord(n)} round?`, "en", expect, fact);
        }
      }
    }
  }
}

/** "Did round 2 announce the 3rd round for Canberra?": the announcing round's city and year; another round: No. */
export function announcedByClaims(kb: KnowledgeBase, round: Round, say: Say): void {
  const next = round.nextRoundAnnounced;
  if (!isKnown(next) || !next.value.place) return;
  const { round: m, place, date } = next.value;
  const n = round.number;
  for (const city of knownCities(kb)) {
    const expect: Verdict = cityEn(city) === cityEn(place) ? "yes" : "no";
    const fact = `round ${n} announced round ${m} for ${cityEn(city)}`;
    say(`Did round ${n} announce the ${ord(m)} round for ${cityEn(city)}?`, "en", expect, fact);
    say(
      `Round ${n} announced that the ${ord(m)} round would be held in ${cityEn(city)}, right?`,
      "en",
      expect,
      fact,
    );
    say(`Did the ${ord(n)} round say the next one would be in ${cityEn(city)}?`, "en", expect, fact);
  }
  if (date) {
    for (const year of [date.year - 1, date.year, date.year + 1]) {
      const expect: Verdict = year === date.year ? "yes" : "no";
      say(
        `Did round ${n} announce the ${ord(m)} round for ${year}?`,
        "en",
        expect,
        `round ${n} announced round ${m} in ${year}`,
      );
    }
  }
  for (const other of kb.rounds) {
    if (other.number === n || other.number === m) continue;
    const fact = `round ${other.number} announced round ${m}`;
    say(`Did round ${other.number} announce the ${ord(m)} round for ${cityEn(place)}?`, "en", "no", fact);
  }
}

type Aspect = "weekday" | "place" | "year";

function aspectValue(round: Round, aspect: Aspect): string | undefined {
  if (aspect === "place") return isKnown(round.place) ? cityEn(round.place.value) : undefined;
  if (!isKnown(round.date)) return undefined;
  const d = round.date.value;
  if (aspect === "year") return String(d.year);
  const exact = d.precision === "day" && !d.approximate && d.month !== undefined && d.day !== undefined;
  return exact && d.month !== undefined && d.day !== undefined
    ? String(weekdayOf(d.year, d.month, d.day))
    : undefined;
}

/** Two rounds compared: Yes only when both values are recorded and equal, No when both differ. */
export function sameClaims(kb: KnowledgeBase, say: Say): void {
  for (const a of kb.rounds) {
    for (const b of kb.rounds) {
      if (b.number <= a.number) continue;
      const [x, y] = [a.number, b.number];
      for (const aspect of ["weekday", "place", "year"] as const) {
        const va = aspectValue(a, aspect);
        const vb = aspectValue(b, aspect);
        const expect: Verdict =
          va === undefined || vb === undefined ? "unrecorded" : va === vb ? "yes" : "no";
        const fact = `rounds ${x} and ${y} same ${aspect}`;
        if (aspect === "weekday") {
          say(`Were rounds ${x} and ${y} held on the same weekday?`, "en", expect, fact);
          say(`第${x}回と第${y}回は同じ曜日に開催されましたか？`, "ja", expect, fact);
        } else if (aspect === "place") {
          say(`Were the ${ord(x)} and ${ord(y)} rounds held in the same city?`, "en", expect, fact);
          say(`第${x}回と第${y}回は同じ都市で開催されましたか？`, "ja", expect, fact);
        } else {
          say(`Did rounds ${x} and ${y} take place in the same year?`, "en", expect, fact);
        }
      }
    }
  }
}
