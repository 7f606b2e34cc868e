/**
 * The shape every element's `*.messages.ts` shares: the texts of the loading,
 * error and synthetic-data states, and one sentence per usage error (`what` of
 * a `UsageError`), each given the offending value (quoted) and a hint.
 * Italian first; the English table has the same keys, checked by the compiler.
 */
import type { Language } from '../contract/vocabulary.js';

export type UsageText = (value: string, hint: string) => string;

export interface ElementMessages<What extends string = string> {
  loading: string;
  error: string;
  synthetic: string;
  usage: Record<What, UsageText>;
}

/** An element's texts in both languages. */
export type Catalogue<M> = Record<Language, M>;
