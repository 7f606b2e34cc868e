/**
 * The dashboard, composed as in demo/dashboard.html: every element inside a
 * <linked-view>, on the story data. The URL state is off here (Storybook owns
 * the frame's URL); the demo page has it on.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define-all.js';
import { DATA } from './story-helpers.js';

type Args = { region: string; year: string; school: string; area?: string };

const meta: Meta<Args> = {
  title: 'Cruscotto/linked-view',
  component: 'linked-view',
  args: { region: '', year: '', school: '' },
  render: ({
    region,
    year,
    school,
    area = '',
  }) => html`<linked-view src=${DATA} region=${region} year=${year} school=${school} area=${area}>
    <div style="display:grid;gap:1rem">
      <school-search></school-search>
      <embed-snippet script="https://cdn.jsdelivr.net/npm/scuole-europa/dist/cdn/scuole-europa.min.js" integrity="sha384-storybook" release-src="https://example.org/dati/{release}/index.json"></embed-snippet>
      <region-map metric="participation.active" normalisation="perSchool" points="role-models"></region-map>
      <trend-timeline metrics="participation.active" normalisation="perSchool" compare="nation"></trend-timeline>
      <territory-list kind="role-models"></territory-list>
      <territory-list kind="shadow-zones"></territory-list>
      <school-profile variant="card"></school-profile>
    </div>
  </linked-view>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Italia: Story = {};
export const Regione: Story = { args: { region: '09' } };
export const Scuola: Story = { args: { region: '09', school: 'FIIC81200A', year: '2022' } };
/** An old link's comune, whose code the data no longer has: the view shows the region and says so above the elements. */
export const ComuneNonPiuNeiDati: Story = { args: { region: '09', area: 'comune:048999' } };
/**
 * The observatory's survey: the map and the first timeline follow the question chosen in the results; the second
 * keeps its own (`data-unlinked="question"`) and follows the area.
 */
export const Indagine: Story = {
  args: { region: '09' },
  render: ({ region }) => html`<linked-view src=${DATA} region=${region}>
    <div style="display:grid;gap:1rem">
      <survey-results></survey-results>
      <region-map metric="survey:piano:approvato"></region-map>
      <trend-timeline metrics="survey:piano:approvato" compare="nation"></trend-timeline>
      <trend-timeline metrics="survey:importanza:mean" compare="nation" data-unlinked="question"></trend-timeline>
    </div>
  </linked-view>`,
};
