import { describe, expect, it } from "vitest";
import {
  announcementBy,
  announcementOf,
  cochairsOf,
  latestAnnouncement,
  latestHeldRound,
  latestRound,
  latestRoundRecording,
  participantsOf,
  roundByNumber,
  roundsAttendedBy,
  roundsCochairedBy,
  roundsHeldIn,
  roundsInYear,
  samePlace,
} from "../../src/knowledge/queries.ts";
import { kb } from "./fixture.ts";

const round = (n: number) => {
  const r = roundByNumber(kb, n);
  if (!r) throw new Error(`no round ${n}`);
  return r;
};

describe("queries over the knowledge base", () => {
  it("finds rounds by number, the latest, and the latest that records a fact", () => {
    expect(roundByNumber(kb, 7)).toBeUndefined();
    expect(latestRound(kb)?.number).toBe(5);
    expect(latestHeldRound(kb)?.number).toBe(5);
    expect(latestRoundRecording(kb, "cochairs")?.number).toBe(3);
    expect(latestRoundRecording(kb, "participants")?.number).toBe(5);
    expect(latestRoundRecording(kb, "participants", "JP")?.number).toBe(3);
    expect(latestRoundRecording(kb, "next")?.number).toBe(3);
  });

  it("gives co-chairs and participants by side", () => {
    expect(cochairsOf(kb, round(2)).map((c) => [c.side, c.person.id])).toEqual([
      ["JP", "mizushima-koichi"],
      ["AU", "mckinnon-rob"],
    ]);
    expect(cochairsOf(kb, round(5))).toEqual([]);
    const au5 = participantsOf(kb, round(5), "AU")[0];
    expect(au5?.organisations.map((o) => o.id)).toEqual(["home-affairs", "dfat", "acsc"]);
    expect(au5?.fact.status === "known" && au5.fact.value.complete).toBe(false);
  });

  it("keeps what was announced apart from what happened", () => {
    const by2 = announcementBy(kb, round(2));
    expect(by2?.announced.round).toBe(3);
    expect(by2?.announced.place?.city.en).toBe("Canberra");
    expect(by2?.target?.place.status === "known" && by2.target.place.value.city.en).toBe("Tokyo");
    expect(announcementOf(kb, 4)?.by.number).toBe(3);
    expect(announcementOf(kb, 2)).toBeUndefined();
    expect(latestAnnouncement(kb)?.announced.round).toBe(4);
  });

  it("finds rounds by year, by city or country, by organisation and by person", () => {
    expect(roundsInYear(kb, 2016).map((r) => r.number)).toEqual([2]);
    expect(roundsInYear(kb, 2018)).toEqual([]);
    expect(roundsHeldIn(kb, "Tokyo").map((r) => r.number)).toEqual([2, 3, 5]);
    expect(roundsHeldIn(kb, "キャンベラ").map((r) => r.number)).toEqual([1]);
    expect(roundsHeldIn(kb, "Japan").map((r) => r.number)).toEqual([2, 3, 5]);
    expect(roundsAttendedBy(kb, "npa").map((a) => a.round.number)).toEqual([1, 2, 3]);
    expect(roundsCochairedBy(kb, "feakin-tobias").map((c) => c.round.number)).toEqual([3]);
    expect(samePlace({ city: { en: "Tokyo", ja: "東京" }, country: "JP" }, "東京")).toBe(true);
  });
});
