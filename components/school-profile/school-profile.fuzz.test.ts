/**
 * The badge's light path (the README's snippet for schools) fed 300 mutated
 * school documents, generated at test time from the fixture with a seeded
 * random walk: each one ends in the badge or in a typed error in the page's
 * language (never "[object Object]", never a stack overflow), never stays on
 * its loading state, and no error reaches the host page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { schoolFixture } from '../../test/fixtures/contract.fixture.js';
import { freshFolder, serve } from '../../test/support/data-routes.js';
import { captureWarnings } from '../../test/support/element-helpers.js';
import { pick, seededRandom } from '../../test/support/seeded-random.js';
import { serveContract } from '../../test/support/serve-contract.js';
import './define.js';

const deep = (depth: number): unknown => {
  let node: unknown = 1;
  for (let i = 0; i < depth; i++) node = { a: node };
  return node;
};

const REPLACEMENTS: ((rnd: () => number) => unknown)[] = [
  () => undefined,
  () => null,
  () => 42,
  () => -1,
  () => 1e308,
  () => '',
  () => 'x'.repeat(5000),
  () => ({}),
  () => [],
  () => [{}],
  () => [null, 'a', 3],
  () => true,
  () => deep(5000),
  () => Array.from({ length: 200_000 }, (_, i) => i),
  (rnd) => ({ toString: 'no', valueOf: rnd() }),
];

/** Every path to a value inside `node`. */
function paths(node: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof node !== 'object' || node === null) return out;
  for (const [key, value] of Object.entries(node)) {
    const path = [...prefix, Array.isArray(node) ? Number(key) : key];
    out.push(path);
    if (path.length < 6) paths(value, path, out);
  }
  return out;
}

function mutate(rnd: () => number): unknown {
  const doc = structuredClone(schoolFixture()) as unknown as Record<string, unknown>;
  const count = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < count; k++) {
    const all = paths(doc).filter(
      (p) => p[0] !== 'contract' && p[0] !== 'kind' && !(p[0] === 'school' && p[1] === 'code' && p.length === 2),
    );
    const path = pick(rnd, all);
    let parent = doc as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const value = pick(rnd, REPLACEMENTS)(rnd);
    if (value === undefined) delete parent[path.at(-1)!];
    else parent[path.at(-1)!] = value;
  }
  return doc;
}

describe('the badge’s light path, fuzzed', () => {
  it('ends every one of 300 mutated school documents in the badge or a typed error, and nothing reaches the page', async function () {
    this.timeout(120_000);
    const { src } = await serveContract();
    const index = await (await fetch(src)).json();
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const capture = captureWarnings();
    const rnd = seededRandom(20261130);
    const outcomes = { badge: 0, error: 0 };
    const bad: string[] = [];
    try {
      for (let n = 0; n < 300; n++) {
        const folder = freshFolder();
        const doc = mutate(rnd);
        await serve(`${folder}/schools/FIIC81200A.json`, doc);
        const own = await serve(`${folder}/index.json`, index);
        const el = await fixture<HTMLElement>(html`<school-profile src=${own} code="FIIC81200A" lang="it"></school-profile>`);
        await waitUntil(
          () => el.shadowRoot?.querySelector('[part~="badge"], [part~="error"]'),
          `document ${n} stays on its loading state`,
          {
            timeout: 4000,
          },
        );
        const error = el.shadowRoot!.querySelector('[part~="error"]');
        if (error) {
          outcomes.error++;
          const text = error.textContent!;
          if (/\[object |call stack|undefined|TypeError/.test(text)) bad.push(`${n}: ${text.trim().slice(0, 160)}`);
        } else outcomes.badge++;
        el.remove();
      }
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      capture.restore();
    }
    expect(uncaught, 'errors that reached the page').to.deep.equal([]);
    expect(bad, 'errors that are not typed, readable sentences').to.deep.equal([]);
    // Both outcomes happen: the mutations are neither all harmless nor all fatal.
    expect(outcomes.badge).to.be.greaterThan(20);
    expect(outcomes.error).to.be.greaterThan(20);
  });
});
