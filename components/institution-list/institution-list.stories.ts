import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ACTIVITY_PROGRAMMES } from '../../src/contract/vocabulary.js';
import { INSTITUTION_FILTERS, INSTITUTION_SORTS } from '../../src/institutions/institution-rows.js';
import { choice, DATA, ERROR_SOURCES, renderElement } from '../../stories/story-helpers.js';
import './define.js';

type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Elementi/institution-list',
  component: 'institution-list',
  render: (args) => renderElement('institution-list', args),
  args: { src: DATA, scope: 'region:09', filter: 'inactive', sort: 'name', programme: 'all', year: '' },
  argTypes: { filter: choice(INSTITUTION_FILTERS), sort: choice(INSTITUTION_SORTS), programme: choice(ACTIVITY_PROGRAMMES) },
};
export default meta;
type Story = StoryObj<Args>;

export const NonAttiveConMentori: Story = {};
export const TutteUnaProvincia: Story = { args: { scope: 'province:048', filter: 'all', sort: 'students' } };
export const UnComune: Story = { args: { scope: 'comune:048017', filter: 'all' } };
export const FinanziamentiInUnAnno: Story = { args: { programme: 'funding', year: '2021', filter: 'active' } };
export const Italia: Story = { args: { scope: 'nation' } };
export const InInglese: Story = { args: { lang: 'en', filter: 'all' } };

export const ErroreSenzaSrc: Story = { args: { src: '' } };
export const ErroreAmbitoNonValido: Story = { args: { scope: 'school:FIIC81200A' } };
export const ErroreDatiNonTrovati: Story = { args: { src: ERROR_SOURCES.NotFound } };
export const ErroreJsonDanneggiato: Story = { args: { src: ERROR_SOURCES.BrokenJson } };
