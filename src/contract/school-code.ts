/**
 * The pattern of a codice meccanografico (a school's or an institution's code,
 * "BSIC8AH00E"), in a module of its own: the badge's light path checks a code
 * with it and nothing else, so that the other code patterns (codes.ts), which
 * only the validator and the full loader need, stay out of the badge's bundle.
 */
export const SCHOOL_CODE = /^[A-Z]{2}[A-Z0-9]{8}$/;
