/**
 * The comment that heads an embed code: what the view's data are and where
 * they come from, as every download says it (src/util/provenance.ts), and the
 * release the code reads. Whoever pastes the code, or finds it in a page years
 * later, can tell synthetic demo data from an official release.
 */
import type { NationalIndex } from '../contract/contract.types.js';
import type { Language } from '../contract/vocabulary.js';
import { localize } from '../i18n/lang.js';
import { provenanceOf, provenanceRows } from '../util/provenance.js';

/**
 * Text from data made safe inside an HTML comment: without `<` and `>` no
 * `-->`, `--!>` or `<!--` can end it early or open another; runs of hyphens
 * become a dash; control and bidi characters (the loader's isolates among
 * them) go, so that the code reads as it runs.
 */
export function commentText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  const controls = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
  return text.replace(controls, ' ').replace(/[<>]/g, '').replace(/-{2,}/g, '–').replace(/\s+/g, ' ').trim();
}

/** `releaseLine`: the release and whether the code is frozen at it, in the page's language. */
export function embedComment(index: NationalIndex, lang: Language, releaseLine: string): string {
  const rows = provenanceRows(provenanceOf(index, localize(index.title, lang), false, lang), lang);
  const lines = [...rows.map((row) => row.join(': ')), releaseLine].map(commentText).filter(Boolean);
  return `<!--\n  ${lines.join('\n  ')}\n-->`;
}
