/** Italian dates' articles. Their own module, so that the badge, which says ordinals but no dates, does not carry them. */
import { articleIt } from './article-it.js';

/**
 * A day's article, joined to its preposition ("da", "a", "di" or none), for a
 * date as `formatDay` writes it: "dal 2 marzo", "dall’8 marzo", "all’11
 * aprile", "dell’8 dicembre", "il 1 marzo" (read "primo").
 */
export function dayArticleIt(preposition: '' | 'da' | 'a' | 'di', day: string): string {
  const elided = articleIt(parseInt(day, 10), true) === 'l’';
  return preposition ? `${preposition === 'di' ? 'de' : preposition}${elided ? 'll’' : 'l '}` : elided ? 'l’' : 'il ';
}
