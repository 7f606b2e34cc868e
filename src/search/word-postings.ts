/**
 * Which schools have which word: an inverted index over ~20,000 distinct words
 * and ~250,000 (word, school) pairs, built in two passes into two typed arrays
 * (the schools of word w are `schools[start[w]] … schools[start[w + 1] - 1]`,
 * ascending). Built once when the search index arrives: plain arrays per word
 * would leave ~20,000 growing arrays for the garbage collector, whose pause
 * then lands on a keystroke.
 */
export class WordPostings {
  /** The distinct words, sorted: the words starting with a prefix are a range. */
  readonly words: string[];
  /** Where each word's schools start in `schools` (and the next word's begin). */
  readonly start: Uint32Array;
  /** Every word's schools, one after the other (read them by `start`: no view to allocate per word at each keystroke). */
  readonly schools: Uint32Array;
  private readonly _id = new Map<string, number>();

  /** `wordsOf(i, add)` calls `add` with every word of school `i` (repeats allowed); schools are 0 … count - 1. */
  constructor(count: number, wordsOf: (school: number, add: (word: string) => void) => void) {
    // Pass 1: each (word, school) pair once, with provisional word ids.
    const provisional = new Map<string, number>();
    const lastSchool: number[] = [];
    let pairs = new Uint32Array(1 << 18);
    let length = 0;
    for (let i = 0; i < count; i++) {
      wordsOf(i, (word) => {
        let id = provisional.get(word);
        if (id === undefined) {
          provisional.set(word, (id = provisional.size));
          lastSchool.push(-1);
        }
        if (lastSchool[id] === i) return;
        lastSchool[id] = i;
        if (length + 2 > pairs.length) {
          const grown = new Uint32Array(pairs.length * 2);
          grown.set(pairs);
          pairs = grown;
        }
        pairs[length++] = id;
        pairs[length++] = i;
      });
    }
    // Sorted ids, then counts, then the schools in place (pairs come by school, so each word's list is ascending).
    this.words = [...provisional.keys()].sort();
    const sortedId = new Uint32Array(this.words.length);
    this.words.forEach((word, id) => {
      this._id.set(word, id);
      sortedId[provisional.get(word)!] = id;
    });
    this.start = new Uint32Array(this.words.length + 1);
    for (let k = 0; k < length; k += 2) this.start[sortedId[pairs[k]!]! + 1]!++;
    for (let w = 0; w < this.words.length; w++) this.start[w + 1]! += this.start[w]!;
    this.schools = new Uint32Array(length / 2);
    const next = this.start.slice(0, this.words.length);
    for (let k = 0; k < length; k += 2) this.schools[next[sortedId[pairs[k]!]!]!++] = pairs[k + 1]!;
  }

  /** The id of a word, if any school has it. */
  id(word: string): number | undefined {
    return this._id.get(word);
  }

  /** The schools that have word `w`, ascending (a view, not a copy). */
  of(w: number): Uint32Array {
    return this.schools.subarray(this.start[w]!, this.start[w + 1]!);
  }

  /** How many schools have word `w`. */
  size(w: number): number {
    return this.start[w + 1]! - this.start[w]!;
  }

  /** The ids of the words starting with `prefix`: [from, to). */
  prefixRange(prefix: string): [number, number] {
    const words = this.words;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < words.length && words[end]!.startsWith(prefix)) end++;
    return [lo, end];
  }
}
