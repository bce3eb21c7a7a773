/**
 * A TurnContext as a short string, carried inside an answer message (in its delete button's custom_id) so that
 * a reply to that answer is read in its context even after a restart, by any replica, with no shared memory:
 *
 *   `<locale><flags><rounds>[^<earlier>][~<place>]/<query>`   e.g. `e2/cochairs:2`, `j1,2/agencies:1:AU`,
 *   `e1~Canberra/when_where:1`, `e^2/when_where:1`
 *
 * `<locale>` is `e` or `j`; `<flags>` lower-case letters, one a true boolean of the context (`y`: a yes/no
 * question); `<rounds>` the rounds the turn was about, comma-separated (may be empty); `<earlier>` the round of
 * the turn before it; `<place>` the place it was
 * about (what "there" refers to; spaces as `_`), when its name is plain letters;
 * `<query>` the query as custom-id.ts encodes it. Anything that does not decode to exactly what was encoded
 * (a context with a field this code does not know) is not carried at all rather than carried wrongly.
 */
import { isDeepStrictEqual } from "node:util";
import type { Locale, TurnContext } from "../knowledge/answer-types.ts";
import { CUSTOM_ID_MAX, decodeQuery, deleteCustomId, encodeQuery, parseCustomId } from "./custom-id.ts";

const LOCALE_CODES: Record<Locale, string> = { en: "e", ja: "j" };
/** The context's boolean members, each carried as one letter when true. */
const FLAGS = { yesno: "y" } as const satisfies Partial<Record<keyof TurnContext, string>>;
const FLAG_NAMES = Object.keys(FLAGS) as (keyof typeof FLAGS)[];
const HEAD = /^([a-z])([a-z]*)([\d,]*)(?:\^([1-9]\d{0,2}))?$/;
/** More rounds than this in one turn is not a conversation anyone is having; such a context is not carried. */
export const MAX_TURN_ROUNDS = 20;
const ROUND = /^[1-9]\d{0,2}$/;
/** A place's name as carried: letters, spaces (as `_`), dots, hyphens and apostrophes, no longer than this. */
const PLACE = /^[A-Za-z][A-Za-z_.'-]{0,39}$/;

/** The place section of the code: empty without a place; undefined when the name cannot be carried. */
function encodePlace(place: string | undefined): string | undefined {
  if (place === undefined) return "";
  const code = place.replace(/ /g, "_");
  return PLACE.test(code) ? `~${code}` : undefined;
}

/**
 * The context as plain JSON (no undefined members, false flags or empty round list), to compare encoded with
 * decoded. The topic words asked about are not carried (free text does not fit a custom_id): a reply after a
 * restart reads the round and what was asked, without them.
 */
function plain(context: TurnContext): unknown {
  const json = JSON.parse(JSON.stringify(context)) as TurnContext;
  delete json.topicWords;
  if (Array.isArray(json.rounds) && json.rounds.length === 0) delete json.rounds;
  for (const name of FLAG_NAMES) if (json[name] === false) delete json[name];
  return json;
}

function encodeRaw(context: TurnContext): string | undefined {
  const locale = LOCALE_CODES[context.locale];
  const rounds = context.rounds ?? [];
  if (locale === undefined || !Array.isArray(rounds) || rounds.length > MAX_TURN_ROUNDS) return undefined;
  if (!rounds.every((round) => Number.isInteger(round) && ROUND.test(String(round)))) return undefined;
  const flags = FLAG_NAMES.filter((name) => context[name] === true)
    .map((name) => FLAGS[name])
    .join("");
  const query = encodeQuery(context.query, Number.POSITIVE_INFINITY);
  const place = encodePlace(context.place);
  if (query === undefined || place === undefined) return undefined;
  const earlier = context.earlier === undefined ? "" : `^${context.earlier}`;
  return `${locale}${flags}${rounds.join(",")}${earlier}${place}/${query}`;
}

/** The encoded context, or undefined when it does not fit in `max` characters or would not decode exactly. */
export function encodeTurn(context: TurnContext, max: number): string | undefined {
  try {
    const encoded = encodeRaw(context);
    if (encoded === undefined || encoded.length > max) return undefined;
    const decoded = decodeTurn(encoded);
    return decoded !== undefined && isDeepStrictEqual(plain(decoded), plain(context)) ? encoded : undefined;
  } catch {
    return undefined; // a context of an unexpected shape is simply not carried
  }
}

/** Parses an encoded context; anything malformed gives undefined, never a throw. */
export function decodeTurn(text: string): TurnContext | undefined {
  if (typeof text !== "string" || text.length > 200) return undefined;
  const slash = text.indexOf("/");
  if (slash < 1) return undefined;
  const [head = "", placeCode, ...rest] = text.slice(0, slash).split("~");
  if (rest.length > 0) return undefined;
  if (placeCode !== undefined && !PLACE.test(placeCode)) return undefined;
  const [, localeCode = "", flagCodes = "", roundsText = "", earlierText] = HEAD.exec(head) ?? [];
  const locale = (Object.keys(LOCALE_CODES) as Locale[]).find((l) => LOCALE_CODES[l] === localeCode);
  if (locale === undefined) return undefined;
  const flags = FLAG_NAMES.filter((name) => flagCodes.includes(FLAGS[name]));
  if (flags.map((name) => FLAGS[name]).join("") !== flagCodes) return undefined; // unknown or repeated
  const parts = roundsText === "" ? [] : roundsText.split(",");
  if (parts.length > MAX_TURN_ROUNDS || !parts.every((part) => ROUND.test(part))) return undefined;
  const query = decodeQuery(text.slice(slash + 1));
  if (query === undefined) return undefined;
  const context: TurnContext = { query, locale };
  for (const name of flags) context[name] = true;
  if (parts.length > 0) context.rounds = parts.map(Number);
  if (placeCode !== undefined) context.place = placeCode.replace(/_/g, " ");
  if (earlierText !== undefined) context.earlier = Number(earlierText);
  return context;
}

/** The delete button's custom_id of an answer, carrying the answer's context when it fits in 100 characters. */
export function answerDeleteId(owner: string | undefined, context: TurnContext | undefined): string {
  const base = deleteCustomId(owner);
  const turn = context ? encodeTurn(context, CUSTOM_ID_MAX - base.length - 1) : undefined;
  return deleteCustomId(owner, turn);
}

/** A component as Discord sends it (JSON): action rows hold buttons and menus, which have custom_ids. */
interface ComponentJson {
  custom_id?: unknown;
  components?: unknown;
}

/**
 * The follow-up context carried by a message's components (its delete button), or undefined: none, or
 * anything malformed, which is ignored.
 */
export function turnFromComponents(components: unknown): TurnContext | undefined {
  if (!Array.isArray(components)) return undefined;
  for (const row of components.slice(0, 10) as ComponentJson[]) {
    const inner = Array.isArray(row?.components) ? (row.components as ComponentJson[]) : [row];
    for (const component of inner.slice(0, 25)) {
      if (typeof component?.custom_id !== "string") continue;
      const parsed = parseCustomId(component.custom_id);
      if (parsed?.type === "delete" && parsed.turn !== undefined) return decodeTurn(parsed.turn);
    }
  }
  return undefined;
}
