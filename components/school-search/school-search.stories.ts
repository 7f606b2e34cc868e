import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { BUNDLE, DATA, ERROR_SOURCES, renderElement } from '../../stories/story-helpers.js';
import './define.js';

type Args = Record<string, unknown>;

const input = (root: HTMLElement) => root.querySelector('school-search')?.shadowRoot?.querySelector('input');

/** The index downloads on first focus: each story focuses the box (and the first one types), as a user would. */
const meta: Meta<Args> = {
  title: 'Elementi/school-search',
  component: 'school-search',
  render: (args) => renderElement('school-search', args),
  args: { src: DATA, limit: 10 },
  play: async ({ canvasElement }) => input(canvasElement)?.focus(),
};
export default meta;
type Story = StoryObj<Args>;

/** Focuses the box and types `text`, as a user would. */
const typing =
  (text: string): Story['play'] =>
  async ({ canvasElement }) => {
    const box = input(canvasElement);
    if (!box) return;
    box.focus();
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  };

export const Ricerca: Story = { play: typing('rodari') };
/** A type and a place: the istituti comprensivi of Roma first, how many in all, and the option that shows more. */
export const TipoELuogo: Story = { play: typing('i.c. roma') };
/** A typo: nothing matches as typed, so the schools one letter away, said so. */
export const UnaLetteraSbagliata: Story = { play: typing('rodri brescia') };
/** A small site's file of one region: the search index inside it, no search.json beside it. */
export const FileDiUnaRegione: Story = { args: { src: BUNDLE }, play: typing('rodari') };
export const EtichettaPropria: Story = { args: { label: 'Trova la tua scuola' } };
export const ErroreSenzaSrc: Story = { args: { src: '' } };
export const ErroreDatiNonTrovati: Story = { args: { src: ERROR_SOURCES.NotFound } };
export const ErroreJsonDanneggiato: Story = { args: { src: ERROR_SOURCES.BrokenJson } };
export const ErroreFormaSbagliata: Story = { args: { src: ERROR_SOURCES.WrongShape } };
export const ErroreVersioneFutura: Story = { args: { src: ERROR_SOURCES.FutureVersion } };
