import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  checkHeaders,
  publicKeyFromHex,
  REPLAY_WINDOW_S,
  signatureMatches,
} from "../../src/http/signature.ts";

const { publicKey, privateKey } = generateKeyPairSync("ed25519");
const hex = Buffer.from(String(publicKey.export({ format: "jwk" }).x), "base64url").toString("hex");
const key = publicKeyFromHex(hex);
const now = 1_800_000_000_000;
const ts = String(now / 1000);
const body = Buffer.from('{"type":1}');
const signature = sign(null, Buffer.concat([Buffer.from(ts), body]), privateKey).toString("hex");

describe("checkHeaders", () => {
  it("accepts well-formed headers with a fresh timestamp", () => {
    expect(checkHeaders({ signature, timestamp: ts }, now)).toBeUndefined();
  });

  it.each([
    [{ signature: undefined, timestamp: ts }, "missing_signature"],
    [{ signature, timestamp: undefined }, "missing_signature"],
    [{ signature: "xyz", timestamp: ts }, "malformed_signature"],
    [{ signature, timestamp: "12.5" }, "malformed_timestamp"],
    [{ signature, timestamp: String(now / 1000 - REPLAY_WINDOW_S - 1) }, "stale_timestamp"],
    [{ signature, timestamp: String(now / 1000 + REPLAY_WINDOW_S + 1) }, "stale_timestamp"],
  ] as const)("%j → %s", (headers, refusal) => {
    expect(checkHeaders(headers, now)).toBe(refusal);
  });
});

describe("signatureMatches", () => {
  it("matches the timestamp and this exact body only", () => {
    expect(signatureMatches(key, { signature, timestamp: ts }, body)).toBe(true);
    expect(signatureMatches(key, { signature, timestamp: String(Number(ts) + 1) }, body)).toBe(false);
    expect(signatureMatches(key, { signature, timestamp: ts }, Buffer.from('{"type":2}'))).toBe(false);
    const other = publicKeyFromHex(
      Buffer.from(
        String(generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" }).x),
        "base64url",
      ).toString("hex"),
    );
    expect(signatureMatches(other, { signature, timestamp: ts }, body)).toBe(false);
  });

  it("refuses a key that is not 64 hex characters", () => {
    expect(() => publicKeyFromHex("abc")).toThrow(/64 hex/);
  });
});
