import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartModel } from '../../src/timeline/chart-model.js';
import { lineYAt, nearestSeries, seriesOrderAt, stepSeries } from '../../src/timeline/nearest-series.js';

// A plot from x 0 to 300 and y 0 (value 10) to 100 (value 0): value v is at y 100 - 10v, year i at x 100i.
const box = { width: 300, height: 100, top: 0, right: 0, bottom: 0, left: 0 };
const flat = (values: (number | null)[]) => ({ values, provisional: values.map(() => false) });
const model = chartModel(
  [
    flat([2, 4, 6, 8]), // rising: y 80, 60, 40, 20
    flat([8, 6, 4, 2]), // falling: y 20, 40, 60, 80
    flat([5, null, 5, null]), // two lone years at y 50
  ],
  4,
  box,
  false,
  10,
);

describe('the line a reader means', () => {
  it('reads a line between two years where its segment spans the x, and a lone year only near its marker', () => {
    assert.equal(lineYAt(model.series[0]!.points, 150, 8), 50);
    assert.equal(lineYAt(model.series[1]!.points, 25, 8), 25);
    // No segment from year 0 to year 2 across the gap: the line is not drawn at 100.
    assert.equal(lineYAt(model.series[2]!.points, 100, 8), null);
    assert.equal(lineYAt(model.series[2]!.points, 206, 8), 50);
    assert.equal(lineYAt(model.series[2]!.points, 210, 8), null);
  });

  it('picks the line nearest the pointer within the tolerance, and none away from every line', () => {
    // At x 50 the rising line is at y 70, the falling one at 30.
    assert.equal(nearestSeries(model, 50, 66, 10), 0);
    assert.equal(nearestSeries(model, 50, 36, 10), 1);
    assert.equal(nearestSeries(model, 50, 50, 10), null);
    // Where the two cross (x 150, y 50) the first in order wins a tie.
    assert.equal(nearestSeries(model, 150, 50, 10), 0);
    // The lone marker at year 2, beside the crossing lines (40 and 60 there).
    assert.equal(nearestSeries(model, 203, 51, 10), 2);
  });

  it('orders the lines with a value at a year from the top of the chart down', () => {
    assert.deepEqual(seriesOrderAt(model, 0), [1, 2, 0]);
    assert.deepEqual(seriesOrderAt(model, 3), [0, 1]);
    // A tie keeps the series' order.
    assert.deepEqual(seriesOrderAt(model, 2), [0, 2, 1]);
  });

  it('steps up and down through that order, starting from the end the key leaves and stopping at either end', () => {
    const order = [1, 2, 0];
    assert.equal(stepSeries(order, null, 1), 1);
    assert.equal(stepSeries(order, null, -1), 0);
    assert.equal(stepSeries(order, 1, 1), 2);
    assert.equal(stepSeries(order, 2, -1), 1);
    assert.equal(stepSeries(order, 1, -1), 1);
    assert.equal(stepSeries(order, 0, 1), 0);
    // A series with no value at this year: the key starts again.
    assert.equal(stepSeries([0, 1], 2, 1), 0);
    assert.equal(stepSeries([], 0, 1), null);
  });
});
