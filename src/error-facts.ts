/**
 * The facts each kind of data error carries, as plain shapes: what the message
 * catalogue (`i18n/error-text.ts`) reads to write its sentences. The classes
 * of `errors.ts` have these shapes; the catalogue needs none of their code, so
 * the two modules do not import each other.
 */
import type { ContractIssue } from './contract/contract.types.js';
import type { RawIssue } from './contract/schema-dsl.js';

interface Fact<Code extends string> {
  readonly code: Code;
  readonly url?: string;
}

export type ErrorFacts =
  | Fact<'network'>
  | (Fact<'timeout'> & { readonly timeoutMs: number })
  | (Fact<'http'> & { readonly status: number; readonly notFound: boolean })
  | (Fact<'parse'> & { readonly detail: string; readonly first?: string })
  | (Fact<'version'> & { readonly found: string; readonly supported: string })
  | (Fact<'schema'> & { readonly raw: readonly RawIssue[]; issues: readonly ContractIssue[]; readonly truncated: boolean })
  | (Fact<'not-found'> & {
      readonly what: 'region' | 'province' | 'comune' | 'school' | 'geometry' | 'search' | 'survey';
      readonly key: string;
      readonly held?: readonly string[];
    });

export type SchemaErrorFacts = Extract<ErrorFacts, { code: 'schema' }>;
