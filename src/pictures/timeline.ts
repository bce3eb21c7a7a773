/**
 * The timeline: every round on record on a time axis (gaps in time show as space), each with a card of
 * its number, date at its recorded precision, city and co-chairs. A round known only from an announcement
 * is drawn hollow and dashed, at the time it was announced for; a round held elsewhere than announced
 * shows both places. Every fact comes from the knowledge base's queries.
 */

import { cityName, joinList, personName, pick } from "../knowledge/answer/format.ts";
import type { Locale } from "../knowledge/answer-types.ts";
import type { KnowledgeBase } from "../knowledge/load.ts";
import {
  type Announcement,
  announcementOf,
  cochairsOf,
  isKnown,
  samePlace,
  wasHeld,
} from "../knowledge/queries.ts";
import type { DateValue, Round } from "../knowledge/types.ts";
import { roundLabel, shortDate, TIMELINE } from "./labels.ts";
import { legend } from "./legend.ts";
import { clipText, document, text, wrapText } from "./svg.ts";
import { THEME } from "./theme.ts";
import type { Drawing, PlacedMarker } from "./types.ts";

export interface TimelineEntry {
  round: Round;
  held: boolean;
  /** the recorded date, or else the date it was announced for */
  date?: DateValue;
  announcement?: Announcement;
  /** held somewhere other than where it was announced for */
  movedFrom?: string;
  /** position on the time axis, in years (2016.6 = August 2016) */
  at: number;
}

/** Where a date sits on the axis: the middle of what its precision leaves open. */
export function yearPosition(date: DateValue): number {
  if (date.precision === "year" || date.month === undefined) return date.year + 0.5;
  const day = date.precision === "day" && date.day !== undefined ? (date.day - 0.5) / 31 : 0.5;
  return date.year + (date.month - 1 + day) / 12;
}

/** The rounds as the timeline shows them, in order, with what was announced for each. */
export function timelineEntries(kb: KnowledgeBase, locale: Locale): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const round of kb.rounds) {
    const announcement = announcementOf(kb, round.number);
    const announcedDate = announcement?.announced.date;
    const date = isKnown(round.date) ? round.date.value : announcedDate;
    const previous = entries[entries.length - 1];
    const at = date ? yearPosition(date) : (previous?.at ?? new Date().getUTCFullYear()) + 0.5;
    const entry: TimelineEntry = { round, held: wasHeld(round), at };
    if (date) entry.date = date;
    if (announcement) entry.announcement = announcement;
    const announcedPlace = announcement?.announced.place;
    if (
      announcedPlace &&
      isKnown(round.place) &&
      !samePlace(announcedPlace, cityName(round.place.value, "en"))
    )
      entry.movedFrom = cityName(announcedPlace, locale);
    entries.push(entry);
  }
  return entries;
}

/** "Canberra, 2018" — what an announcement said about place and time. */
function announcedWhat(a: Announcement, locale: Locale): string {
  const parts = [
    a.announced.place ? cityName(a.announced.place, locale) : "",
    a.announced.date ? shortDate(a.announced.date, locale) : "",
  ];
  return parts.filter(Boolean).join(pick(locale, ", ", "、"));
}

export interface CardLine {
  text: string;
  size: number;
  fill: string;
  weight?: 700;
  italic?: boolean;
  /** a coloured side tag before the text */
  tag?: { label: string; colour: string };
}

/** The lines of a round's card, top to bottom. */
export function cardLines(
  kb: KnowledgeBase,
  entry: TimelineEntry,
  locale: Locale,
  width: number,
): CardLine[] {
  const { round } = entry;
  const lines: CardLine[] = [
    { text: roundLabel(round.number, locale), size: 24, fill: THEME.text, weight: 700 },
  ];
  const note = (t: string, fill: string = THEME.warn) =>
    wrapText(t, width, 13, 3).forEach((l) => {
      lines.push({ text: l, size: 13, fill, italic: true });
    });
  if (!entry.held) {
    lines.push({ text: TIMELINE.notHeld(locale), size: 15, fill: THEME.warn, weight: 700 });
    if (entry.announcement)
      note(
        TIMELINE.announcedFor(
          announcedWhat(entry.announcement, locale),
          entry.announcement.by.number,
          locale,
        ),
        THEME.muted,
      );
    return lines;
  }
  lines.push(
    isKnown(round.date)
      ? { text: shortDate(round.date.value, locale), size: 17, fill: THEME.text, weight: 700 }
      : { text: TIMELINE.dateNotRecorded(locale), size: 15, fill: THEME.muted, italic: true },
  );
  lines.push(
    isKnown(round.place)
      ? { text: cityName(round.place.value, locale), size: 16, fill: THEME.text }
      : { text: TIMELINE.placeNotRecorded(locale), size: 15, fill: THEME.muted, italic: true },
  );
  if (entry.movedFrom && entry.announcement)
    note(TIMELINE.announcedFor(entry.movedFrom, entry.announcement.by.number, locale));
  const chairs = cochairsOf(kb, round);
  if (chairs.length === 0) {
    lines.push({ text: TIMELINE.cochairsNotRecorded(locale), size: 13, fill: THEME.muted, italic: true });
    return lines;
  }
  lines.push({ text: TIMELINE.cochairs(locale), size: 12, fill: THEME.muted });
  for (const chair of chairs) {
    const colour = chair.side === "JP" ? THEME.japan : THEME.australia;
    const name = clipText(personName(chair.person, locale), width - 34, 14);
    lines.push({ text: name, size: 14, fill: THEME.text, tag: { label: chair.side, colour } });
  }
  return lines;
}

