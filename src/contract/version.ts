/**
 * The contract's name and version. Documents carry `"contract": "scuole-europa/1"`
 * (a minor may follow: `"scuole-europa/1.2"`). A different major is refused; a newer
 * minor of the same major is accepted, its unknown fields kept.
 */
import { ContractVersionError } from '../errors.js';

export const CONTRACT_NAME = 'scuole-europa';
export const CONTRACT_MAJOR = 1;
export const CONTRACT_MINOR = 0;
export const CONTRACT_VERSION = `${CONTRACT_NAME}/${CONTRACT_MAJOR}.${CONTRACT_MINOR}`;

const VERSION_PATTERN = /^scuole-europa\/(\d+)(?:\.(\d+))?$/;

export interface ParsedVersion {
  major: number;
  minor: number;
}

/** Parses a `contract` value; `null` when it is not a version of this contract at all. */
export function parseContractVersion(value: unknown): ParsedVersion | null {
  if (typeof value !== 'string') return null;
  const match = VERSION_PATTERN.exec(value);
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2] ?? 0) };
}

/** Refuses a document of another major version (or of no version of this contract) before its shape is judged. */
export function requireSupportedVersion(value: unknown, url?: string): void {
  const version = parseContractVersion(value);
  if (!version || version.major !== CONTRACT_MAJOR)
    throw new ContractVersionError(url, String(value), `${CONTRACT_NAME}/${CONTRACT_MAJOR}`);
}
