/**
 * The participation matrix: organisations (rows, grouped by side) by rounds (columns). Each cell is the
 * knowledge base's verdict on that organisation at that round (src/knowledge/attendance.ts), drawn in the
 * colour and mark of its kind; each side ends with the number of organisations its list names per round.
 */

import {
  cityName,
  countryName,
  organisationShort,
  pick,
  roundSpan,
  sideAdjective,
} from "../knowledge/answer/format.ts";
import type { Locale, Side } from "../knowledge/answer-types.ts";
import { type AttendanceVerdict, attendanceAt } from "../knowledge/attendance.ts";
import type { NameIndex } from "../knowledge/indexes.ts";
import type { KnowledgeBase } from "../knowledge/load.ts";
import { isKnown, participantsOf, SIDES, wasHeld } from "../knowledge/queries.ts";
import type { Organisation, Round } from "../knowledge/types.ts";
import { CELL_LABEL, PARTICIPATION, roundLabel, shortDate } from "./labels.ts";
import { legend } from "./legend.ts";
import { clipText, document, text, textWidth, wrapText } from "./svg.ts";
import { CELL_KINDS, CELL_STYLE, type CellKind, THEME } from "./theme.ts";
import type { Drawing, PlacedCell } from "./types.ts";

export function cellKind(verdict: AttendanceVerdict): CellKind {
  switch (verdict.status) {
    case "listed":
      return verdict.complete ? "attended" : "partial";
    case "cochair":
    case "named":
      return "indirect";
    case "absent":
      return "absent";
    case "unnamed":
    case "not_recorded":
      return "unknown";
  }
}

export interface MatrixCell {
  round: Round;
  verdict: AttendanceVerdict;
  kind: CellKind;
}

export interface MatrixGroup {
  side: Side;
  rows: { org: Organisation; cells: MatrixCell[] }[];
  /** per round: how many organisations the side's list names (undefined: no list), and whether it is complete */
  counts: { round: Round; count: number | undefined; complete: boolean }[];
}

/** Every organisation of the side(s), in the knowledge base's order, with its verdict at every round. */
export function participationMatrix(kb: KnowledgeBase, index: NameIndex, side?: Side): MatrixGroup[] {
  return (side ? [side] : SIDES).map((s) => ({
    side: s,
    rows: [...kb.organisations.values()]
      .filter((org) => org.country === s)
      .map((org) => ({
        org,
        cells: kb.rounds.map((round) => {
          const verdict = attendanceAt(kb, index, org, round);
          return { round, verdict, kind: cellKind(verdict) };
        }),
      })),
    counts: kb.rounds.map((round) => {
      const list = participantsOf(kb, round, s)[0];
      return list && isKnown(list.fact)
        ? { round, count: list.organisations.length, complete: list.fact.value.complete }
        : { round, count: undefined, complete: false };
    }),
  }));
}

const M = 32;
const RH = 34;
const HEAD = 92;
const TOP = 112;

/** Row label: the short name in bold, and the English name in grey where the short one is an acronym. */
function rowLabel(org: Organisation, locale: Locale, x: number, y: number, width: number): string {
  const short = organisationShort(org, locale);
  const parts = [text(x, y, clipText(short, width, 16, true), { size: 16, fill: THEME.text, weight: 700 })];
  const full = org.name.en;
  if (full && full !== short && !(locale === "ja" && org.name.ja)) {
    const left = x + textWidth(short, 16, true) + 8;
    const room = x + width - left;
    if (room > 40) parts.push(text(left, y, clipText(full, room, 13), { size: 13, fill: THEME.muted }));
  }
  return parts.join("");
}

/** The mark of a cell kind, centred on (cx, cy). */
export function mark(kind: CellKind, cx: number, cy: number): string {
  const { ink, mark } = CELL_STYLE[kind];
  switch (mark) {
    case "check":
    case "check-outline":
      return `<path d="M${cx - 7} ${cy} l5 5 l9 -10" fill="none" stroke="${ink}" stroke-width="${mark === "check" ? 3 : 2.2}" stroke-linecap="round" stroke-linejoin="round"/>`;
    case "ring":
      return `<circle cx="${cx}" cy="${cy}" r="6" fill="none" stroke="${ink}" stroke-width="2.4"/>`;
    case "cross":
      return `<path d="M${cx - 5} ${cy - 5} l10 10 M${cx + 5} ${cy - 5} l-10 10" stroke="${ink}" stroke-width="2.4" stroke-linecap="round"/>`;
    case "dot":
      return `<circle cx="${cx}" cy="${cy}" r="2.2" fill="${ink}"/>`;
  }
}

