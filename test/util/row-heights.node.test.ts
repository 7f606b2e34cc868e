/** The heights of a long list's rows: measured rows as measured, the others estimated, and the running sum read both ways. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RowHeights } from '../../src/util/row-heights.js';

const keys = ['a', 'b', 'c', 'd', 'e'];

describe('RowHeights', () => {
  it('gives every row the fallback before any is measured', () => {
    const heights = new RowHeights(20);
    heights.setRows(keys);
    assert.equal(heights.offsetOf(0), 0);
    assert.equal(heights.offsetOf(5), 100);
    assert.equal(heights.indexAt(39.9), 1);
    assert.equal(heights.indexAt(40), 2);
    assert.equal(heights.indexAt(-5), 0, 'above the start: the first row');
    assert.equal(heights.indexAt(1e6), 4, 'past the end: the last row');
  });

  it('keeps each measured height, and estimates the others by the first rows measured, then holds the estimate', () => {
    const heights = new RowHeights(20);
    heights.setRows(keys);
    assert.equal(
      heights.measure([
        ['a', 30],
        ['b', 50],
      ]),
      true,
    );
    assert.equal(heights.estimate, 40);
    assert.deepEqual(
      [0, 1, 2, 5].map((i) => heights.offsetOf(i)),
      [0, 30, 80, 200],
    );
    // A later, taller row changes its own height, not the estimate of the rows not drawn.
    assert.equal(heights.measure([['c', 100]]), true);
    assert.equal(heights.estimate, 40);
    assert.deepEqual(
      [3, 5].map((i) => heights.offsetOf(i)),
      [180, 260],
    );
    assert.equal(heights.indexAt(179), 2);
    assert.equal(heights.indexAt(180), 3);
  });

  it('says a measure changed nothing when every height is as assumed, within half a pixel', () => {
    const heights = new RowHeights(20);
    heights.setRows(keys);
    heights.measure([['a', 30]]);
    assert.equal(heights.measure([['a', 30.4]]), false);
    assert.equal(heights.measure([['b', 30.2]]), false, 'a row as tall as the estimate');
    assert.equal(heights.measure([['b', 0]]), false, 'a row not laid out is not measured');
    assert.equal(heights.heightOf(1), 30.2);
  });

  it('follows the rows by key in a new order, and forgets every height on clear', () => {
    const heights = new RowHeights(20);
    heights.setRows(keys);
    heights.measure([
      ['a', 10],
      ['e', 90],
    ]);
    heights.setRows(['e', 'a']);
    assert.deepEqual([heights.heightOf(0), heights.heightOf(1), heights.offsetOf(2)], [90, 10, 100]);
    heights.clear();
    assert.deepEqual([heights.heightOf(0), heights.offsetOf(2)], [20, 40]);
  });

  it('keeps a row where it started as the rows above it are measured, by a drift of every offset, until settled', () => {
    const heights = new RowHeights(20);
    heights.setRows(keys);
    heights.measure([['e', 20]]);
    // Row 3 ('d') at the box's top starts at 60; the rows drawn above it turn out taller (30 and 50 for 20 and 20).
    assert.equal(heights.offsetOf(3), 60);
    assert.equal(
      heights.measure(
        [
          ['b', 30],
          ['c', 50],
        ],
        3,
      ),
      true,
    );
    assert.equal(heights.offsetOf(3), 60, 'the kept row where it was');
    assert.equal(heights.drift, -40);
    assert.deepEqual(
      [0, 1, 2, 4, 5].map((i) => heights.offsetOf(i)),
      [-40, -20, 10, 80, 100],
      'the rows above it moved up, those below it where they were',
    );
    for (let i = 0; i < 5; i++) assert.equal(heights.indexAt(heights.offsetOf(i)), i, `row ${i} found where it starts`);
    // A row below the kept one changes only what lies below it.
    assert.equal(heights.measure([['d', 30]], 3), true);
    assert.deepEqual([heights.offsetOf(3), heights.offsetOf(5), heights.drift], [60, 110, -40]);
    // Nothing changed: no drift added.
    assert.equal(heights.measure([['b', 30]], 1), false);
    assert.equal(heights.drift, -40);
    heights.settle();
    assert.deepEqual(
      [0, 3, 5].map((i) => heights.offsetOf(i)),
      [0, 100, 150],
      'settled: the first row at 0, every other where its heights say',
    );
    heights.measure([['a', 5]], 2);
    assert.deepEqual([heights.offsetOf(2), heights.drift], [50, 15], 'a row above grown shorter: the drift the other way');
    heights.setRows(['e', 'd']);
    assert.equal(heights.offsetOf(0), 0, 'a new list has no drift');
    heights.measure([['e', 40]], 1);
    heights.clear();
    assert.equal(heights.drift, 0, 'nor a cleared one');
  });

  it('reads an empty list as no height', () => {
    const heights = new RowHeights(20);
    heights.setRows([]);
    assert.equal(heights.offsetOf(0), 0);
    assert.equal(heights.offsetOf(3), 0);
    assert.equal(heights.indexAt(10), 0);
  });
});
