/** Slash command options: from a name → value map to Discord's typed options plus `resolved` data. */
import type { APIApplicationCommandOption, APIUser } from "discord.js";
import type { OptionValue, SlashCommandArgs } from "./payloads.ts";
import type { FakeUser } from "./types.ts";
import { DEFAULT_MEMBER_PERMISSIONS, type World } from "./world.ts";

export type Resolved = Record<"users" | "members" | "channels" | "roles", Record<string, unknown>>;
type Option = Record<string, unknown> & { name: string; type: number };

export const emptyResolved = (): Resolved => ({ users: {}, members: {}, channels: {}, roles: {} });

export function commandOptions(
  world: World,
  args: SlashCommandArgs,
  defs: APIApplicationCommandOption[] | undefined,
  resolved: Resolved,
  guildId: string | null,
  focused: string | undefined,
): unknown[] {
  if (Array.isArray(args.options)) return args.options;
  const input = args.options ?? {};
  let leafDefs = defs;
  const find = (list: APIApplicationCommandOption[] | undefined, name: string | undefined, type: number) =>
    list?.find((o) => o.name === name && o.type === type) as
      | { options?: APIApplicationCommandOption[] }
      | undefined;
  const groupDef = args.subcommandGroup ? find(defs, args.subcommandGroup, 2) : undefined;
  if (defs && args.subcommandGroup && !groupDef) {
    throw new Error(`fake-discord: /${args.name} has no subcommand group "${args.subcommandGroup}"`);
  }
  if (args.subcommand) {
    const sub = find(groupDef?.options ?? defs, args.subcommand, 1);
    if (defs && !sub) throw new Error(`fake-discord: /${args.name} has no subcommand "${args.subcommand}"`);
    leafDefs = sub?.options ?? (defs ? [] : undefined);
  } else if (defs?.some((o) => o.type === 1 || o.type === 2)) {
    throw new Error(`fake-discord: /${args.name} has subcommands; pass \`subcommand\``);
  }
  const leaf = Object.entries(input).map(([name, value]) => {
    const def = leafDefs?.find((o) => o.name === name) as
      | (Option & { choices?: Array<{ value: unknown }> })
      | undefined;
    if (defs && !def) throw new Error(`fake-discord: /${args.name} has no option "${name}"`);
    if (def?.choices && focused === undefined && !def.choices.some((c) => c.value === value)) {
      throw new Error(`fake-discord: ${JSON.stringify(value)} is not a choice of option "${name}"`);
    }
    return commandOption(world, name, value, def?.type, resolved, guildId, name === focused);
  });
  if (focused === undefined) {
    for (const def of (leafDefs ?? []) as Array<{ name: string; required?: boolean }>) {
      if (def.required && !(def.name in input)) {
        throw new Error(`fake-discord: /${args.name} requires option "${def.name}"`);
      }
    }
  }
  if (!args.subcommand) return leaf;
  const sub = { name: args.subcommand, type: 1, options: leaf };
  return args.subcommandGroup ? [{ name: args.subcommandGroup, type: 2, options: [sub] }] : [sub];
}

function commandOption(
  world: World,
  name: string,
  value: OptionValue,
  declared: number | undefined,
  resolved: Resolved,
  guildId: string | null,
  focused: boolean,
): Option {
  const inferred =
    typeof value === "object" ? 6 : typeof value === "boolean" ? 5 : typeof value === "string" ? 3 : 10;
  const type = declared ?? (typeof value === "number" && Number.isInteger(value) ? 4 : inferred);
  if (focused)
    return { name, type, value: String(typeof value === "object" ? value.id : value), focused: true };
  if (type === 6 || type === 9) {
    const user = world.resolveUser(value as FakeUser | string);
    resolved.users[user.id] = user;
    if (guildId) resolved.members[user.id] = resolvedMember(world, user, guildId);
    return { name, type, value: user.id };
  }
  if (type === 7) {
    const channel = world.channels.get(String(value));
    if (channel)
      resolved.channels[channel.id] = {
        ...world.channelPayload(channel),
        permissions: DEFAULT_MEMBER_PERMISSIONS,
      };
    return { name, type, value: String(value) };
  }
  if (type === 8) {
    if (guildId) resolved.roles[String(value)] = { ...world.rolePayload(guildId), id: String(value) };
    return { name, type, value: String(value) };
  }
  if (type === 4 && !Number.isInteger(value))
    throw new Error(`fake-discord: option "${name}" must be an integer`);
  return { name, type, value };
}

export function resolvedField(resolved: Resolved): { resolved?: Partial<Resolved> } {
  const entries = Object.entries(resolved).filter(([, map]) => Object.keys(map).length > 0);
  return entries.length > 0 ? { resolved: Object.fromEntries(entries) } : {};
}

export function resolvedMember(world: World, user: APIUser, guildId: string): Record<string, unknown> {
  const { user: _user, ...member } = world.memberPayload(user, guildId);
  return { ...member, permissions: DEFAULT_MEMBER_PERMISSIONS };
}