/** A cell's swatch and mark; `dashed` for a round not recorded as held. */
export function cell(kind: CellKind, x: number, y: number, w: number, h: number, dashed = false): string {
  const { fill } = CELL_STYLE[kind];
  const edge = dashed ? ` stroke="${THEME.faint}" stroke-dasharray="4 3"` : "";
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="5" fill="${fill}"${edge}/>${mark(kind, x + w / 2, y + h / 2)}`;
}

/** Column width: room for the widest date or city of a round header. */
function columnWidth(rounds: Round[], locale: Locale): number {
  const widths = rounds.flatMap((round) => [
    isKnown(round.date) ? textWidth(shortDate(round.date.value, locale), 13) : 0,
    isKnown(round.place) ? textWidth(cityName(round.place.value, locale), 13) : 0,
  ]);
  return Math.ceil(Math.max(92, ...widths.map((w) => w + 14)));
}

function columnHeads(rounds: Round[], locale: Locale, x0: number, CW: number): string[] {
  return rounds.flatMap((round, i) => {
    const cx = x0 + i * CW + CW / 2;
    const held = wasHeld(round);
    const style = { size: 13, fill: THEME.muted, anchor: "middle" as const };
    const lines = [
      text(cx, TOP + 26, roundLabel(round.number, locale), {
        ...style,
        size: 19,
        fill: THEME.text,
        weight: 700,
      }),
    ];
    if (isKnown(round.date)) lines.push(text(cx, TOP + 48, shortDate(round.date.value, locale), style));
    if (isKnown(round.place)) lines.push(text(cx, TOP + 66, cityName(round.place.value, locale), style));
    if (!held) {
      const words = wrapText(PARTICIPATION.notHeld(locale), CW - 8, 12, 2);
      words.forEach((w, j) => {
        lines.push(text(cx, TOP + 48 + j * 16, w, { ...style, size: 12, fill: THEME.warn, italic: true }));
      });
    }
    return lines;
  });
}

const countText = (c: MatrixGroup["counts"][number]) =>
  c.count === undefined ? "–" : `${c.count}${c.complete ? "" : "+"}`;

/** One side's block: its heading, a row per organisation, and the count row. */
function sideBlock(
  group: MatrixGroup,
  locale: Locale,
  geometry: { x0: number; y0: number; labelWidth: number; CW: number },
  cells: PlacedCell[],
): { svg: string[]; height: number } {
  const { x0, y0, labelWidth, CW } = geometry;
  const colour = group.side === "JP" ? THEME.japan : THEME.australia;
  const right = x0 + labelWidth + group.counts.length * CW;
  const svg = [
    `<rect x="${x0}" y="${y0 + 8}" width="5" height="20" rx="2" fill="${colour}"/>`,
    text(
      x0 + 14,
      y0 + 25,
      pick(
        locale,
        `${countryName(group.side, locale)} (${group.rows.length})`,
        `${countryName(group.side, locale)}（${group.rows.length}）`,
      ),
      {
        size: 17,
        fill: colour,
        weight: 700,
      },
    ),
  ];
  let y = y0 + 36;
  for (const [r, row] of group.rows.entries()) {
    if (r % 2 === 1)
      svg.push(
        `<rect x="${x0 - 8}" y="${y}" width="${right - x0 + 16}" height="${RH}" fill="${THEME.band}"/>`,
      );
    svg.push(rowLabel(row.org, locale, x0 + 4, y + 23, labelWidth - 12));
    for (const [i, c] of row.cells.entries()) {
      const x = x0 + labelWidth + i * CW + 4;
      svg.push(cell(c.kind, x, y + 3, CW - 8, RH - 6, !wasHeld(c.round)));
      cells.push({
        organisation: row.org.id,
        round: c.round.number,
        kind: c.kind,
        x,
        y: y + 3,
        w: CW - 8,
        h: RH - 6,
      });
    }
    y += RH;
  }
  svg.push(`<line x1="${x0}" y1="${y + 1}" x2="${right}" y2="${y + 1}" stroke="${THEME.rule}"/>`);
  svg.push(text(x0 + 4, y + 24, PARTICIPATION.listed(locale), { size: 14, fill: THEME.muted, italic: true }));
  for (const [i, c] of group.counts.entries()) {
    const cx = x0 + labelWidth + i * CW + CW / 2;
    svg.push(text(cx, y + 24, countText(c), { size: 16, fill: THEME.text, weight: 700, anchor: "middle" }));
  }
  return { svg, height: y + 40 - y0 };
}

/** In words, for the attachment's description: what the matrix shows, round by round. */
function describe(kb: KnowledgeBase, groups: MatrixGroup[], locale: Locale): string {
  const sides = groups.map((g) =>
    pick(
      locale,
      `${g.rows.length} ${sideAdjective(g.side, locale)}`,
      `${sideAdjective(g.side, locale)}${g.rows.length}`,
    ),
  );
  const rounds = kb.rounds.map((round, i) => {
    const parts = groups.map((g) => {
      const c = g.counts[i];
      const name = countryName(g.side, locale);
      if (!c || c.count === undefined) return pick(locale, `${name}: no list`, `${name}：記録なし`);
      return pick(locale, `${name}: ${countText(c)}`, `${name}：${countText(c)}機関`);
    });
    const held = wasHeld(round) ? "" : pick(locale, " (not recorded as held)", "（開催記録なし）");
    return `${roundLabel(round.number, locale)}${held}${pick(locale, ": ", "：")}${parts.join(pick(locale, ", ", "・"))}`;
  });
  return pick(
    locale,
    `Participation matrix: ${sides.join(" and ")} organisations (rows) by round (columns); cells show attended, named in a possibly partial list, took part indirectly, not in a complete list, or not recorded. Organisations listed per round: ${rounds.join("; ")}.`,
    `参加機関の表：${sides.join("・")}の機関（行）× 回（列）。各セルは参加・一部のみの一覧に記載・間接的な参加・完全な一覧に記載なし・記録なしを示します。回ごとの一覧の機関数：${rounds.join("、")}。`,
  );
}

/** The participation matrix of one side or both, as SVG with its placed cells and alt text. */
export function drawParticipation(kb: KnowledgeBase, index: NameIndex, locale: Locale, side?: Side): Drawing {
  const groups = participationMatrix(kb, index, side);
  const labels = groups.flatMap((g) => g.rows.map((r) => organisationShort(r.org, locale)));
  const labelWidth = Math.min(400, Math.max(300, ...labels.map((l) => textWidth(l, 16, true) + 150)));
  const CW = columnWidth(kb.rounds, locale);
  const width = Math.round(Math.max(900, M * 2 + labelWidth + kb.rounds.length * CW));
  const x0 = M;
  const title = PARTICIPATION.title(locale) + (side ? ` · ${countryName(side, locale)}` : "");
  const body = [
    text(M, 52, title, { size: 28, fill: THEME.text, weight: 700 }),
    text(M, 82, clipText(PARTICIPATION.subtitle(roundSpan(kb, locale), locale), width - 2 * M, 15), {
      size: 15,
      fill: THEME.muted,
    }),
    ...columnHeads(kb.rounds, locale, x0 + labelWidth, CW),
  ];
  const cells: PlacedCell[] = [];
  let y = TOP + HEAD;
  for (const group of groups) {
    const block = sideBlock(group, locale, { x0, y0: y, labelWidth, CW }, cells);
    body.push(...block.svg);
    y += block.height + 8;
  }
  const items = CELL_KINDS.map((kind) => ({
    swatch: (x: number, sy: number) => cell(kind, x, sy, 24, 20),
    label: CELL_LABEL[kind][locale],
  }));
  const key = legend(items, M, y + 4, width - 2 * M);
  body.push(key.svg);
  y += key.height + 12;
  const note = wrapText(PARTICIPATION.note(locale), width - 2 * M, 13, 3);
  note.forEach((line, i) => {
    body.push(text(M, y + 14 + i * 19, line, { size: 13, fill: THEME.muted }));
  });
  const height = Math.round(y + 14 + note.length * 19 + 16);
  const svg = document(width, height, body, THEME);
  return { svg, width, height, title, description: describe(kb, groups, locale), cells };
}
