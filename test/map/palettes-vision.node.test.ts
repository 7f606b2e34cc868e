/**
 * The map's palettes are colour-blind safe (DESIGN.md), checked rather than
 * claimed: the class colours the map draws (`paletteColours`, 2 to 7 classes)
 * are seen as a reader with protanopia, deuteranopia or tritanopia sees them
 * (Machado, Oliveira and Fernandes 2009, full severity, culori's filters), and
 * in each vision every class must differ from the next by a clearly noticeable
 * step (CIEDE2000 ≥ 5; 2.3 is a just noticeable difference) and be darker
 * than the one before, so that light still reads as low.
 *
 * The check is calibrated: it passes a palette that every vision reads in
 * order, and it flags a planted one that people with normal vision read well
 * while a reader with deuteranopia cannot (ColorBrewer's light green to light
 * orange: about 21 apart in normal vision, 2 under deuteranopia).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { converter, differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, type Color } from 'culori';
import { interpolateRgbBasis } from 'd3-interpolate';
import { PALETTE_NAMES, paletteColours } from '../../src/map/palettes.ts';

/** A clearly noticeable difference between two patches side by side (CIEDE2000). */
const MIN_STEP = 5;

type Vision = (colour: string) => Color;
const rgb = (colour: string): Color => converter('rgb')(colour)!;
const VISIONS: Record<string, Vision> = {
  'normal vision': rgb,
  protanopia: (colour) => filterDeficiencyProt(1)(rgb(colour)),
  deuteranopia: (colour) => filterDeficiencyDeuter(1)(rgb(colour)),
  tritanopia: (colour) => filterDeficiencyTrit(1)(rgb(colour)),
};

const difference = differenceCiede2000();
const lab = converter('lab65');

/** What goes wrong with `colours` (light to dark, as the map's classes) in one vision: nothing when the list is empty. */
function unreadable(colours: readonly string[], vision: Vision): string[] {
  const seen = colours.map(vision);
  const problems: string[] = [];
  for (let k = 1; k < seen.length; k++) {
    const step = difference(seen[k - 1]!, seen[k]!);
    if (step < MIN_STEP) problems.push(`classes ${k} and ${k + 1} of ${seen.length} are ${step.toFixed(1)} apart`);
    if (lab(seen[k]!)!.l >= lab(seen[k - 1]!)!.l) problems.push(`class ${k + 1} of ${seen.length} is not darker than class ${k}`);
  }
  return problems;
}

/** Every class count the map offers (2 to 7), in every vision. */
function unreadableAnywhere(coloursFor: (count: number) => readonly string[]): string[] {
  const problems: string[] = [];
  for (const [name, vision] of Object.entries(VISIONS))
    for (let count = 2; count <= 7; count++) problems.push(...unreadable(coloursFor(count), vision).map((p) => `${name}: ${p}`));
  return problems;
}

/** Classes spread over a palette's stops as the map spreads them (src/map/palettes.ts). */
const spread = (stops: string[]) => (count: number) => {
  const interpolate = interpolateRgbBasis(stops);
  return Array.from({ length: count }, (_, i) => interpolate(0.08 + (0.92 * i) / (count - 1)));
};

describe('the map’s palettes, as readers with a colour vision deficiency see them', () => {
  for (const name of PALETTE_NAMES)
    it(`${name}: each class clearly apart from the next and darker, in normal vision and under protanopia, deuteranopia and tritanopia`, () => {
      assert.deepEqual(
        unreadableAnywhere((count) => paletteColours(name, count)),
        [],
      );
    });

  it('flags a palette that normal vision reads and deuteranopia does not (the check finds what is planted)', () => {
    const greenToOrange = spread(['#91cf60', '#fc8d59']);
    assert.deepEqual(unreadable(greenToOrange(3), VISIONS['normal vision']!), [], 'normal vision reads the planted palette');
    const deuteranopia = unreadable(greenToOrange(3), VISIONS.deuteranopia!);
    assert.ok(
      deuteranopia.some((p) => p.includes('apart')),
      `deuteranopia: ${deuteranopia.join('; ') || 'nothing flagged'}`,
    );
  });

  it('flags a rainbow, whose classes do not grow darker (light does not read as low)', () => {
    const rainbow = spread(['#6e40aa', '#ff5e63', '#aff05b', '#1ac7c2']);
    assert.ok(unreadableAnywhere(rainbow).some((p) => p.includes('not darker')));
  });
});
