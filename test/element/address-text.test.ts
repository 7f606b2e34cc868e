import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { breakableAddress, shownWebsite } from '../../src/element/address-text.js';

/** Where the layout started a new line inside `box`'s text: the characters on either side of each break. */
function lineBreaks(box: HTMLElement): string[] {
  const chars: { char: string; top: number }[] = [];
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent!.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (rect) chars.push({ char: node.textContent![i]!, top: Math.round(rect.top) });
    }
  }
  return chars.slice(1).flatMap((c, i) => (c.top > chars[i]!.top ? [`${chars[i]!.char}|${c.char}`] : []));
}

describe('addresses shown in a narrow column', () => {
  it('break after "@" and "/" or before ".", never inside a word, and read whole', async () => {
    // The institution list's contacts column wrapped "SIIC828001@PEC.ISTRUZIONE.I" and "T".
    for (const [address, width] of [
      ['SIIC828001@PEC.ISTRUZIONE.IT', 120],
      ['BSIC8AH00E@pec.istruzione.it', 120],
      [shownWebsite('https://www.comprensivoduecolle.edu.it/scuola/'), 190],
    ] as const) {
      const box = await fixture<HTMLDivElement>(
        html`<div style=${`width: ${width}px; overflow-wrap: anywhere; font: 13px sans-serif`}></div>`,
      );
      render(breakableAddress(address), box);
      expect(box.textContent, 'the same text, to read and to copy').to.equal(address);
      const breaks = lineBreaks(box);
      expect(breaks.length, `${address} wraps at ${width} px`).to.be.greaterThan(0);
      for (const at of breaks) expect(at, address).to.match(/^[@/]\||^.\|\.$/);
    }
  });

  it('shows a website without its scheme and trailing slash', () => {
    expect(shownWebsite('HTTPS://www.scuola.edu.it/')).to.equal('www.scuola.edu.it');
    expect(shownWebsite('http://www.scuola.edu.it/plesso/')).to.equal('www.scuola.edu.it/plesso');
  });
});
