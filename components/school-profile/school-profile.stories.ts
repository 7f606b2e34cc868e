import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { choice, DATA, ERROR_SOURCES, renderElement } from '../../stories/story-helpers.js';
import './define.js';
import { PROFILE_VARIANTS } from './school-profile.js';

type Args = Record<string, unknown>;

const meta: Meta<Args> = {
  title: 'Elementi/school-profile',
  component: 'school-profile',
  render: (args) => renderElement('school-profile', args),
  args: { src: DATA, code: 'FIIC81200A', variant: 'badge', href: 'https://example.org/scuole/{code}' },
  argTypes: { variant: choice(PROFILE_VARIANTS) },
};
export default meta;
type Story = StoryObj<Args>;

export const Badge: Story = {};
export const BadgeInUnaColonnaStretta: Story = {
  decorators: [
    (story) => {
      const aside = document.createElement('aside');
      aside.style.width = '180px';
      aside.append(story() as Node);
      return aside;
    },
  ],
};
export const Scheda: Story = { args: { variant: 'card' } };
export const ProfiloCompleto: Story = { args: { variant: 'full' } };

export const ScuolaNonTrovata: Story = { args: { code: 'RMIC00000X' } };
// Without a code the profile waits, saying nothing (a search or a linked view gives it a school).
export const InAttesaDiUnaScuola: Story = { args: { code: '' } };
export const ErroreVarianteSconosciuta: Story = { args: { variant: 'poster' } };
export const ErroreDatiNonTrovati: Story = { args: { src: ERROR_SOURCES.NotFound } };
export const ErroreJsonDanneggiato: Story = { args: { src: ERROR_SOURCES.BrokenJson } };
// A site that answers every address it does not have with its home page: a web page where the data should be.
export const ErrorePaginaWebAlPostoDeiDati: Story = { args: { src: ERROR_SOURCES.WebPage } };
// The badge's light path checks only the fields it reads (years are not among them): the card checks the whole index.
export const ErroreFormaSbagliata: Story = { args: { src: ERROR_SOURCES.WrongShape, variant: 'card' } };
export const ErroreVersioneFutura: Story = { args: { src: ERROR_SOURCES.FutureVersion } };
