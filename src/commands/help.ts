import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { AnswerSection, Locale } from "../knowledge/answer-types.ts";
import { privateOption } from "./options.ts";
import type { CommandContext, CommandInput, CommandResult } from "./types.ts";

export const definition = {
  name: "help",
  name_localizations: { ja: "ヘルプ" },
  description: "What Dialogue Desk can answer, with examples",
  description_localizations: { ja: "Dialogue Desk が答えられること（例つき）" },
  options: [privateOption],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const text: Record<Locale, { title: string; text: string; sections: AnswerSection[] }> = {
  en: {
    title: "Dialogue Desk: the Japan–Australia Cyber Policy Dialogue",
    text: [
      "I answer from a sourced knowledge base of the dialogue's rounds (日豪サイバー政策協議), in English or Japanese.",
      "Every answer names its sources; what the sources don't say is reported as *not recorded*, never guessed.",
      "Ask with a command, @mention me with a question, DM me, or right-click a message → Apps → **Ask Dialogue Desk**.",
    ].join("\n"),
    sections: [
      {
        heading: "Commands",
        body: [
          "`/cochairs round:2`: who co-chaired a round",
          "`/agencies round:2 country:Australia`: which agencies took part",
          "`/round round:latest`: everything recorded about one round",
          "`/next`: what is known about the next round",
          "`/org organisation:NISC`: which rounds an organisation attended",
          "`/search query:feakin`: rounds, organisations, people, topics",
          "`/timeline`: a picture of every round on a time axis",
          "`/participation side:Japan`: a picture of which organisations came to which round",
          "`/ask question:…`: anything else, in your own words",
        ].join("\n"),
      },
      {
        heading: "Questions you can ask",
        body: [
          "Who co-chaired the 2nd dialogue?",
          "Which Australian agencies attended in 2016?",
          "When and where was the 3rd round held?",
          "What did the 3rd round produce?",
          "Did JPCERT/CC attend the 3rd round?",
          "What does NISC stand for?",
        ].join("\n"),
      },
      {
        heading: "Options",
        body: [
          "`round` accepts 2, 2nd, second, latest, 第2回… (pick from the list or type).",
          "`private:True` shows the answer only to you; `for:@colleague` points it at one person.",
          "If I'm unsure what you meant I offer readings as buttons: click one to get that answer.",
        ].join("\n"),
      },
    ],
  },
  ja: {
    title: "Dialogue Desk: 日豪サイバー政策協議",
    text: [
      "日豪サイバー政策協議の各回について、出典つきの知識ベースから日本語または英語で回答します。",
      "回答には必ず出典を示します。出典にないことは推測せず「記録なし」と答えます。",
      "コマンドのほか、@メンションでの質問、DM、メッセージの右クリック → アプリ → **Dialogue Deskに質問** も使えます。",
    ].join("\n"),
    sections: [
      {
        heading: "コマンド",
        body: [
          "`/共同議長 回:2`: 各回の共同議長",
          "`/参加機関 回:2 国:オーストラリア`: 参加した機関",
          "`/回次 回:最新`: ある回について記録されていること全て",
          "`/次回`: 次回の協議について",
          "`/機関 機関名:NISC`: ある機関が参加した回",
          "`/検索 検索語:フィーキン`: 回・機関・人物・議題の検索",
          "`/年表`: 全ての回を時間軸に並べた図",
          "`/参加状況 国:日本`: どの機関がどの回に参加したかの図",
          "`/質問 質問:…`: そのほかの質問を自由に",
        ].join("\n"),
      },
      {
        heading: "質問の例",
        body: [
          "第2回の共同議長は誰？",
          "2016年の協議に参加した豪州の機関は？",
          "第3回はいつどこで開催された？",
          "第3回の成果は？",
          "JPCERT/CCは第3回に参加した？",
          "NISCとは？",
        ].join("\n"),
      },
      {
        heading: "オプション",
        body: [
          "`回` には 2、第2回、最新 などを入力できます（候補から選ぶことも可）。",
          "`非公開:True` で自分だけに表示、`宛先:@同僚` でその人に向けて回答します。",
          "質問の意味がはっきりしないときは候補をボタンで示します。押すとその回答を表示します。",
        ].join("\n"),
      },
    ],
  },
};

/** Cheap and static: not counted by the cooldown. */
export const cooldown = false;

export function execute(input: CommandInput, _context: CommandContext): CommandResult {
  const locale = input.locale ?? "en";
  return { kind: "info", locale, ...text[locale] };
}
