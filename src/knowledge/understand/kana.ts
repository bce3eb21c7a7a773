/**
 * Foreign names written in katakana ("フィーキン", "マッキノン") matched to the English names of people in
 * the knowledge base: both are reduced to a consonant skeleton (f-k-n, m-k-n) that survives transliteration.
 */

const MORA: Record<string, string> = {
  ア: "a",
  イ: "i",
  ウ: "u",
  エ: "e",
  オ: "o",
  カ: "ka",
  キ: "ki",
  ク: "ku",
  ケ: "ke",
  コ: "ko",
  ガ: "ga",
  ギ: "gi",
  グ: "gu",
  ゲ: "ge",
  ゴ: "go",
  サ: "sa",
  シ: "shi",
  ス: "su",
  セ: "se",
  ソ: "so",
  ザ: "za",
  ジ: "ji",
  ズ: "zu",
  ゼ: "ze",
  ゾ: "zo",
  タ: "ta",
  チ: "chi",
  ツ: "tsu",
  テ: "te",
  ト: "to",
  ダ: "da",
  ヂ: "ji",
  ヅ: "zu",
  デ: "de",
  ド: "do",
  ナ: "na",
  ニ: "ni",
  ヌ: "nu",
  ネ: "ne",
  ノ: "no",
  ハ: "ha",
  ヒ: "hi",
  フ: "fu",
  ヘ: "he",
  ホ: "ho",
  バ: "ba",
  ビ: "bi",
  ブ: "bu",
  ベ: "be",
  ボ: "bo",
  パ: "pa",
  ピ: "pi",
  プ: "pu",
  ペ: "pe",
  ポ: "po",
  マ: "ma",
  ミ: "mi",
  ム: "mu",
  メ: "me",
  モ: "mo",
  ヤ: "ya",
  ユ: "yu",
  ヨ: "yo",
  ラ: "ra",
  リ: "ri",
  ル: "ru",
  レ: "re",
  ロ: "ro",
  ワ: "wa",
  ヲ: "o",
  ン: "n",
  ヴ: "vu",
  ァ: "a",
  ィ: "i",
  ゥ: "u",
  ェ: "e",
  ォ: "o",
  ャ: "ya",
  ュ: "yu",
  ョ: "yo",
  ッ: "",
  ー: "",
};

export function katakanaToRomaji(text: string): string {
  return [...text].map((ch) => MORA[ch] ?? "").join("");
}

/** The consonants of a name as they sound, in either script's transliteration: "McKinnon" → "mkn". */
export function consonantSkeleton(latin: string): string {
  let s = latin.toLowerCase().replace(/[^a-z]/g, "");
  s = s
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/c/g, "k")
    .replace(/q/g, "k")
    .replace(/x/g, "ks")
    .replace(/v/g, "b")
    .replace(/l/g, "r")
    .replace(/th/g, "s")
    .replace(/sh/g, "s")
    .replace(/ch/g, "t")
    .replace(/ts/g, "t")
    .replace(/j/g, "z")
    // an r after a vowel and before a consonant or the end is a long vowel in katakana (Hayhurst ハースト)
    .replace(/(?<=[aeiouy])r(?=[^aeiouy]|$)/g, "")
    .replace(/[wyh]/g, "")
    .replace(/[aeiou]/g, "");
  return s.replace(/(.)\1+/g, "$1");
}

export const KATAKANA_RUN = /[ァ-ヶー]{3,}/g;

/** Domain words written in hiragana (a phone's unconverted input), longest first, with their kanji. */
const KANA_TERMS: [string, string][] = (
  [
    ["にちごうさいばーせいさくきょうぎ", "日豪サイバー政策協議"],
    ["さいばーせいさくきょうぎ", "サイバー政策協議"],
    ["せいさくきょうぎ", "政策協議"],
    ["きょうどうすてーとめんと", "共同ステートメント"],
    ["きょうどうぎちょう", "共同議長"],
    ["けいざいさんぎょうしょう", "経済産業省"],
    ["ないかくさいばー", "内閣サイバー"],
    ["さんかきかん", "参加機関"],
    ["かいさいち", "開催地"],
    ["けいさつちょう", "警察庁"],
    ["がいむしょう", "外務省"],
    ["ぼうえいしょう", "防衛省"],
    ["そうむしょう", "総務省"],
    ["おーすとらりあ", "オーストラリア"],
    ["ごうしゅう", "豪州"],
    ["にちごう", "日豪"],
    ["ぎちょう", "議長"],
    ["きょうぎ", "協議"],
    ["かいさい", "開催"],
    ["かいごう", "会合"],
    ["さんか", "参加"],
    ["しゅっせき", "出席"],
    ["きかん", "機関"],
    ["ぎだい", "議題"],
    ["せいか", "成果"],
    ["しょかい", "初回"],
    ["さいしょ", "最初"],
    ["さいしん", "最新"],
    ["じかい", "次回"],
    ["つぎ", "次"],
    ["ばしょ", "場所"],
    ["ひづけ", "日付"],
    ["たいし", "大使"],
    ["ごうい", "合意"],
    ["りゃく", "略"],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/**
 * Hiragana spellings of the dialogue's words turned into their usual kanji ("だい2かいの きょうどうぎちょう" →
 * "第2回の共同議長"), so that a question typed without conversion reads like one typed with it.
 */
export function kanaToTerms(text: string): string {
  if (!/[\u3041-\u3096]{2,}/.test(text)) return text;
  let out = text.replace(
    /だい\s*([0-9０-９]{1,9}|[一二三四五六七八九十]{1,3})\s*かい(?!さい|ごう|ぎ)/g,
    "第$1回",
  );
  for (const [kana, kanji] of KANA_TERMS) if (out.includes(kana)) out = out.split(kana).join(kanji);
  return out;
}
