/**
 * Each page of a PDF as a reader finds it on paper: its text, and the colours
 * it is painted with. What a test of printing reads to know on which page
 * something landed (an emulated print lays the page out for paper but never
 * cuts it into pages), and whether the colours that carry data reached the
 * paper (a browser leaves backgrounds off unless asked). pdf.js reads it.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Each page's `text`, its lines joined by spaces (a line's pieces as they are: a ligature, «fi», is a piece of its
 * own), and its `fills`: every colour something is filled with (text, boxes, a canvas's shapes), as `rgb(r, g, b)`.
 */
export async function pdfPages(data) {
  const pdf = await getDocument({ data: new Uint8Array(data), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
      const { fnArray, argsArray } = await page.getOperatorList();
      const fills = new Set();
      fnArray.forEach((fn, i) => fn === OPS.setFillRGBColor && fills.add(`rgb(${Object.values(argsArray[i]).join(', ')})`));
      pages.push({ text: text.replace(/\s+/g, ' ').trim(), fills: [...fills].sort() });
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}
