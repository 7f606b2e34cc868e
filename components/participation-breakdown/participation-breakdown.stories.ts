import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ACTIVITY_PROGRAMMES, BREAKDOWN_DIMENSIONS } from '../../src/contract/vocabulary.js';
import { BAR_VIEWS } from '../../src/view/presentation-values.js';
import { choice, DATA, ERROR_SOURCES, renderElement } from '../../stories/story-helpers.js';
import './define.js';

type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Elementi/participation-breakdown',
  component: 'participation-breakdown',
  render: (args) => renderElement('participation-breakdown', args),
  args: { src: DATA, scope: 'region:09', dimension: 'innerArea', programme: 'all', year: '', view: 'bars' },
  argTypes: { dimension: choice(BREAKDOWN_DIMENSIONS), programme: choice(ACTIVITY_PROGRAMMES), view: choice(BAR_VIEWS) },
};
export default meta;
type Story = StoryObj<Args>;

export const AreeInterne: Story = {};
export const PerCiclo: Story = { args: { dimension: 'gradeGroup' } };
export const UnaProvincia: Story = { args: { scope: 'province:048', dimension: 'size' } };
export const Italia: Story = { args: { scope: 'nation' } };
export const InInglese: Story = { args: { lang: 'en' } };
export const Tabella: Story = { args: { view: 'table' } };

export const ErroreSenzaSrc: Story = { args: { src: '' } };
export const ErroreAmbitoNonValido: Story = { args: { scope: 'comune:048017' } };
export const ErroreDatiNonTrovati: Story = { args: { src: ERROR_SOURCES.NotFound } };
