/** Command registration: the real deploy function and `npm run deploy-commands` against the fake's PUT routes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployCommands } from "../../src/bot/deploy.ts";
import { commandDefinitions } from "../../src/commands/registry.ts";
import { type FakeDiscord, startFakeDiscord } from "./fake-discord/index.ts";
import { cleanEnv, npm } from "./helpers/child.ts";
import { TEST_TOKEN } from "./helpers/replies.ts";

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});

afterAll(async () => {
  await fake?.close();
});

describe("deploy-commands", () => {
  it("PUTs every command, with Japanese localisations, to the guild", async () => {
    const result = await deployCommands({
      token: TEST_TOKEN,
      applicationId: fake.applicationId,
      guildId: fake.guildId,
      apiUrl: fake.apiUrl,
    });
    expect(result.scope).toBe("guild");
    const put = fake.requests.find((r) => r.method === "PUT");
    expect(put?.route).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(put?.status).toBe(200);
    expect(put?.headers.authorization).toBe(`Bot ${TEST_TOKEN}`);
    expect(put?.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions())));
    const registered = fake.registeredCommands(fake.guildId);
    expect(registered.map((c) => c.name)).toEqual([
      "cochairs",
      "agencies",
      "next",
      "round",
      "org",
      "ask",
      "search",
      "timeline",
      "participation",
      "help",
      "reload",
      "Ask Dialogue Desk",
    ]);
    expect(result.commands.map((c) => c.id)).toEqual(registered.map((c) => c.id));
    // /reload: administrators only, servers only
    expect(registered.find((c) => c.name === "reload")).toMatchObject({
      default_member_permissions: "8",
      dm_permission: false,
      contexts: [0],
      name_localizations: { ja: "再読み込み" },
    });
    const cochairs = registered.find((c) => c.name === "cochairs");
    expect(cochairs?.name_localizations?.ja).toBe("共同議長");
    expect(cochairs?.options?.map((o) => o.name)).toEqual(["round", "private", "for"]);
    for (const command of registered.filter((c) => c.type === 1)) {
      for (const option of command.options ?? []) expect(option.name_localizations?.ja).toBeTruthy();
    }
  });

  it("registers globally without a guild", async () => {
    const result = await deployCommands({
      token: TEST_TOKEN,
      applicationId: fake.applicationId,
      guildId: undefined,
      apiUrl: fake.apiUrl,
    });
    expect(result.scope).toBe("global");
    expect(fake.registeredCommands().map((c) => c.name)).toContain("Ask Dialogue Desk");
  });

  it("npm run deploy-commands prints what it registered, and where", async () => {
    const child = npm(
      ["run", "deploy-commands"],
      cleanEnv({
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_GUILD_ID: fake.guildId,
        DISCORD_API_URL: fake.apiUrl,
      }),
    );
    expect(await child.exited).toBe(0);
    expect(child.stdout()).toContain(
      `Registered ${commandDefinitions().length} command(s) in guild ${fake.guildId}`,
    );
    expect(child.stdout()).toContain("/cochairs");
    expect(child.stdout()).toContain("/reload");
    expect(child.stdout()).toContain("Ask Dialogue Desk (message menu");
    expect(child.stdout() + child.stderr()).not.toContain(TEST_TOKEN);
  }, 60_000);

  it("npm run deploy-commands names the missing variables", async () => {
    const child = npm(["run", "deploy-commands"], cleanEnv());
    expect(await child.exited).toBe(1);
    expect(child.stderr()).toContain("DISCORD_TOKEN is required");
    expect(child.stderr()).toContain("DISCORD_APPLICATION_ID is required");
  }, 60_000);
});
