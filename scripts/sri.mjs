import { createHash } from 'node:crypto';

/** The Subresource Integrity value of some bytes, as `<script integrity>` wants it. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
