/**
 * How every tool of the project starts Debian's Chromium (browser tests, the
 * story check, the benchmarks): its path (or CHROME_PATH) and the flags this
 * machine needs (no sandbox as root, no GPU, and none of Chromium's own
 * network traffic, which the closed network refuses).
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
