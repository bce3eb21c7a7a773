/** Worst-case inputs for the answer-latency benchmark: what a hostile or careless user can paste. */

export interface HostileInput {
  name: string;
  text: string;
}

const repeatTo = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export function hostileInputs(): HostileInput[] {
  const zeroWidth = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u00ad"];
  const controls = `${Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("")}\u007f`;
  const question = "who co-chaired the 2nd round?";
  return [
    { name: "100,000 chars: a question repeated", text: repeatTo(`${question} `, 100_000) },
    { name: "100,000 chars: one word, no spaces", text: repeatTo("mizushimamckinnon", 100_000) },
    { name: "100,000 chars: Japanese", text: repeatTo("第2回協議の共同議長は誰ですか？", 100_000) },
    { name: "100,000 chars: digits and ordinals", text: repeatTo("round 2nd 3rd 734 第5回 ", 100_000) },
    {
      name: "control and zero-width characters",
      text: [...question]
        .map((ch, i) => ch + (zeroWidth[i % zeroWidth.length] as string) + controls[i % 33])
        .join(""),
    },
    {
      name: "10,000 zero-width characters around a question",
      text: `${"\u200b".repeat(5_000)}${question}${"\u200d".repeat(5_000)}`,
    },
    {
      name: "many mentions (1,000 users, @everyone, @here, roles)",
      text: `${Array.from({ length: 1000 }, (_, i) => `<@${1_250_000_000_000_000_000n + BigInt(i)}>`).join(" ")} @everyone @here <@&1250000000000000999> ${question}`,
    },
  ];
}
