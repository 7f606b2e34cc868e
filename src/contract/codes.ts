/**
 * Official codes used as keys, with the patterns that recognise them. The message
 * key of each pattern names it in validation errors (see `src/i18n/error-text.ts`).
 */
import { SCHOOL_CODE } from './school-code.js';

export { SCHOOL_CODE };

export const CODE_PATTERNS = {
  /** ISTAT region code, "01".."20". */
  region: /^(0[1-9]|1\d|20)$/,
  /** ISTAT province code, "001". */
  province: /^\d{3}$/,
  /** ISTAT comune code, "058091". */
  comune: /^\d{6}$/,
  /** Belfiore (cadastral) code of a comune, "H501". */
  belfiore: /^[A-Z]\d{3}$/,
  /** Codice meccanografico of a school or institution, "BSIC8AH00E" (its own module: the badge needs only it). */
  school: SCHOOL_CODE,
  /** Province acronym (sigla), "BS". */
  acronym: /^[A-Z]{2}$/,
  /** ISO 3166-1 alpha-2 country code of a partner country, "FR". */
  country: /^[A-Z]{2}$/,
  /** Metric id, "etwinning.projects". */
  metric: /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9_-]*)+$/,
  /** Identifiers of programmes, sources, pillars: "erasmus", "mim-anagrafe". */
  identifier: /^[a-z][a-z0-9-]*$/,
} as const;

export type CodeKind = keyof typeof CODE_PATTERNS;

/** True when `value` is a well-formed code of that kind. */
export function isCode(kind: CodeKind, value: unknown): value is string {
  return typeof value === 'string' && CODE_PATTERNS[kind].test(value);
}
