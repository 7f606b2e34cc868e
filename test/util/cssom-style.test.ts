import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssomStyle } from '../../src/util/cssom-style.js';

describe('cssomStyle', () => {
  it('sets, updates and removes inline properties through the CSSOM', () => {
    const box = document.createElement('div');
    const draw = (props: Record<string, string | null>) => render(html`<span style=${cssomStyle(props)}></span>`, box);
    draw({ left: '4px', top: '2px', '--series': 'red' });
    const span = box.querySelector('span')!;
    expect([span.style.left, span.style.top, span.style.getPropertyValue('--series')]).to.deep.equal(['4px', '2px', 'red']);
    draw({ left: '5px', top: null });
    expect([span.style.left, span.style.top, span.style.getPropertyValue('--series')]).to.deep.equal(['5px', '', '']);
  });

  it('refuses any place but a style attribute', () => {
    expect(() => render(html`<span title=${cssomStyle({ left: '1px' })}></span>`, document.createElement('div'))).to.throw(
      /style attribute/,
    );
  });
});
