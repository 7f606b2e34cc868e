import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { BUNDLE, choice, DATA, ERROR_SOURCES, renderElement } from '../../stories/story-helpers.js';
import './define.js';
import { CLASSES_YEARS, CLASSIFICATIONS, MAP_LEVELS, MAP_VIEWS, PALETTE_NAMES, VALUE_MODES } from './region-map.types.js';

type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Elementi/region-map',
  component: 'region-map',
  render: (args) => renderElement('region-map', args),
  args: {
    src: DATA,
    metric: 'participation.active',
    // Empty: the element's default (per institution where the metric offers it).
    normalisation: '',
    level: 'regions',
    classification: 'quantile',
    palette: 'blues',
    view: 'map',
    shadowZones: true,
  },
  argTypes: {
    level: choice(MAP_LEVELS),
    view: choice(MAP_VIEWS),
    normalisation: choice(['', ...VALUE_MODES]),
    classification: choice(CLASSIFICATIONS),
    palette: choice(PALETTE_NAMES),
    // Its words, and two school years of the demo's as examples of a baseline.
    classesYear: choice([...CLASSES_YEARS, '2014', '2019']),
    points: choice(['', 'active', 'role-models', 'active role-models']),
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Italia: Story = {};
export const ComuniDiUnaRegione: Story = { args: { region: '09', level: 'comuni' } };
export const Province: Story = { args: { level: 'provinces' } };
export const PuntiAttiviEVirtuosi: Story = { args: { region: '09', level: 'comuni', points: 'active role-models' } };
export const ClassiContinueViridis: Story = {
  args: { classification: 'continuous', palette: 'viridis', metric: 'etwinning.projects', normalisation: 'absolute' },
};
/** Thresholds the page sets: the same legend on every map and every year that shares them. */
export const SoglieFisse: Story = { args: { region: '09', breaks: '10% 20% 25% 30% 40%' } };
/**
 * The Erasmus+ share of 2014/15 in the classes of the latest year with final figures (the default: 2022/23, as the
 * programme's later years are provisional), and in its own: the programme's growth shows only in the first.
 */
export const ErasmusNel2014: Story = { args: { metric: 'erasmus.active', year: 2014 } };
export const ErasmusNel2014ClassiProprie: Story = { args: { metric: 'erasmus.active', year: 2014, classesYear: 'each' } };
/** Every year in the classes of 2019/20, the year before the pandemic: the baseline the page chose. */
export const ErasmusConLeClassiDel2019: Story = { args: { metric: 'erasmus.active', classesYear: '2019' } };
export const Tabella: Story = { args: { view: 'table' } };
export const AnnoScelto: Story = { args: { year: 2022 } };
/**
 * A small site's file of one region (Toscana): Italy by regions, and Toscana entered; another region is not entered,
 * its tooltip says why.
 */
export const FileDiUnaRegione: Story = { args: { src: BUNDLE, metric: 'etwinning.projects', normalisation: 'absolute' } };
/** A survey's estimate: the share of institutions with an approved internationalisation plan, per region. */
export const IndagineRegioni: Story = { args: { metric: 'survey:piano:approvato' } };
/**
 * A question chosen elsewhere (a linked view sets it from <survey-results>' picker) in the metric's place, in Toscana's
 * provinces, of the earlier wave: a scale's mean. The picker of waves stands in for the year slider.
 */
export const IndagineDomandaScelta: Story = {
  args: { metric: 'survey:piano:approvato', region: '09', question: 'importanza', wave: 'internazionalizzazione-2024' },
};
/** A multiple choice's answers, one at a time: its first drawn, the others in the picker «Risposta». */
export const IndagineRisposteAScelta: Story = { args: { metric: 'survey:ostacoli', region: '09' } };

// Error states: each shows a clear message inside the element and one console warning.
export const ErroreSenzaSrc: Story = { args: { src: '' } };
export const ErroreMetricaSconosciuta: Story = { args: { metric: 'no.such-metric' } };
export const ErroreDatiNonTrovati: Story = { args: { src: ERROR_SOURCES.NotFound } };
export const ErroreJsonDanneggiato: Story = { args: { src: ERROR_SOURCES.BrokenJson } };
export const ErrorePaginaWebAlPostoDeiDati: Story = { args: { src: ERROR_SOURCES.WebPage } };
export const ErroreFormaSbagliata: Story = { args: { src: ERROR_SOURCES.WrongShape } };
export const ErroreVersioneFutura: Story = { args: { src: ERROR_SOURCES.FutureVersion } };
