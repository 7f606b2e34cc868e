/** Types of demo-server-middleware.mjs (the demo data host of `npm start`). */
import type { Middleware } from '@web/dev-server-core';

export function releases(currentRelease: () => string | null): Middleware;
export function cors(): Middleware;
export function compression(): Middleware;
