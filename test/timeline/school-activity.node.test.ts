/**
 * A school's share of active institutions is its own activity, 0% or 100% a
 * year: the timeline says the years it was active, where its trend read
 * «da 0% nel 2014/15 a 0% nel 2022/23 (0 punti percentuali), poi 100% …»
 * beside Italy's share. An area's share, and a school's count, keep their trend.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MESSAGES } from '../../components/trend-timeline/trend-timeline.messages.js';
import { summaryOf } from '../../components/trend-timeline/trend-timeline.text.js';
import type { SeriesView, TimelineViewModel } from '../../src/timeline/timeline-view.js';

const YEARS = Array.from({ length: 12 }, (_, i) => 2014 + i);
const FINAL = YEARS.map(() => false);
const share = {
  years: YEARS,
  unit: 'count',
  mode: 'perSchool',
  share: true,
  metrics: [{ counts: 'institutions' }],
} as unknown as TimelineViewModel;
const school = (values: (number | null)[]): SeriesView => ({
  label: 'I.C. BORGO SAN GIACOMO',
  values,
  provisional: FINAL,
  oneInstitution: true,
});
const said = (series: SeriesView[], lang: 'it' | 'en' = 'it', view = share) => summaryOf({ ...view, series }, MESSAGES[lang], lang);

describe("a school's own share of active institutions", () => {
  it('says the years it was active, of those with data', () => {
    const values = [0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1];
    assert.equal(
      said([school(values)]),
      'I.C. BORGO SAN GIACOMO: attiva in 4 anni su 12 dal 2014/15 al 2025/26: 2015/16, 2016/17, 2018/19 e 2025/26.',
    );
    assert.equal(
      said([school(values)], 'en'),
      'I.C. BORGO SAN GIACOMO: active in 4 of 12 years from 2014/15 to 2025/26: 2015/16, 2016/17, 2018/19 and 2025/26.',
    );
    // One year, in the singular, from its first year with data; a year without data is neither, and said missing.
    const once = [null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    assert.equal(said([school(once)]), 'I.C. BORGO SAN GIACOMO: attiva in 1 anno su 10 dal 2016/17 al 2025/26: 2025/26.');
    const gap = [0, 1, null, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    assert.equal(
      said([school(gap)]),
      'I.C. BORGO SAN GIACOMO: attiva in 2 anni su 11 dal 2014/15 al 2025/26: 2015/16 e 2025/26. Manca un anno.',
    );
  });

  it('says never and every year as such', () => {
    assert.equal(said([school(YEARS.map(() => 0))]), 'I.C. BORGO SAN GIACOMO: mai attiva dal 2014/15 al 2025/26.');
    assert.equal(said([school(YEARS.map(() => 1))], 'en'), 'I.C. BORGO SAN GIACOMO: active every year from 2014/15 to 2025/26.');
  });

  it("keeps the trend for an area's share beside it, and for a school's counts", () => {
    const italy: SeriesView = { label: 'Italia', values: YEARS.map((_, i) => 0.18 + 0.005 * i), provisional: FINAL };
    const both = said([school(YEARS.map((_, i) => (i % 2 === 0 ? 1 : 0))), italy]);
    assert.match(both, /^I\.C\. BORGO SAN GIACOMO: attiva in 6 anni su 12 dal 2014\/15 al 2025\/26: /);
    assert.match(both, / Italia: in crescita, da 18% nel 2014\/15 a 23,5% nel 2025\/26 \(\+5,5 punti percentuali\)/);
    // A share that does not count institutions (a survey's estimate) is no activity.
    const estimate = { ...share, metrics: [{}] } as unknown as TimelineViewModel;
    assert.doesNotMatch(said([school(YEARS.map((_, i) => (i % 2 === 0 ? 1 : 0)))], 'it', estimate), /attiva/);
    const counts = { ...share, mode: 'absolute', share: false } as unknown as TimelineViewModel;
    assert.match(
      said([school([0, 1, 2, 3, 2, 3, 4, 5, 4, 5, 6, 7])], 'it', counts),
      /^I\.C\. BORGO SAN GIACOMO: in crescita, da 0 nel 2014\/15 a 7/,
    );
  });
});
