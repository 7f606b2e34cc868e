/**
 * The chart's first drawing made ahead, in a task of its own, once a timeline
 * is on the page and while its data downloads. Lit prepares a template (parses
 * its markup) the first time one renders, and V8 compiles a function the first
 * time it runs: done here on a sample chart drawn into a detached SVG, both
 * leave the first real chart's path from data to paint (about 8 ms of it on the
 * 21-series benchmark). The sample takes every branch of `chartSvg`.
 */
import { render } from 'lit';
import { chartModel } from '../../src/timeline/chart-model.js';
import { chartSvg, type ChartLabels } from './trend-timeline.svg.js';

let scheduled = false;
let drawn = false;

function drawSample(): void {
  // A chart drawn before this task (its data was at hand) has prepared it all.
  if (drawn) return;
  const series = [
    {
      values: [1, 2, null, 3],
      provisional: [false, false, false, true],
      intervals: [[0.5, 1.5], [1, 3], null, [2, 4]] as [number, number][],
    },
    { values: [2, 1, 1, 2], provisional: [false, false, false, true] },
  ];
  const labels: ChartLabels = {
    series: ['a', 'b'],
    yearLabels: ['1', '2', '3', '4'],
    formatTick: String,
    provisional: [false, false, false, true],
    provisionalLabel: '',
    annotations: [
      { kind: 'period', from: 0, to: 1, label: '' },
      { kind: 'event', from: 2, to: 2, label: '' },
    ],
    stacked: false,
    axes: true,
    directLabels: true,
    markers: true,
    focus: 1,
    selected: 2,
  };
  const box = { width: 320, height: 200, top: 10, right: 40, bottom: 60, left: 30 };
  const target = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  try {
    for (const stacked of [false, true]) render(chartSvg(chartModel(series, 4, box, stacked), { ...labels, stacked }, 4), target);
  } catch {
    // Only a head start: whatever stops it (a page's policy, say) the real chart meets, and reports, itself.
  }
}

/** A real chart has been drawn: the sample is not needed any more. */
export function chartDrawn(): void {
  drawn = true;
}

/** Schedules the sample drawing once per page; later calls do nothing. */
export function prepareChartOnce(): void {
  // On a server (a page rendered in Node imports the element) there is nothing to prepare.
  if (scheduled || typeof document === 'undefined') return;
  scheduled = true;
  // A task of its own, not an idle callback: idle time may come after the data.
  setTimeout(drawSample, 0);
}
