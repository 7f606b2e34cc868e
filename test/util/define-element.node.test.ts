import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defineElement } from '../../src/util/define-element.ts';

describe('defineElement on a server', () => {
  it('registers nothing, and does not throw, where there is no registry (Node rendering a page)', () => {
    assert.equal(typeof globalThis.customElements, 'undefined');
    assert.equal(defineElement('scuole-test-server', class {} as unknown as CustomElementConstructor), false);
  });
});
