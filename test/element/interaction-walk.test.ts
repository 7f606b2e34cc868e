/**
 * Every element used by a person while the page's script changes its attributes: clicks on its buttons, choices in
 * its selects, typing, keys on what has the focus, between the attribute walks' changes (test/support/element-walk.ts),
 * each data file answering after its own delay. Whatever the order: no error reaches the page; a click or a key on
 * the settled element never drops the focus to the page's body; and the element settles on its last source's data
 * only, never on a name of the other release.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { apply, pickChange, settled, type Source, walkSuite, WALKS } from '../support/element-walk.js';
import { pick, seededRandom } from '../support/seeded-random.js';

/** The names only the other release has: release B renames Firenze and Toscana. */
const FOREIGN: Partial<Record<Source, RegExp>> = { A: /Fiorenza|Tuscia/, B: /Firenze|Toscana/ };

/** What a person can act on: shown, enabled, and not a download or a print (they leave the page's realm). */
function actionable(root: ShadowRoot, selector: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)].filter(
    (node) =>
      node.getClientRects().length > 0 &&
      !(node as HTMLButtonElement).disabled &&
      !/Scarica|Download|Stampa|Print|Copia|Copy/.test(node.textContent ?? ''),
  );
}

const KEYS = ['Enter', 'Escape', 'ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'PageDown', ' '] as const;

/** One thing a person does on the element; its description, or null when there was nothing to do it on. */
async function act(el: Element, rnd: () => number): Promise<string | null> {
  const root = el.shadowRoot!;
  const kind = pick(rnd, ['click', 'key', 'key', 'select', 'type'] as const);
  if (kind === 'click') {
    const target = pick(rnd, actionable(root, 'button, summary'));
    if (!target) return null;
    target.focus();
    target.click();
    return `click «${target.textContent!.trim().slice(0, 30)}»`;
  }
  if (kind === 'select') {
    const select = pick(rnd, actionable(root, 'select')) as HTMLSelectElement | undefined;
    if (!select || select.options.length === 0) return null;
    select.focus();
    select.selectedIndex = Math.floor(rnd() * select.options.length);
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return `select ${select.value}`;
  }
  if (kind === 'type') {
    const input = pick(rnd, actionable(root, 'input:not([type=range])'));
    if (!input) return null;
    input.focus();
    const text = pick(rnd, ['fi', 'liceo', 'zz']);
    await sendKeys({ type: text });
    return `type ${text}`;
  }
  const target = pick(rnd, actionable(root, 'button, select, input, [tabindex="0"], [role="application"]'));
  if (!target) return null;
  target.focus();
  const key = pick(rnd, KEYS);
  await sendKeys({ press: key === ' ' ? 'Space' : key });
  return `${key === ' ' ? 'Space' : key} on ${target.localName}${target.getAttribute('part') ? `[${target.getAttribute('part')}]` : ''}`;
}

describe('interaction walks: a person acting on an element while its attributes change', () => {
  const walk = walkSuite();

  for (const tag of Object.keys(WALKS))
    for (const seed of [1])
      it(`<${tag}>, walk ${seed}`, async function () {
        this.timeout(90_000);
        const rnd = seededRandom(seed * 1009 + 31 * tag.length);
        const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
        const el = document.createElement(tag);
        apply(el, 'src', 'A', walk.sources);
        box.append(el);
        let source: Source | null = 'A';
        const steps: string[] = [];
        for (let step = 0; step < 18; step++) {
          if (rnd() < 0.35) {
            const [name, value] = pickChange(rnd, tag, 0.1);
            apply(el, name, value, walk.sources);
            if (name === 'src') source = value as Source | null;
            steps.push(value === null ? `-${name}` : `${name}=${value}`);
            await aTimeout(pick(rnd, [0, 15, 60, 200]));
            continue;
          }
          // A person acts on what they see: the element as it settled.
          await settled(el, `${tag} after ${steps.join(', ')}`);
          // Something to act on: a state with no button (an error) leaves a key or a choice to try.
          let done: string | null = null;
          for (let attempt = 0; attempt < 3 && !done; attempt++) done = await act(el, rnd);
          if (!done) continue;
          steps.push(done);
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          await aTimeout(50);
          if (!done.startsWith('type') && el.isConnected)
            expect(document.activeElement, `the focus fell to the page after ${steps.join(', ')}`).not.to.equal(document.body);
        }
        const trail = `${tag} after ${steps.join(', ')}`;
        const after = await settled(el, trail);
        const foreign = source === null ? undefined : FOREIGN[source];
        if (foreign) expect(after, `another release's data: ${trail}`).not.to.match(foreign);
        expect(walk.errors, `errors that reached the page: ${trail}`).to.deep.equal([]);
      });
});
