import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { BAR_VIEWS } from '../../src/view/presentation-values.js';
import { choice, DATA, ERROR_SOURCES, renderElement } from '../../stories/story-helpers.js';
import './define.js';

type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Elementi/survey-results',
  component: 'survey-results',
  render: (args) => renderElement('survey-results', args),
  args: { src: DATA, wave: '', scope: 'province:048', question: '', compare: '', view: 'bars' },
  argTypes: { view: choice(BAR_VIEWS) },
};
export default meta;
type Story = StoryObj<Args>;

export const UnaProvincia: Story = {};
export const UnaRegione: Story = { args: { scope: 'region:09' } };
export const Italia: Story = { args: { scope: 'nation' } };
export const UnaDomanda: Story = { args: { scope: 'region:09', question: 'importanza' } };
/** Each estimate's change since the wave before (2023/24), with its 95% interval. */
export const ConfrontoConLaPrecedente: Story = { args: { scope: 'region:09', compare: 'previous' } };
export const DatiInsufficienti: Story = { args: { scope: 'province:100' } };
export const InInglese: Story = { args: { lang: 'en' } };
export const Tabella: Story = { args: { scope: 'region:09', view: 'table' } };
/** A comune has no estimates: its province's, with a note that says so. */
export const UnComune: Story = { args: { scope: 'comune:048017' } };
/** A wave the index does not list (an old link's): the latest, with a note that says so. */
export const IndagineSconosciuta: Story = { args: { wave: 'nessuna' } };

export const ErroreSenzaSrc: Story = { args: { src: '' } };
export const ErroreAmbitoNonValido: Story = { args: { scope: 'school:FIIC81200A' } };
export const ErroreDatiNonTrovati: Story = { args: { src: ERROR_SOURCES.NotFound } };
