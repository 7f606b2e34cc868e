/**
 * The text of each page of a PDF, as a reader finds it on paper: what a test
 * of printing reads to know on which page something landed (an emulated print
 * lays the page out for paper but never cuts it into pages). pdf.js reads it.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page's text, its lines joined by spaces (a line's pieces as they are: a ligature, «fi», is a piece of its own). */
export async function pdfPages(data) {
  const pdf = await getDocument({ data: new Uint8Array(data), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
      pages.push(text.replace(/\s+/g, ' ').trim());
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}
