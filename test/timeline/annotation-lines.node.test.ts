import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotationLines, annotationRows } from '../../src/timeline/annotation-lines.ts';

describe('annotationLines', () => {
  it('keeps a label that fits on one line, as written', () => {
    assert.deepEqual(annotationLines('Pandemia: mobilità sospese', 8, 320), ['Pandemia: mobilità sospese']);
  });

  it('breaks a label wider than the room at spaces, each line within it', () => {
    const label = 'Pandemia di COVID-19: mobilità fisiche sospese, progetti soltanto online';
    const lines = annotationLines(label, 8, 240);
    assert.deepEqual(lines, ['Pandemia di COVID-19: mobilità', 'fisiche sospese, progetti', 'soltanto online']);
    for (const line of lines) assert.ok(line.length * 8 <= 240, line);
    assert.equal(lines.join(' '), label);
  });

  it('breaks sooner where the characters are wider on screen (the reader’s text spacing)', () => {
    assert.deepEqual(annotationLines('Pandemic: mobility suspended', 8, 260), ['Pandemic: mobility suspended']);
    assert.deepEqual(annotationLines('Pandemic: mobility suspended', 9.6, 260), ['Pandemic: mobility', 'suspended']);
  });

  it('gives a word wider than the room a line of its own, never cut inside', () => {
    assert.deepEqual(annotationLines('Internazionalizzazione 2025', 8, 100), ['Internazionalizzazione', '2025']);
  });

  it('gives an empty label one empty line, and collapses runs of spaces as the SVG shows them', () => {
    assert.deepEqual(annotationLines('', 8, 100), ['']);
    assert.deepEqual(annotationLines('  Erasmus+   2021-2027 ', 8, 400), ['Erasmus+ 2021-2027']);
  });
});

describe('annotationRows', () => {
  it('counts a row per line of each label', () => {
    assert.equal(annotationRows(['Erasmus+ 2021-2027', 'Pandemic: mobility suspended'], 9.6, 260), 3);
    assert.equal(annotationRows([], 8, 260), 0);
  });
});
