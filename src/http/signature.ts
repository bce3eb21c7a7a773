/**
 * Discord signs every HTTP interaction with the application's Ed25519 key: `X-Signature-Ed25519` is the hex
 * signature of `X-Signature-Timestamp` + the raw body. node:crypto verifies it; no extra dependency.
 */
import { createPublicKey, type KeyObject, verify } from "node:crypto";

/** A request signed longer ago than this (or this far in the future) is refused as a replay. */
export const REPLAY_WINDOW_S = 300;

/** The application's public key (64 hex characters, as the Developer Portal shows it). */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error("the public key must be 64 hex characters");
  const x = Buffer.from(hex, "hex").toString("base64url");
  return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x }, format: "jwk" });
}

export type Refusal =
  | "missing_signature"
  | "malformed_signature"
  | "malformed_timestamp"
  | "stale_timestamp"
  | "bad_signature";

export interface SignedHeaders {
  signature: string | undefined;
  timestamp: string | undefined;
}

/** What can be checked before the body arrives: both headers present and well formed, the timestamp fresh. */
export function checkHeaders(headers: SignedHeaders, nowMs: number): Refusal | undefined {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp) return "missing_signature";
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return "malformed_signature";
  if (!/^\d{1,12}$/.test(timestamp)) return "malformed_timestamp";
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > REPLAY_WINDOW_S) return "stale_timestamp";
  return undefined;
}

/** The signature matches the timestamp and this exact body. */
export function signatureMatches(
  key: KeyObject,
  headers: { signature: string; timestamp: string },
  body: Buffer,
): boolean {
  const message = Buffer.concat([Buffer.from(headers.timestamp, "utf8"), body]);
  try {
    return verify(null, message, key, Buffer.from(headers.signature, "hex"));
  } catch {
    return false;
  }
}
