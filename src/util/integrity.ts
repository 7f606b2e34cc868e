/**
 * A Subresource Integrity value as `<script integrity>` reads it: one or more
 * `sha256-`, `sha384-` or `sha512-` hashes in base64, separated by spaces. A
 * browser ignores a malformed one (the script then loads unchecked), and a
 * host that pasted it would believe its script checked.
 */
const HASH = /^(sha256|sha384|sha512)-[A-Za-z0-9+/]+={0,2}$/;

export function isIntegrity(value: string): boolean {
  const hashes = value.trim().split(/\s+/);
  return hashes[0] !== '' && hashes.every((hash) => HASH.test(hash));
}
