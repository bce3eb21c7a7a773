/** The WebSocket gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeats, RESUME, and test controls. */
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import { WebSocket, WebSocketServer } from "ws";
import { Intents } from "./intents.ts";
import type { IdentifyRecord, ReadyRecord, ResumeRecord } from "./types.ts";
import { Recorder } from "./waiters.ts";
import type { World } from "./world.ts";

export interface GatewaySession {
  readonly id: string;
  readonly intents: number;
  seq: number;
  /** False once Discord would refuse to resume it. */
  alive: boolean;
  socket: WebSocket | null;
  backlog: Array<{ s: number; frame: string }>;
  /** [shard id, shard count] from IDENTIFY; [0, 1] when not sharded. */
  shard: [number, number];
}

/** The shard a guild's events go to: (guild_id >> 22) % shard count, as on Discord. */
export const shardOf = (guildId: string, count: number): number =>
  Number((BigInt(guildId) >> 22n) % BigInt(count));

/** Whether `session` receives events of `guildId` (null: a DM, which goes to shard 0; undefined: everyone). */
function owns(session: GatewaySession, guildId: string | null | undefined): boolean {
  const [id, count] = session.shard;
  if (guildId === undefined || count <= 1) return true;
  return guildId === null ? id === 0 : shardOf(guildId, count) === id;
}

interface Connection {
  socket: WebSocket;
  session: GatewaySession | null;
}

export interface GatewayOptions {
  world: World;
  path: string;
  heartbeatIntervalMs: number;
  token: string | undefined;
  disallowedIntents: number;
  waitTimeoutMs: number;
  resumeUrl: () => string;
}

export interface GatewayFrame {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

/** Close codes after which Discord no longer accepts a RESUME of the session. */
const NON_RESUMABLE = new Set([1000, 4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014]);
const BACKLOG = 500;

export class FakeGateway {
  readonly identifies: Recorder<IdentifyRecord>;
  readonly resumes: Recorder<ResumeRecord>;
  readonly readies: Recorder<ReadyRecord>;
  /** Every frame the client sent. */
  readonly received: Recorder<GatewayFrame>;
  /** URLs (path + query) the client connected with. */
  readonly connectUrls: string[] = [];
  heartbeats = 0;
  /** Set to false to stop answering heartbeats (the client then closes as a zombie and resumes). */
  ackHeartbeats = true;
  readonly #wss: WebSocketServer;
  readonly #connections = new Set<Connection>();
  readonly #sessions = new Map<string, GatewaySession>();

  constructor(
    server: Server,
    private readonly options: GatewayOptions,
  ) {
    const t = options.waitTimeoutMs;
    this.identifies = new Recorder("IDENTIFY", t);
    this.resumes = new Recorder("RESUME", t);
    this.readies = new Recorder("READY", t);
    this.received = new Recorder("gateway frame", t);
    this.#wss = new WebSocketServer({ server, path: options.path });
    this.#wss.on("connection", (socket, request) => this.#onConnection(socket, request.url ?? ""));
  }

  get connections(): number {
    return this.connectUrls.length;
  }

