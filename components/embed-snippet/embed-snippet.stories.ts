import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DATA } from '../../stories/story-helpers.js';
import '../linked-view/define.js';
import '../trend-timeline/define.js';
import './define.js';

type Args = { script: string; integrity: string; releaseSrc: string };

/**
 * "Embed this view": inside a <linked-view>, the button gives the snippet that
 * reproduces the view on another site. Open it to see the code; with
 * `release-src` a checkbox freezes the data at the release on screen.
 */
const meta: Meta<Args> = {
  title: 'Elementi/embed-snippet',
  component: 'embed-snippet',
  render: ({ script, integrity, releaseSrc }) => html`<linked-view src=${DATA} region="09" year="2023">
    <trend-timeline scope="region:09" compare="nation" variant="sparkline"></trend-timeline>
    <embed-snippet script=${script} integrity=${integrity} release-src=${releaseSrc}></embed-snippet>
  </linked-view>`,
  args: {
    script: 'https://cdn.jsdelivr.net/npm/scuole-europa/dist/cdn/scuole-europa.min.js',
    integrity: 'sha384-storybook',
    releaseSrc: 'https://example.org/dati/{release}/index.json',
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Incorpora: Story = {};
export const SenzaVersioniBloccate: Story = { args: { releaseSrc: '' } };
export const ErroreFuoriDalCruscotto: Story = { render: () => html`<embed-snippet></embed-snippet>` };
