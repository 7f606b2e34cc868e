import { expect, fixture, html } from '@open-wc/testing';
import { resolveColour } from '../../src/util/resolve-colour.js';

describe('resolveColour', () => {
  it('resolves system colours and named colours to rgb, and leaves literal ones alone', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    expect(resolveColour(root, '#123456')).to.equal('#123456');
    expect(resolveColour(root, 'rgb(1, 2, 3)')).to.equal('rgb(1, 2, 3)');
    expect(resolveColour(root, 'red')).to.equal('rgb(255, 0, 0)');
    expect(resolveColour(root, 'CanvasText')).to.match(/^rgb\(\d+, \d+, \d+\)$/);
    expect(resolveColour(root, 'Canvas')).not.to.equal(resolveColour(root, 'CanvasText'));
    // One probe per root, hidden.
    expect(root.querySelectorAll('span[hidden]')).to.have.length(1);
  });
});
