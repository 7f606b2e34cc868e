import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { TERRITORY_KINDS } from '../../src/territory/territory-items.js';
import { choice, DATA, ERROR_SOURCES, renderElement } from '../../stories/story-helpers.js';
import './define.js';

type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Elementi/territory-list',
  component: 'territory-list',
  render: (args) => renderElement('territory-list', args),
  args: { src: DATA, kind: 'role-models', scope: 'region:09', limit: 10 },
  argTypes: { kind: choice(TERRITORY_KINDS) },
};
export default meta;
type Story = StoryObj<Args>;

export const ScuoleVirtuose: Story = {};
export const ZoneDOmbra: Story = { args: { kind: 'shadow-zones' } };
export const UnaProvincia: Story = { args: { scope: 'province:048' } };
export const Italia: Story = { args: { scope: 'nation' } };

export const ErroreSenzaSrc: Story = { args: { src: '' } };
export const ErroreTipoSconosciuto: Story = { args: { kind: 'best-schools' } };
export const ErroreAmbitoNonValido: Story = { args: { scope: 'comune:048017' } };
export const ErroreDatiNonTrovati: Story = { args: { src: ERROR_SOURCES.NotFound } };
export const ErroreJsonDanneggiato: Story = { args: { src: ERROR_SOURCES.BrokenJson } };
export const ErroreFormaSbagliata: Story = { args: { src: ERROR_SOURCES.WrongShape } };
export const ErroreVersioneFutura: Story = { args: { src: ERROR_SOURCES.FutureVersion } };
