import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { VALUE_MODES } from '../../src/map/area-values.js';
import { choice, DATA, ERROR_SOURCES, renderElement } from '../../stories/story-helpers.js';
import './define.js';
import { TIMELINE_VARIANTS, TIMELINE_VIEWS } from './trend-timeline.types.js';

type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Elementi/trend-timeline',
  component: 'trend-timeline',
  render: (args) => renderElement('trend-timeline', args),
  args: {
    src: DATA,
    scope: 'region:09',
    metrics: 'etwinning.projects',
    compare: 'nation',
    // Empty: the element's default (a region beside Italy per institution).
    normalisation: '',
    view: 'lines',
    variant: 'full',
  },
  argTypes: { view: choice(TIMELINE_VIEWS), variant: choice(TIMELINE_VARIANTS), normalisation: choice(['', ...VALUE_MODES]) },
};
export default meta;
type Story = StoryObj<Args>;

export const Linee: Story = {};
/** The region's and Italy's totals, as the page asks with normalisation="absolute". */
export const Totali: Story = { args: { normalisation: 'absolute' } };
export const PerIstituzione: Story = { args: { metrics: 'participation.active', normalisation: 'perSchool' } };
/** The value axis up to at least 50%, as a chart beside it with the same value-max. */
export const AsseCondiviso: Story = { args: { metrics: 'participation.active', normalisation: 'perSchool', valueMax: '50%' } };
export const DueMetriche: Story = { args: { metrics: 'etwinning.projects participation.active', compare: '' } };
export const AreeImpilate: Story = { args: { view: 'stacked', compare: '' } };
export const Tabella: Story = { args: { view: 'table' } };
export const Scuola: Story = { args: { scope: 'school:FIIC81200A', compare: 'parents' } };
export const Sparkline: Story = { args: { variant: 'sparkline', compare: '' } };
export const PiccoliMultipli: Story = { args: { variant: 'multiples', scope: 'nation', compare: '' } };
export const AnnoScelto: Story = { args: { year: 2022 } };
/** A survey's question across its waves: each wave's estimate at its school year, with its interval, beside Italy's. */
export const IndagineNelTempo: Story = { args: { metrics: 'survey:piano:approvato' } };
/** A whole single-choice question: its answers piled up to the whole, survey after survey. */
export const IndagineTutteLeRisposte: Story = { args: { metrics: 'survey:piano', view: 'stacked', compare: '' } };
/** A question chosen elsewhere (a linked view sets it from <survey-results>' picker) in place of the page's metrics: a scale's mean. */
export const IndagineDomandaScelta: Story = { args: { metrics: 'survey:piano:approvato', question: 'importanza' } };
/**
 * A whole multiple-choice question beside Italy: twelve lines and their bands. Point at a line (or its legend entry),
 * tap it, or focus the chart and press the down arrow: that line is drawn with its band, the others faded.
 */
export const IndagineMolteLinee: Story = { args: { metrics: 'survey:ostacoli' } };
/** A comune has no estimates: its province's, with a note under the title that says so. */
export const IndagineDiUnComune: Story = { args: { metrics: 'survey:piano:approvato', scope: 'comune:048017', compare: 'parents' } };

export const ErroreSenzaSrc: Story = { args: { src: '' } };
export const ErroreAmbitoSconosciuto: Story = { args: { scope: 'region:99' } };
export const ErroreUnitaDiverse: Story = { args: { metrics: 'etwinning.projects erasmus.grant', compare: '' } };
export const ErroreMetricaSconosciuta: Story = { args: { metrics: 'no.such-metric' } };
export const ErroreDatiNonTrovati: Story = { args: { src: ERROR_SOURCES.NotFound } };
export const ErroreJsonDanneggiato: Story = { args: { src: ERROR_SOURCES.BrokenJson } };
export const ErroreFormaSbagliata: Story = { args: { src: ERROR_SOURCES.WrongShape } };
export const ErroreVersioneFutura: Story = { args: { src: ERROR_SOURCES.FutureVersion } };
