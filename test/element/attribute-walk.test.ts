/**
 * Every element walked through a seeded random sequence of attribute changes, as a page's script or a framework
 * makes them (valid and invalid values, removed attributes, properties bound to null or undefined, another source, a
 * missing and a broken one), with each data file answering after its own delay, so that a change often lands while
 * the data of the one before is on its way. At the end, the element must show what a fresh element given the last
 * attributes shows: never the data of an earlier source or scope, never a state an attribute left behind (a removed
 * attribute or a null property reads as its default), and no error ever reaches the host page.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { apply, pickChange, settled, walkSuite, WALKS } from '../support/element-walk.js';
import { pick, seededRandom } from '../support/seeded-random.js';

describe('attribute walks: an element after any sequence of changes shows what a fresh one shows', () => {
  const walk = walkSuite();

  for (const tag of Object.keys(WALKS))
    for (const seed of [1, 2])
      it(`<${tag}>, walk ${seed}`, async function () {
        this.timeout(60_000);
        const rnd = seededRandom(seed * 7919 + tag.length);
        const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
        const walked = document.createElement(tag);
        apply(walked, 'src', 'A', walk.sources);
        box.append(walked);
        const steps: string[] = [];
        // The attributes as the walk left them (an element may rewrite one it ignored: sort="x" reads sort="name").
        const last = new Map<string, string | null>([['src', 'A']]);
        for (let step = 0; step < 18; step++) {
          const [name, value] = pickChange(rnd, tag, 0.3);
          const way = pick(rnd, ['attribute', 'attribute', null, undefined] as const);
          if (way === 'attribute') apply(walked, name, value, walk.sources);
          else apply(walked, name, value, walk.sources, way);
          last.set(name, value);
          steps.push(value !== null ? `${name}=${value}` : way === 'attribute' ? `-${name}` : `.${name}=${way}`);
          await aTimeout(pick(rnd, [0, 0, 15, 60, 200, 400]));
        }
        const trail = `${tag} after ${steps.join(', ')}`;
        const after = await settled(walked, trail);

        const fresh = document.createElement(tag);
        for (const [name, value] of last) apply(fresh, name, value, walk.sources);
        box.append(fresh);
        const expected = await settled(fresh, `a fresh ${tag}`);
        expect(after, trail).to.equal(expected);
        expect(walk.errors, `errors that reached the page: ${trail}`).to.deep.equal([]);
      });
});
