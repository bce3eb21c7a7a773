/**
 * Discord's other delivery: HTTP interactions. Each interaction is signed with the application's Ed25519 key
 * (X-Signature-Ed25519 over X-Signature-Timestamp + body) and POSTed to the bot's endpoint; the response body
 * is the interaction response, which this fake then applies through its own callback route (validated, and
 * recorded like a gateway bot's callback), so tests read HTTP answers exactly like gateway ones.
 */
import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import type {
  AutocompleteArgs,
  BuiltInteraction,
  ComponentArgs,
  MessageContextMenuArgs,
  SelectArgs,
  SlashCommandArgs,
} from "./payloads.ts";
import type { FakeDiscord } from "./server.ts";
import type { InteractionCallback, InteractionResponse } from "./types.ts";

export interface SignedPost {
  status: number;
  text: string;
  headers: Headers;
}

export interface PostOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number | string;
  /** Replace the signature (hex), or drop a header with null. */
  signature?: string | null;
  dropTimestamp?: boolean;
  /** Send this body but sign `signedBody` (a body that does not match its signature). */
  signedBody?: string;
}

export class HttpInteractions {
  readonly publicKeyHex: string;
  readonly #privateKey: KeyObject;

  constructor(
    private readonly fake: FakeDiscord,
    /** The bot's endpoint, e.g. http://127.0.0.1:8080/interactions. */
    public url: string,
    keys: { publicKey: KeyObject; privateKey: KeyObject } = generateKeyPairSync("ed25519"),
  ) {
    this.#privateKey = keys.privateKey;
    const jwk = keys.publicKey.export({ format: "jwk" });
    this.publicKeyHex = Buffer.from(String(jwk.x), "base64url").toString("hex");
  }

  /** The hex signature Discord would send for this timestamp and body. */
  sign(timestamp: string, body: string | Buffer): string {
    return sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), this.#privateKey).toString(
      "hex",
    );
  }

  /** POSTs `body` signed as Discord would (or not, as `options` say) to `url` (default: the endpoint). */
  async post(body: string, options: PostOptions = {}, url = this.url): Promise<SignedPost> {
    const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (!options.dropTimestamp) headers["x-signature-timestamp"] = timestamp;
    const signature =
      options.signature === undefined ? this.sign(timestamp, options.signedBody ?? body) : options.signature;
    if (signature !== null) headers["x-signature-ed25519"] = signature;
    const response = await fetch(url, { method: "POST", headers, body });
    return { status: response.status, text: await response.text(), headers: response.headers };
  }

  /** Registers the interaction with the fake, delivers it over HTTP, and applies the response as its callback. */
  async send(built: BuiltInteraction, url = this.url): Promise<InteractionResponse & { status: number }> {
    const { payload } = built;
    this.fake.interactions.register(payload, built.channel, built.sourceMessageId).http = true;
    const posted = await this.post(JSON.stringify(payload), {}, url);
    if (posted.status !== 200) throw new Error(`the endpoint answered ${posted.status}: ${posted.text}`);
    const callback = JSON.parse(posted.text) as InteractionCallback;
    const applied = await fetch(
      `${this.fake.apiUrl}/v10/interactions/${payload.id}/${payload.token}/callback`,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: posted.text,
      },
    );
    if (applied.status >= 300)
      throw new Error(`Discord would refuse this response (${applied.status}): ${await applied.text()}`);
    return {
      status: posted.status,
      type: callback.type,
      data: callback.data,
      withResponse: false,
      interactionId: payload.id,
      token: payload.token,
      interaction: payload,
      reply: (options) => this.fake.waitForInteractionReply(payload.id, options),
      followUp: (index = 0, options) => this.fake.waitForFollowUp(payload.id, index, options),
    };
  }

  sendSlashCommand(args: SlashCommandArgs) {
    return this.send(this.fake.payloads.slashCommand(args));
  }
  sendAutocomplete(args: AutocompleteArgs) {
    return this.send(this.fake.payloads.autocomplete(args));
  }
  sendButton(args: ComponentArgs) {
    return this.send(this.fake.payloads.button(args));
  }
  sendSelect(args: SelectArgs) {
    return this.send(this.fake.payloads.select(args));
  }
  sendMessageContextMenu(args: MessageContextMenuArgs) {
    return this.send(this.fake.payloads.messageContextMenu(args));
  }
}
