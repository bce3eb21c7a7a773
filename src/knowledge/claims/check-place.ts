/** Checks of where a round was held, where it was announced for, and whether it was held at all. */
import { formatDate } from "../answer/format.ts";
import type { KnowledgeBase } from "../load.ts";
import { type Announcement, announcementOf, isKnown, roundByNumber, samePlace } from "../queries.ts";
import type { Place } from "../types.ts";
import { checked, roundEn, roundJa } from "./text.ts";
import type { Check, Claim } from "./types.ts";

const city = (place: Place, locale: "en" | "ja") =>
  (locale === "ja" ? (place.city.ja ?? place.city.en) : (place.city.en ?? place.city.ja)) ?? "";

/** "the 2nd round announced it for Canberra in 2017" / "第2回で、2017年にキャンベラで開催予定と発表されていました" */
function announcedClause(a: Announcement): { en: string; ja: string } {
  const place = a.announced.place;
  const date = a.announced.date;
  return {
    en: `${roundEn(a.by.number)} had announced it for ${place ? city(place, "en") : "a place not recorded"}${date ? ` in ${formatDate(date, "en")}` : ""}`,
    ja: `${roundJa(a.by.number)}で${date ? `${formatDate(date, "ja")}に` : ""}${place ? `${city(place, "ja")}で` : ""}開催予定と発表されていました`,
  };
}

export function checkPlace(kb: KnowledgeBase, claim: Claim & { kind: "place" }): Check {
  if (claim.as === "announced") return checkAnnouncedPlace(kb, claim);
  const n = claim.round;
  const round = roundByNumber(kb, n);
  const a = announcementOf(kb, n);
  const fact = round?.place;
  if (!isKnown(fact)) {
    const note = a ? announcedClause(a) : undefined;
    const held = round && isKnown(round.held);
    return checked(
      claim,
      "unrecorded",
      `where ${roundEn(n)} was held is not recorded${held ? "" : ` (it is not recorded as held${note ? `; ${note.en}` : ""})`}`,
      `${roundJa(n)}の開催地は記録されていません${held ? "" : `（開催の記録もありません${note ? `。${note.ja}` : ""}）`}`,
      a?.evidence ?? [],
    );
  }
  const yes = samePlace(fact.value, claim.place);
  let en = `${roundEn(n)} was held in ${city(fact.value, "en")}`;
  let ja = `${roundJa(n)}は${city(fact.value, "ja")}で開催されました`;
  if (!yes) {
    en += `, not ${claim.place}`;
    ja += `（${claim.place}ではありません）`;
    if (a?.announced.place && samePlace(a.announced.place, claim.place)) {
      const note = announcedClause(a);
      en += ` (${note.en})`;
      ja += `。${note.ja}`;
    }
  }
  return checked(claim, yes ? "yes" : "no", en, ja, fact.evidence);
}

/** "not by the 3rd round": the round said to have announced it is not the one on record. */
export function otherBy(a: Announcement, by: number | undefined): { en: string; ja: string } {
  if (by === undefined || by === a.by.number) return { en: "", ja: "" };
  return {
    en: ` (it was announced by ${roundEn(a.by.number)}, not by ${roundEn(by)})`,
    ja: `（発表したのは${roundJa(a.by.number)}で、${roundJa(by)}ではありません）`,
  };
}

function checkAnnouncedPlace(kb: KnowledgeBase, claim: Claim & { kind: "place" }): Check {
  const n = claim.round;
  const a = announcementOf(kb, n);
  const place = a?.announced.place;
  if (!a || !place) {
    return checked(
      claim,
      "unrecorded",
      `no announcement of where ${roundEn(n)} would be held is recorded`,
      `${roundJa(n)}の開催予定地の発表は記録されていません`,
    );
  }
  const yes = samePlace(place, claim.place) && (claim.by === undefined || claim.by === a.by.number);
  const note = announcedClause(a);
  const round = roundByNumber(kb, n);
  const held = round && isKnown(round.place) ? round.place.value : undefined;
  const heldNote = held
    ? { en: `; it was held in ${city(held, "en")}`, ja: `。実際の開催地は${city(held, "ja")}です` }
    : { en: "", ja: "" };
  return checked(
    claim,
    yes ? "yes" : "no",
    `${note.en.replace("had announced it", `announced ${roundEn(n)}`)}${samePlace(place, claim.place) ? "" : `, not ${claim.place}`}${otherBy(a, claim.by).en}${heldNote.en}`,
    `${roundJa(n)}は${note.ja}${samePlace(place, claim.place) ? "" : `（${claim.place}ではありません）`}${otherBy(a, claim.by).ja}${heldNote.ja}`,
    a.evidence,
  );
}

export function checkHeld(kb: KnowledgeBase, claim: Claim & { kind: "held" }): Check {
  const n = claim.round;
  const round = roundByNumber(kb, n);
  const a = announcementOf(kb, n);
  if (round && isKnown(round.held)) {
    const yes = round.held.value;
    const when = isKnown(round.date) ? ` ${formatDate(round.date.value, "en")}` : "";
    const where = isKnown(round.place) ? ` in ${city(round.place.value, "en")}` : "";
    return checked(
      claim,
      yes ? "yes" : "no",
      yes
        ? `${roundEn(n)} was held${where}${when ? `,${when}` : ""}`
        : `${roundEn(n)} is recorded as not held`,
      yes
        ? `${roundJa(n)}は${isKnown(round.date) ? formatDate(round.date.value, "ja") : ""}${isKnown(round.place) ? `に${city(round.place.value, "ja")}で` : ""}開催されました`
        : `${roundJa(n)}は開催されなかったと記録されています`,
      round.held.evidence,
    );
  }
  const note = a ? announcedClause(a) : undefined;
  return checked(
    claim,
    "unrecorded",
    `no source on record says ${roundEn(n)} was held${note ? ` (${note.en})` : ""}`,
    `${roundJa(n)}の開催は記録されていません${note ? `（${note.ja}）` : ""}`,
    a?.evidence ?? [],
  );
}
