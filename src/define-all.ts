/**
 * Registers every element of the library (used by the CDN bundle). Element
 * folders add their `define.ts` here (checked by test/package.node.test.ts).
 */
import '../components/region-map/define.js';
import '../components/trend-timeline/define.js';
import '../components/school-search/define.js';
import '../components/school-profile/define.js';
import '../components/territory-list/define.js';
import '../components/institution-list/define.js';
import '../components/participation-breakdown/define.js';
import '../components/survey-results/define.js';
import '../components/linked-view/define.js';
import '../components/embed-snippet/define.js';
