/** Routes for the gateway URL, users, the application, its commands, and guilds. */
import type { CommandBody } from "./commands.ts";
import type { FakeContext } from "./context.ts";
import { apiError, formError, json, type RestReply, type RouteContext, type RouteDef } from "./rest.ts";

function commandRoutes(ctx: FakeContext): RouteDef[] {
  /** The guild id (null for global commands), or the error Discord gives for someone else's app or guild. */
  const inScope =
    (handle: (guildId: string | null, rc: RouteContext) => RestReply) =>
    (rc: RouteContext): RestReply => {
      const guildId = rc.params.guild ?? null;
      if (rc.params.app !== ctx.world.applicationId || (guildId && !ctx.world.guilds.has(guildId))) {
        return apiError(403, 50001, "Missing Access");
      }
      return handle(guildId, rc);
    };
  const list = inScope((guildId) => json(200, ctx.commands.list(guildId)));
  const put = inScope((guildId, rc) => {
    if (!Array.isArray(rc.body))
      return formError([{ path: [], code: "BASE_TYPE_ARRAY", message: "Must be an array." }]);
    const result = ctx.commands.put(guildId, rc.body as CommandBody[]);
    return "errors" in result ? formError(result.errors) : json(200, result.commands);
  });
  const post = inScope((guildId, rc) => {
    const result = ctx.commands.upsert(guildId, (rc.body ?? {}) as CommandBody);
    return "errors" in result ? formError(result.errors) : json(201, result.command);
  });
  const routes: RouteDef[] = [];
  for (const base of ["/applications/:app/commands", "/applications/:app/guilds/:guild/commands"]) {
    routes.push(
      { method: "GET", pattern: base, handler: list },
      { method: "PUT", pattern: base, handler: put },
      { method: "POST", pattern: base, handler: post },
    );
  }
  return routes;
}

export function appRoutes(ctx: FakeContext): RouteDef[] {
  const { world } = ctx;
  const application = () => json(200, world.applicationPayload());
  return [
    {
      method: "GET",
      pattern: "/gateway/bot",
      handler: () =>
        json(200, {
          url: ctx.gatewayUrl(),
          shards: ctx.shards,
          session_start_limit: {
            total: 1000,
            remaining: ctx.sessionStartRemaining,
            reset_after: 14_400_000,
            max_concurrency: 1,
          },
        }),
    },
    { method: "GET", pattern: "/gateway", auth: false, handler: () => json(200, { url: ctx.gatewayUrl() }) },
    { method: "GET", pattern: "/users/@me", handler: () => json(200, world.bot) },
    {
      method: "GET",
      pattern: "/users/:id",
      handler: (rc) => {
        const user = world.users.get(rc.params.id ?? "");
        return user ? json(200, user) : apiError(404, 10013, "Unknown User");
      },
    },
    { method: "GET", pattern: "/applications/@me", handler: application },
    { method: "GET", pattern: "/oauth2/applications/@me", handler: application },
    ...commandRoutes(ctx),
    {
      method: "GET",
      pattern: "/guilds/:guild",
      handler: (rc) =>
        world.guilds.has(rc.params.guild ?? "")
          ? json(200, world.guildPayload(rc.params.guild as string))
          : apiError(404, 10004, "Unknown Guild"),
    },
    {
      method: "GET",
      pattern: "/guilds/:guild/channels",
      handler: (rc) => {
        const guild = world.guilds.get(rc.params.guild ?? "");
        if (!guild) return apiError(404, 10004, "Unknown Guild");
        return json(
          200,
          guild.channelIds.map((id) => world.channelPayload(world.channels.get(id) as never)),
        );
      },
    },
    {
      method: "GET",
      pattern: "/guilds/:guild/members/:user",
      handler: (rc) => {
        const guildId = rc.params.guild ?? "";
        const user = world.users.get(rc.params.user ?? "");
        if (!world.guilds.has(guildId)) return apiError(404, 10004, "Unknown Guild");
        return user ? json(200, world.memberPayload(user, guildId)) : apiError(404, 10007, "Unknown Member");
      },
    },
  ];
}
