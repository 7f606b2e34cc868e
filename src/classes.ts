/**
 * Every element class, with nothing registered: a host page with a name clash
 * imports from here and calls `customElements.define('my-tag', Class)`.
 * Element folders add their class here (checked by test/package.node.test.ts).
 */
export * from './index.js';
export { RegionMap } from '../components/region-map/region-map.js';
export * from '../components/region-map/region-map.events.js';
export { TrendTimeline } from '../components/trend-timeline/trend-timeline.js';
export * from '../components/trend-timeline/trend-timeline.events.js';
export { SchoolSearch } from '../components/school-search/school-search.js';
export * from '../components/school-search/school-search.events.js';
export { SchoolProfile, PROFILE_VARIANTS, type ProfileVariant } from '../components/school-profile/school-profile.js';
export * from '../components/school-profile/school-profile.events.js';
export { TerritoryList } from '../components/territory-list/territory-list.js';
export * from '../components/territory-list/territory-list.events.js';
export { InstitutionList } from '../components/institution-list/institution-list.js';
export * from '../components/institution-list/institution-list.events.js';
export { ParticipationBreakdown } from '../components/participation-breakdown/participation-breakdown.js';
export { SurveyResults } from '../components/survey-results/survey-results.js';
export * from '../components/survey-results/survey-results.events.js';
export { LinkedView } from '../components/linked-view/linked-view.js';
export * from '../components/linked-view/linked-view.events.js';
export { EmbedSnippet } from '../components/embed-snippet/embed-snippet.js';
export { VERSION, CDN_BUNDLE } from './version.js';
