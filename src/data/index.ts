/** The data loader and its typed errors. */
export { ContractLoader, sharedLoader, type GeometryOptions, type IndexSource, type LoadOptions, type LoaderOptions } from './loader.js';
export { RequestCache } from './request-cache.js';
export * from '../errors.js';
