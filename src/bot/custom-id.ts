import { INTENTS, type Intent, type Query } from "../knowledge/answer-types.ts";

/**
 * Compact, parseable `custom_id`s (Discord allows 100 characters):
 * - `dd:q:<owner>:<query>`: a "did you mean" button; the answer to that reading
 * - `dd:open:<owner>`: the select menu of /search hits; each option's value is a `<query>`
 * - `dd:del:<owner>[:<turn>]`: delete an answer; only the owner (the person who asked) may. `<turn>` is the
 *   answer's follow-up context (turn-code.ts), read when someone replies to the answer
 * where `<query>` is `<intent>:<round>:<side>:<organisation>:<person>:<term>:<relation>:<place>`
 * with empty trailing fields left off, and `<owner>` a user id (empty when unknown).
 */
export const CUSTOM_ID_MAX = 100;

export type CustomId =
  | { type: "query"; owner: string | undefined; query: Query }
  | { type: "open"; owner: string | undefined }
  /** `turn`: the encoded follow-up context, as found (turn-code.ts decodes and validates it) */
  | { type: "delete"; owner: string | undefined; turn?: string };

const ID = /^[a-z0-9][a-z0-9-]*$/;
const SNOWFLAKE = /^\d{1,20}$/;
const RELATIONS = ["attended", "cochaired", "held_in"] as const;
const isIntent = (value: string): value is Intent => (INTENTS as readonly string[]).includes(value);

/** `<query>`, or undefined when it cannot be encoded within `max` characters. */
export function encodeQuery(query: Query, max = CUSTOM_ID_MAX): string | undefined {
  const fields = [
    query.intent,
    query.round === undefined ? "" : String(query.round),
    query.side ?? "",
    query.organisation ?? "",
    query.person ?? "",
    query.term ?? "",
    query.relation ?? "",
    query.place === undefined ? "" : encodeURIComponent(query.place),
  ];
  while (fields.length > 1 && fields.at(-1) === "") fields.pop();
  const encoded = fields.join(":");
  return encoded.length <= max ? encoded : undefined;
}

/** Parses `<query>` back; anything malformed gives undefined, never a throw. */
export function decodeQuery(text: string): Query | undefined {
  const [
    intent = "",
    round = "",
    side = "",
    organisation = "",
    person = "",
    term = "",
    relation = "",
    place = "",
    ...rest
  ] = text.split(":");
  if (rest.length > 0 || !isIntent(intent)) return undefined;
  const query: Query = { intent };
  if (round !== "") {
    if (!/^[1-9]\d{0,2}$/.test(round)) return undefined;
    query.round = Number(round);
  }
  if (side !== "") {
    if (side !== "JP" && side !== "AU") return undefined;
    query.side = side;
  }
  for (const [key, value] of [
    ["organisation", organisation],
    ["person", person],
    ["term", term],
  ] as const) {
    if (value === "") continue;
    if (!ID.test(value)) return undefined;
    query[key] = value;
  }
  if (relation !== "") {
    const known = RELATIONS.find((candidate) => candidate === relation);
    if (!known) return undefined;
    query.relation = known;
  }
  if (place !== "") {
    try {
      query.place = decodeURIComponent(place);
    } catch {
      return undefined;
    }
  }
  return query;
}

const ownerField = (owner: string | undefined) => (owner && SNOWFLAKE.test(owner) ? owner : "");

/** The custom_id of a "did you mean" button, or undefined if the query does not fit. */
export function queryCustomId(query: Query, owner: string | undefined): string | undefined {
  const prefix = `dd:q:${ownerField(owner)}:`;
  const encoded = encodeQuery(query, CUSTOM_ID_MAX - prefix.length);
  return encoded === undefined ? undefined : prefix + encoded;
}

export const openCustomId = (owner: string | undefined) => `dd:open:${ownerField(owner)}`;
export const deleteCustomId = (owner: string | undefined, turn?: string) =>
  `dd:del:${ownerField(owner)}${turn ? `:${turn}` : ""}`;

export function parseCustomId(customId: string): CustomId | undefined {
  if (customId.length > CUSTOM_ID_MAX) return undefined;
  const [prefix, type, ownerText = "", ...rest] = customId.split(":");
  if (prefix !== "dd" || !/^\d{0,20}$/.test(ownerText)) return undefined;
  const owner = ownerText === "" ? undefined : ownerText;
  if (type === "q") {
    const query = rest.length > 0 ? decodeQuery(rest.join(":")) : undefined;
    return query ? { type: "query", owner, query } : undefined;
  }
  if (type === "del")
    return rest.length > 0 ? { type: "delete", owner, turn: rest.join(":") } : { type: "delete", owner };
  if (rest.length > 0) return undefined;
  if (type === "open") return { type: "open", owner };
  return undefined;
}
