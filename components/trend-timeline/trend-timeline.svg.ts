/**
 * The SVG of a time chart from its model: grid and y ticks, provisional years
 * hatched, programme periods and events under the axis, lines (final solid,
 * provisional dashed) or stacked bands, markers, direct labels and the focus
 * and selected-year rules. Strings from data go in as text nodes only; series
 * colours through classes (`seriesStyle`), no inline style, which a strict
 * Content-Security-Policy would block; markers as one path per series.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { spreadLabels, yearLabelIndices, type ChartModel } from '../../src/timeline/chart-model.js';
import { markersPath, seriesStyle } from '../../src/timeline/series-style.js';

export interface ChartLabels {
  /** Series labels (for direct labels). */
  series: readonly string[];
  yearLabels: readonly string[];
  formatTick: (value: number) => string;
  /** Per year: some shown series is provisional there. */
  provisional: readonly boolean[];
  provisionalLabel: string;
  /** Periods and events, `from`/`to` as year indices already clipped to the chart. */
  annotations: readonly { kind: 'period' | 'event'; from: number; to: number; label: string }[];
  stacked: boolean;
  /** Grid, ticks and year labels (off for sparklines and small multiples). */
  axes: boolean;
  directLabels: boolean;
  markers: boolean;
  focus: number | null;
  selected: number | null;
}

const half = (model: ChartModel, years: number) => (years > 1 ? (model.x(1) - model.x(0)) / 2 : (model.box.width - model.box.left - model.box.right) / 2);

function axes(model: ChartModel, labels: ChartLabels, years: number): SVGTemplateResult {
  const { box } = model;
  const bottom = box.height - box.bottom;
  const right = box.width - box.right;
  return svg`
    <g class="grid">
      ${model.yTicks.map(
        (t) => svg`<line x1=${box.left} x2=${right} y1=${model.y(t)} y2=${model.y(t)}></line>
          <text class="tick" x=${box.left - 6} y=${model.y(t)} dy="0.32em" text-anchor="end">${labels.formatTick(t)}</text>`,
      )}
    </g>
    ${yearLabelIndices(years, right - box.left + 40).map(
      (i) => svg`<text class="tick" x=${model.x(i)} y=${bottom + 16} text-anchor="middle">${labels.yearLabels[i]}</text>`,
    )}
  `;
}

export function chartSvg(model: ChartModel, labels: ChartLabels, years: number): SVGTemplateResult {
  const { box } = model;
  const bottom = box.height - box.bottom;
  const right = box.width - box.right;
  const step = half(model, years);
  const clampX = (x: number) => Math.min(right, Math.max(box.left, x));
  const band = (i: number) => [clampX(model.x(i) - step), clampX(model.x(i) + step)] as const;
  const labelYs = labels.directLabels
    ? spreadLabels(
        model.series.map((s) => s.last?.y ?? bottom),
        13,
        box.top + 4,
        bottom,
      )
    : [];
  const rule = (i: number | null, kind: string) =>
    i === null ? nothing : svg`<line class=${`rule ${kind}`} x1=${model.x(i)} x2=${model.x(i)} y1=${box.top} y2=${bottom}></line>`;
  return svg`
    <defs>
      <pattern id="provisional-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line class="hatch" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>
    ${labels.provisional.map((p, i) => (p ? svg`<rect class="provisional-band" x=${band(i)[0]} y=${box.top} width=${band(i)[1] - band(i)[0]} height=${bottom - box.top}><title>${labels.provisionalLabel}</title></rect>` : nothing))}
    ${labels.axes ? axes(model, labels, years) : nothing}
    ${labels.annotations.map((a, k) => {
      const y = bottom + 26 + k * 16;
      if (a.kind === 'event') {
        return svg`<g class="annotation event"><line x1=${model.x(a.from)} x2=${model.x(a.from)} y1=${box.top} y2=${y}></line>
          <text x=${model.x(a.from) + 3} y=${y + 4}>${a.label}</text></g>`;
      }
      const x0 = clampX(model.x(a.from) - step);
      const x1 = clampX(model.x(a.to) + step);
      return svg`<g class="annotation period"><line x1=${x0} x2=${x1} y1=${y} y2=${y}></line>
        <text x=${(x0 + x1) / 2} y=${y + 12} text-anchor="middle">${a.label}</text></g>`;
    })}
    ${labels.stacked ? model.series.map((s, i) => svg`<path class=${`band ${seriesStyle(i).className}`} d=${s.band}></path>`) : nothing}
    ${model.series.map((s, i) => {
      const { className, marker } = seriesStyle(i);
      return svg`<g class=${`series ${className}`}>
        <path class="line" d=${s.final}></path>
        <path class="line provisional" d=${s.provisional}></path>
        ${labels.markers ? svg`<path class="marker" d=${markersPath(s.points, marker)}></path>` : nothing}
        ${labels.directLabels && s.last ? svg`<text class="direct-label" x=${s.last.x + 9} y=${labelYs[i]} dy="0.32em">${labels.series[i]}</text>` : nothing}
      </g>`;
    })}
    ${rule(labels.selected, 'selected')}
    ${rule(labels.focus, 'focus')}
  `;
}

/** A standalone copy of a rendered chart, with its computed colours written in (for SVG and PNG downloads). */
export function standaloneSvg(rendered: SVGSVGElement, title: string): string {
  const copy = rendered.cloneNode(true) as SVGSVGElement;
  const originals = [rendered, ...rendered.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((element, i) => {
    const style = getComputedStyle(element);
    const target = copies[i] as SVGElement;
    for (const name of ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'fill-opacity', 'opacity', 'font-size', 'font-family', 'display']) {
      target.style.setProperty(name, style.getPropertyValue(name));
    }
    target.removeAttribute('class');
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const titleElement = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  titleElement.textContent = title;
  copy.prepend(titleElement);
  return new XMLSerializer().serializeToString(copy);
}