const lineHeight = (line: CardLine) => Math.round(line.size * 1.45);
export const cardHeight = (lines: CardLine[]) => 18 + lines.reduce((sum, l) => sum + lineHeight(l), 0);

/** A round's card at (x, y), `w` × `h`; dashed and unfilled when the round is not recorded as held. */
function card(entry: TimelineEntry, lines: CardLine[], x: number, y: number, w: number, h: number): string[] {
  const edge = entry.held
    ? `fill="${THEME.band}" stroke="${THEME.border}"`
    : `fill="${THEME.card}" stroke="${THEME.faint}" stroke-width="1.5" stroke-dasharray="6 4"`;
  const out = [`<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="10" ${edge}/>`];
  let ty = y + 10;
  for (const line of lines) {
    ty += lineHeight(line);
    let tx = x + 14;
    if (line.tag) {
      out.push(`<rect x="${tx}" y="${ty - 13}" width="26" height="17" rx="4" fill="${line.tag.colour}"/>`);
      out.push(
        text(tx + 13, ty, line.tag.label, { size: 11, fill: "#ffffff", weight: 700, anchor: "middle" }),
      );
      tx += 34;
    }
    out.push(
      text(tx, ty, line.text, { size: line.size, fill: line.fill, weight: line.weight, italic: line.italic }),
    );
  }
  return out;
}

const M = 32;
const CARD = 206;
const GAP = 14;
const AXIS = 172;
const CARD_TOP = 256;

/** The time axis with a tick per year (fewer labels when there are many years). */
function axis(from: number, to: number, x: (at: number) => number): string[] {
  const out = [
    `<line x1="${x(from)}" y1="${AXIS}" x2="${x(to)}" y2="${AXIS}" stroke="${THEME.faint}" stroke-width="2"/>`,
  ];
  const step = Math.max(1, Math.ceil((to - from) / 14));
  for (let year = from; year <= to; year++) {
    const major = (year - from) % step === 0;
    out.push(
      `<line x1="${x(year)}" y1="${AXIS - (major ? 6 : 4)}" x2="${x(year)}" y2="${AXIS + (major ? 6 : 4)}" stroke="${THEME.faint}" stroke-width="1.5"/>`,
    );
    if (major && year < to)
      out.push(
        text(x(year + 0.5), AXIS - 14, String(year), { size: 14, fill: THEME.muted, anchor: "middle" }),
      );
  }
  return out;
}

/** "N years without a round recorded as held" over each stretch of two years or more between held rounds. */
function gaps(entries: TimelineEntry[], x: (at: number) => number, locale: Locale): string[] {
  const held = entries.filter((e) => e.held && e.date);
  const out: string[] = [];
  for (let i = 1; i < held.length; i++) {
    const a = held[i - 1] as TimelineEntry;
    const b = held[i] as TimelineEntry;
    const years = Math.round(b.at - a.at);
    if (years < 2) continue;
    const x1 = x(a.at) + 14;
    const x2 = x(b.at) - 14;
    out.push(
      `<path d="M${x1} ${AXIS - 36} v-6 H${x2} v6" fill="none" stroke="${THEME.warn}" stroke-width="1.2"/>`,
    );
    out.push(
      text((x1 + x2) / 2, AXIS - 50, clipText(TIMELINE.gap(years, locale), x2 - x1, 13), {
        size: 13,
        fill: THEME.warn,
        anchor: "middle",
        italic: true,
      }),
    );
  }
  return out;
}

/** A round's marker on the axis: filled when held, hollow and dashed when only announced. */
function marker(entry: TimelineEntry, cx: number): string {
  const approximate = entry.date?.approximate || entry.date?.precision === "year";
  const halo = approximate
    ? `<circle cx="${cx}" cy="${AXIS}" r="13" fill="${THEME.accent}" fill-opacity="0.15"/>`
    : "";
  return entry.held
    ? `${halo}<circle cx="${cx}" cy="${AXIS}" r="8" fill="${THEME.accent}" stroke="${THEME.card}" stroke-width="2"/>`
    : `<circle cx="${cx}" cy="${AXIS}" r="8" fill="${THEME.card}" stroke="${THEME.accent}" stroke-width="2" stroke-dasharray="3 2.5"/>`;
}

