/** Whether `hostname` (a URL's) is this machine's: browsers trust it over http, even from a page on https. */
export const isLoopback = (hostname: string): boolean => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(hostname);
