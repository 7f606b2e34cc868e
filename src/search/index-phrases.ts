/**
 * What a query may name, collected from the search index once: the school
 * types, the comuni and the provinces by their key words (src/search/read-query.ts
 * reads a query against them). One phrase may name a comune and a province
 * (Roma); a bilingual name is one phrase per language; a name with an elision or
 * a particle is also one with them written together («laquila», «sangiovanni
 * rotondo»); a province's acronym is one that never stands for a name's word.
 */
import type { SearchIndex } from './decode-search-index.js';
import type { Phrase } from './read-query.js';
import { SCHOOL_TYPES } from './school-types.js';
import { elisionsOf, keyWords, particleBefore, searchWords } from './search-words.js';

/**
 * A place's name with each elision and particle written together in place of
 * its two words ("L'Aquila" → ["laquila"], "San Giovanni Rotondo" →
 * ["sangiovanni", "rotondo"], "Reggio nell'Emilia" → ["reggio", "nellemilia"]),
 * so that «laquila» is read as the place, as «l'aquila» is; null where the name
 * has none.
 */
export function joinedWords(text: string): string[] | null {
  const words = searchWords(text);
  const elided = new Set(elisionsOf(text).map(([first, next]) => `${first} ${next}`));
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const [word, next] = [words[i]!, words[i + 1]];
    const together = next !== undefined && (elided.has(`${word} ${next}`) || particleBefore(word, next));
    joined.push(together ? word + next : word);
    if (together) i++;
  }
  return joined.length < words.length ? joined : null;
}

/** The phrases by their first key word, longest first ("san giovanni in persiceto" before "san giovanni"). */
export function collectPhrases(
  index: Pick<SearchIndex, 'comuneNames' | 'provinces'>,
  comuneWords: readonly (readonly string[])[],
): Map<string, Phrase[]> {
  const phrases = new Map<string, Phrase[]>();
  const byKey = new Map<string, Phrase>();
  const phrase = (words: readonly string[]): Phrase | null => {
    const key = keyWords(words);
    if (key.length === 0) return null;
    const joined = key.join(' ');
    let found = byKey.get(joined);
    if (!found) {
      byKey.set(joined, (found = { words: key, comuni: [], provinces: [], acronym: false }));
      const list = phrases.get(key[0]!) ?? [];
      list.push(found);
      phrases.set(key[0]!, list);
    }
    return found;
  };
  for (const type of SCHOOL_TYPES) for (const words of type.words) phrase(words.split(' '))!.type ??= type;
  index.comuneNames.forEach((name, c) => {
    phrase(comuneWords[c]!)?.comuni.push(c);
    const joined = joinedWords(name);
    if (joined) phrase(joined)?.comuni.push(c);
    // Bilingual comuni ("Bolzano/Bozen") by each name too.
    if (name.includes('/')) for (const each of name.split('/')) phrase(searchWords(each))?.comuni.push(c);
  });
  index.provinces.forEach((province, p) => {
    // "Bolzano/Bozen", "Valle d'Aosta/Vallée d'Aoste": each name, and the acronym.
    for (const name of province.name.split('/')) {
      phrase(searchWords(name))?.provinces.push(p);
      const joined = joinedWords(name);
      if (joined) phrase(joined)?.provinces.push(p);
    }
    const acronym = phrase([province.acronym.toLowerCase()]);
    if (acronym && !acronym.type) {
      acronym.provinces.push(p);
      acronym.acronym = true;
    }
  });
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  return phrases;
}
