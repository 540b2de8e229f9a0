// English plurals of the planner's district noun ("county" → "counties"), for sentences.

/** Plural of a singular noun: -y after a consonant → -ies; -s, -x, -z, -ch, -sh → -es; else -s. */
export function pluralNoun(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