/** In words, for the attachment's description. */
function describe(kb: KnowledgeBase, entries: TimelineEntry[], locale: Locale): string {
  const parts = entries.map((e) => {
    const lines = cardLines(kb, e, locale, 10_000).slice(1);
    const chairs = lines.filter((l) => l.tag).map((l) => `${l.text} (${l.tag?.label})`);
    const facts = lines.filter((l) => !l.tag && l.text !== TIMELINE.cochairs(locale)).map((l) => l.text);
    if (chairs.length > 0)
      facts.push(
        pick(locale, `co-chairs ${joinList(chairs, locale)}`, `共同議長：${joinList(chairs, locale)}`),
      );
    return `${roundLabel(e.round.number, locale)}${pick(locale, ": ", "：")}${facts.join(pick(locale, ", ", "、"))}`;
  });
  return pick(
    locale,
    `Timeline of the ${entries.length} rounds on record. ${parts.join("; ")}.`,
    `記録された${entries.length}回の年表。${parts.join("。")}。`,
  );
}

/** The timeline as SVG, with its placed markers and alt text. */
export function drawTimeline(kb: KnowledgeBase, locale: Locale): Drawing {
  const entries = timelineEntries(kb, locale);
  const n = Math.max(1, entries.length);
  const width = Math.max(960, M * 2 + n * CARD + (n - 1) * GAP);
  const from = Math.floor(Math.min(...entries.map((e) => e.at), new Date().getUTCFullYear()));
  const to = Math.floor(Math.max(...entries.map((e) => e.at), from)) + 1;
  const x = (at: number) => M + 24 + ((at - from) / Math.max(1, to - from)) * (width - 2 * M - 48);
  const title = TIMELINE.title(locale);
  const years = entries.length
    ? `${Math.floor(entries[0]?.at ?? from)}–${Math.floor(entries.at(-1)?.at ?? to)}`
    : "";
  const body = [
    text(M, 52, title, { size: 28, fill: THEME.text, weight: 700 }),
    text(M, 82, clipText(TIMELINE.subtitle(entries.length, years, locale), width - 2 * M, 15), {
      size: 15,
      fill: THEME.muted,
    }),
    ...axis(from, to, x),
    ...gaps(entries, x, locale),
  ];
  const cardWidth = (width - 2 * M - (n - 1) * GAP) / n;
  const allLines = entries.map((e) => cardLines(kb, e, locale, cardWidth - 28));
  const height0 = Math.max(0, ...allLines.map(cardHeight));
  const markers: PlacedMarker[] = [];
  entries.forEach((entry, i) => {
    const cx = x(entry.at);
    const left = M + i * (cardWidth + GAP);
    const mid = left + cardWidth / 2;
    const dash = entry.held ? "" : ` stroke-dasharray="4 3"`;
    body.push(
      `<path d="M${cx} ${AXIS + 10} V${AXIS + 40} L${mid} ${CARD_TOP - 20} V${CARD_TOP}" fill="none" stroke="${THEME.faint}" stroke-width="1.3"${dash}/>`,
    );
    body.push(marker(entry, cx));
    body.push(...card(entry, allLines[i] ?? [], left, CARD_TOP, cardWidth, height0));
    markers.push({ round: entry.round.number, x: cx, y: AXIS, held: entry.held });
  });
  let y = CARD_TOP + height0 + 18;
  const key = legend(
    [
      {
        swatch: (lx, ly) => `<circle cx="${lx + 12}" cy="${ly + 10}" r="8" fill="${THEME.accent}"/>`,
        label: TIMELINE.legendHeld(locale),
      },
      {
        swatch: (lx, ly) =>
          `<circle cx="${lx + 12}" cy="${ly + 10}" r="8" fill="${THEME.card}" stroke="${THEME.accent}" stroke-width="2" stroke-dasharray="3 2.5"/>`,
        label: TIMELINE.legendAnnounced(locale),
      },
      {
        swatch: (lx, ly) =>
          `<circle cx="${lx + 12}" cy="${ly + 10}" r="12" fill="${THEME.accent}" fill-opacity="0.15"/><circle cx="${lx + 12}" cy="${ly + 10}" r="7" fill="${THEME.accent}"/>`,
        label: TIMELINE.legendApprox(locale),
      },
    ],
    M,
    y,
    width - 2 * M,
  );
  body.push(key.svg);
  y += key.height + 8;
  body.push(text(M, y + 12, TIMELINE.note(locale), { size: 13, fill: THEME.muted }));
  const height = Math.round(y + 30);
  return {
    svg: document(width, height, body, THEME),
    width,
    height,
    title,
    description: describe(kb, entries, locale),
    markers,
  };
}
