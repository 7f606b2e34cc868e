/** The data contract v1: types, schemas, vocabularies and the validator. */
export * from './version.js';
export * from './vocabulary.js';
export * from './codes.js';
export type * from './contract.types.js';
export { validateDocument, validateTopology, MAX_ISSUES } from './validate.js';
