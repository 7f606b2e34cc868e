/**
 * Target size (WCAG 2.2, 2.5.8, AA) on a phone's column: every control of
 * every element is at least 24 × 24 CSS px, or so spaced that a 24 px circle
 * centred on it touches no other control nor another small control's circle.
 * A link or button inside a sentence is exempt (the rule's own exception), as
 * the sentence sets its height.
 */
import { expect } from '@open-wc/testing';
import { drawnInTurn } from '../support/every-element.js';

const CONTROLS = 'button, a[href], input, select, summary, textarea, [tabindex="0"], [role="button"], [role="option"], [role="slider"]';

interface Target {
  name: string;
  box: DOMRect;
}

/** The element's controls that are laid out, but not those inline in a sentence. */
function targetsOf(element: Element): Target[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(CONTROLS)]
    .filter((control) => control.getClientRects().length > 0 && getComputedStyle(control).display !== 'inline')
    .map((control) => ({
      name: `<${control.localName}${control.getAttribute('part') ? ` part="${control.getAttribute('part')}"` : ''}${control.className ? ` class="${control.className}"` : ''}> «${(control.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}»`,
      box: control.getBoundingClientRect(),
    }));
}

/** How far a point is from a box (0 inside it). */
const distance = (x: number, y: number, box: DOMRect) =>
  Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));

/** The targets under 24 px that a 24 px circle on them would bring too near another control or small target's circle. */
function tooSmall(targets: Target[]): string[] {
  const small = targets.filter(({ box }) => box.width < 23.5 || box.height < 23.5);
  const centre = ({ box }: Target) => [box.left + box.width / 2, box.top + box.height / 2] as const;
  return small
    .filter((target) => {
      const [x, y] = centre(target);
      return targets.some((other) => {
        if (other === target) return false;
        // A control inside another (a button in an option) is one target.
        if (
          other.box.left <= target.box.left &&
          other.box.right >= target.box.right &&
          other.box.top <= target.box.top &&
          other.box.bottom >= target.box.bottom
        )
          return false;
        if (small.includes(other)) {
          const [ox, oy] = centre(other);
          return Math.hypot(x - ox, y - oy) < 24 - 0.5;
        }
        return distance(x, y, other.box) < 12 - 0.5;
      });
    })
    .map(({ name, box }) => `${name} ${Math.round(box.width)}×${Math.round(box.height)}`);
}

describe('target size', () => {
  it('gives every control of every element 24 px, or the room around it, in a phone’s 375 px column', async () => {
    for await (const { element } of drawnInTurn('width: 343px')) {
      const targets = targetsOf(element);
      expect(targets.length, `${element.localName}: controls found`).to.be.above(0);
      expect(tooSmall(targets), `${element.localName}: targets under 24 px without room`).to.deep.equal([]);
    }
  });
});
