/** Items said as a sentence lists them: "2023/24, 2024/25 e 2025/26" (`and` is the language's " e " or " and "). */
export const andList = (items: readonly string[], and: string): string =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}` : items.join('');
