import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/util/define-element.js';

describe('defineElement', () => {
  it('registers a tag once and ignores a second registration of the same class', () => {
    class First extends HTMLElement {}
    expect(defineElement('scuole-test-first', First)).to.equal(true);
    expect(() => defineElement('scuole-test-first', First)).to.not.throw();
    expect(defineElement('scuole-test-first', First)).to.equal(false);
    expect(customElements.get('scuole-test-first')).to.equal(First);
  });

  it('does not throw when another copy of the bundle registered the tag, and warns once', () => {
    class Copy1 extends HTMLElement {}
    class Copy2 extends HTMLElement {}
    defineElement('scuole-test-copy', Copy1);
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(defineElement('scuole-test-copy', Copy2)).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('scuole-test-copy')).to.equal(Copy1);
    expect(warnings).to.have.length(1);
  });

  it('lets a host register the same class under its own tag in a scoped registry', () => {
    class Shared extends HTMLElement {}
    defineElement('scuole-test-shared', Shared);
    class Renamed extends Shared {}
    expect(defineElement('my-site-shared', Renamed)).to.equal(true);
  });
});