  /** Sessions that can still receive dispatches (live now, or resumable and buffering). */
  get sessions(): GatewaySession[] {
    return [...this.#sessions.values()].filter((s) => s.alive);
  }

  /**
   * Sends (or buffers for RESUME) a dispatch to every live session that owns `guildId` (see `owns`);
   * `build` returns null to skip one.
   */
  dispatch(t: string, build: (session: GatewaySession) => unknown, guildId?: string | null): number {
    let delivered = 0;
    for (const session of this.sessions) {
      if (!owns(session, guildId)) continue;
      const d = build(session);
      if (d === null) continue;
      this.#dispatchTo(session, t, d);
      delivered++;
    }
    return delivered;
  }

  dropConnection(options: { code?: number | "terminate"; reason?: string } = {}): number {
    const code = options.code ?? 4000;
    const targets = [...this.#connections];
    for (const connection of targets) {
      if (code === "terminate") {
        connection.socket.terminate();
        continue;
      }
      if (connection.session && NON_RESUMABLE.has(code)) connection.session.alive = false;
      connection.socket.close(code, options.reason ?? "fake-discord: connection dropped");
    }
    return targets.length;
  }

  /** op 7: the client closes (4200) and resumes. */
  sendReconnect(): number {
    const targets = [...this.#connections].filter((c) => c.session);
    for (const connection of targets) this.#send(connection.socket, { op: 7, d: null });
    return targets.length;
  }

  /** op 9: `true` lets the client resume, `false` forces a fresh IDENTIFY. */
  sendInvalidSession(resumable: boolean): number {
    const targets = [...this.#connections].filter((c) => c.session);
    for (const connection of targets) this.#invalidate(connection, resumable);
    return targets.length;
  }

  async close(): Promise<void> {
    const error = new Error("fake-discord: closed");
    for (const recorder of [this.identifies, this.resumes, this.readies, this.received])
      recorder.close(error);
    for (const connection of this.#connections) connection.socket.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #onConnection(socket: WebSocket, url: string): void {
    const connection: Connection = { socket, session: null };
    this.#connections.add(connection);
    this.connectUrls.push(url);
    socket.on("message", (data) => this.#onFrame(connection, String(data)));
    socket.on("close", (code) => {
      this.#connections.delete(connection);
      const session = connection.session;
      if (session?.socket !== socket) return;
      session.socket = null;
      // A client closing with 1000/1001 ends its session; other codes (e.g. 4200) keep it resumable.
      if (code === 1000 || code === 1001) session.alive = false;
    });
    socket.on("error", () => {});
    this.#send(socket, {
      op: 10,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ["fake-discord"] },
    });
  }

  #onFrame(connection: Connection, raw: string): void {
    let frame: GatewayFrame;
    try {
      frame = JSON.parse(raw) as GatewayFrame;
    } catch {
      connection.socket.close(4002, "Error while decoding payload.");
      return;
    }
    this.received.push(frame);
    switch (frame.op) {
      case 1:
        this.heartbeats++;
        if (this.ackHeartbeats) this.#send(connection.socket, { op: 11 });
        return;
      case 2:
        this.#identify(connection, frame.d as Record<string, unknown>);
        return;
      case 6:
        this.#resume(connection, frame.d as Record<string, unknown>);
        return;
      case 3:
      case 4:
      case 8:
        if (!connection.session) connection.socket.close(4003, "Not authenticated.");
        else if (frame.op === 8) this.#membersChunk(connection.session, frame.d as Record<string, unknown>);
        return;
      default:
        connection.socket.close(4001, "Unknown opcode.");
    }
  }

  /** The close code and reason Discord would answer this IDENTIFY with, if any. */
  #identifyRefusal(
    connection: Connection,
    d: Record<string, unknown>,
    token: string,
  ): [number, string] | null {
    if (connection.session) return [4005, "Already authenticated."];
    if (this.options.token !== undefined && token !== this.options.token)
      return [4004, "Authentication failed."];
    if (typeof d.intents !== "number") return [4013, "Invalid intent(s)."];
    if (d.intents & this.options.disallowedIntents) return [4014, "Disallowed intent(s)."];
    return null;
  }

  #identify(connection: Connection, d: Record<string, unknown>): void {
    const token = String(d.token ?? "").replace(/^Bot /, "");
    const refusal = this.#identifyRefusal(connection, d, token);
    if (refusal) {
      connection.socket.close(...refusal);
      return;
    }
    const shard = Array.isArray(d.shard) ? (d.shard as [number, number]) : undefined;
    const session: GatewaySession = {
      id: randomBytes(16).toString("hex"),
      intents: Number(d.intents),
      seq: 0,
      alive: true,
      socket: connection.socket,
      backlog: [],
      shard: shard ?? [0, 1],
    };
    this.#sessions.set(session.id, session);
    connection.session = session;
    const guildIds = [...this.options.world.guilds.keys()].filter((id) => owns(session, id));
    this.identifies.push({ sessionId: session.id, token, intents: session.intents, shard, payload: d });
    const { world } = this.options;
    this.#dispatchTo(session, "READY", {
      v: 10,
      user: world.bot,
      user_settings: {},
      guilds: guildIds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      session_type: "normal",
      resume_gateway_url: this.options.resumeUrl(),
      shard: shard ?? [0, 1],
      application: { id: world.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      geo_ordered_rtc_regions: [],
      _trace: ["fake-discord"],
    });
    if (session.intents & Intents.Guilds) {
      for (const id of guildIds) this.#dispatchTo(session, "GUILD_CREATE", world.guildPayload(id));
    }
    this.readies.push({ sessionId: session.id, intents: session.intents });
  }

  #resume(connection: Connection, d: Record<string, unknown>): void {
    if (connection.session) {
      connection.socket.close(4005, "Already authenticated.");
      return;
    }
    const session = this.#sessions.get(String(d.session_id));
    const token = String(d.token ?? "").replace(/^Bot /, "");
    const seq = Number(d.seq ?? 0);
    const tokenOk = this.options.token === undefined || token === this.options.token;
    if (!session?.alive || !tokenOk) {
      this.#send(connection.socket, { op: 9, d: false });
      return;
    }
    if (seq > session.seq) {
      connection.socket.close(4007, "Invalid seq.");
      return;
    }
    for (const other of this.#connections) {
      if (other !== connection && other.session === session) {
        other.session = null;
        other.socket.terminate();
      }
    }
    session.socket = connection.socket;
    connection.session = session;
    const missed = session.backlog.filter((entry) => entry.s > seq);
    for (const entry of missed) connection.socket.send(entry.frame);
    this.#dispatchTo(session, "RESUMED", { _trace: ["fake-discord"] });
    this.resumes.push({ sessionId: session.id, seq, replayed: missed.length });
  }

  #invalidate(connection: Connection, resumable: boolean): void {
    const session = connection.session;
    this.#send(connection.socket, { op: 9, d: resumable });
    connection.session = null;
    if (!session) return;
    session.socket = null;
    if (!resumable) session.alive = false;
  }

  #membersChunk(session: GatewaySession, d: Record<string, unknown>): void {
    const guildId = String(d.guild_id);
    if (!this.options.world.guilds.has(guildId)) return;
    const { world } = this.options;
    const ids = Array.isArray(d.user_ids) ? (d.user_ids as string[]) : null;
    const query = typeof d.query === "string" ? d.query.toLowerCase() : "";
    const users = [...world.users.values()].filter((u) =>
      ids ? ids.includes(u.id) : u.username.toLowerCase().startsWith(query),
    );
    this.#dispatchTo(session, "GUILD_MEMBERS_CHUNK", {
      guild_id: guildId,
      members: users.map((u) => world.memberPayload(u, guildId)),
      chunk_index: 0,
      chunk_count: 1,
      not_found: ids ? ids.filter((id) => !world.users.has(id)) : [],
      ...(d.nonce !== undefined ? { nonce: d.nonce } : {}),
    });
  }

  #dispatchTo(session: GatewaySession, t: string, d: unknown): void {
    const s = ++session.seq;
    const frame = JSON.stringify({ op: 0, t, s, d });
    session.backlog.push({ s, frame });
    if (session.backlog.length > BACKLOG) session.backlog.shift();
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(frame);
  }

  #send(socket: WebSocket, frame: GatewayFrame): void {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  }
}
