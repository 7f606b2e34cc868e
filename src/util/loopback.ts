/** Whether `hostname` (a URL's) is this machine's: browsers trust it over http, even from a page on https. */
export const isLoopback = (hostname: string): boolean => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(hostname);

/**
 * Whether `address` is on plain http elsewhere than this machine: a page on https cannot read it (the browser blocks
 * it as mixed content, whatever its host sends). One rule for the error texts, the embed code's notes and the check.
 */
export const isPlainHttp = (address: URL): boolean => address.protocol === 'http:' && !isLoopback(address.hostname);
