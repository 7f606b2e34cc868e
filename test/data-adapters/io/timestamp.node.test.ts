import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { italianTimestamp, zonedTimestamp } from '../../../data-adapters/io/timestamp.ts';
import { publicationDate } from '../../../src/util/provenance.ts';

describe('zonedTimestamp', () => {
  it('reads an ISO day as midnight UTC and a timestamp in its own zone, seconds written', () => {
    assert.equal(zonedTimestamp('2026-12-03'), '2026-12-03T00:00:00Z');
    assert.equal(zonedTimestamp(' 2026-12-03T09:30Z '), '2026-12-03T09:30:00Z');
    assert.equal(zonedTimestamp('2026-12-03T09:30:15+01:00'), '2026-12-03T09:30:15+01:00');
    assert.equal(zonedTimestamp('2026-12-03T00:30-02:30'), '2026-12-03T00:30:00-02:30');
    assert.equal(zonedTimestamp('2026-12-03T09:30:15.250Z'), '2026-12-03T09:30:15.250Z', 'milliseconds kept');
    assert.equal(zonedTimestamp('2026-12-03T09:30:15.000Z'), '2026-12-03T09:30:15Z', 'none left when they are zero');
    assert.equal(zonedTimestamp('2024-02-29'), '2024-02-29T00:00:00Z', 'a leap day');
  });

  it('keeps the day the agency published on: 00:30 in Rome on 8 December is not 7 December', () => {
    // Converted to UTC (as it was), the release read «Dati del 7 dicembre» and was named 2026-12-07-s….
    assert.equal(publicationDate(zonedTimestamp('2026-12-08T00:30+01:00')!), '2026-12-08');
    assert.equal(publicationDate(zonedTimestamp('2026-07-01T01:59+02:00')!), '2026-07-01');
  });

  it('refuses what Date would read another way or roll over', () => {
    for (const text of [
      '12/03/2026', // 3 December to Date, 12 March to an Italian reader
      'Dec 3 2026',
      '2026-02-30', // Date makes it 2 March
      '2025-02-29',
      '2026-13-01',
      '2026-12-03T24:00Z',
      '2026-12-03T09:60Z',
      '2026-12-03T09:30', // no zone: the build machine's would decide
      '2026-12-03T09:30+15:00',
      '2026-12-03T09:30+01:60',
      '20261203',
      '',
    ])
      assert.equal(zonedTimestamp(text), null, text);
  });
});

describe('italianTimestamp', () => {
  it("writes an instant as Italy's clocks showed it, with their offset, in winter and in summer", () => {
    assert.equal(italianTimestamp(Date.parse('2026-12-07T23:30:00.700Z')), '2026-12-08T00:30:00+01:00');
    assert.equal(italianTimestamp(Date.parse('2026-06-30T22:15:09Z')), '2026-07-01T00:15:09+02:00');
    // The same instant, whatever the zone it is written in.
    for (const ms of [Date.parse('2026-03-29T00:59:59Z'), Date.parse('2026-03-29T01:00:00Z'), Date.parse('2026-10-25T00:30:00Z')])
      assert.equal(Date.parse(italianTimestamp(ms)), ms);
  });
});
