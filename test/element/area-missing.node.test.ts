/**
 * What an element tells the page of an area the data does not hold
 * (src/element/area-missing.ts): a province or comune a document that lists
 * every area lacks, and nothing else.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AREA_MISSING, tellMissingArea } from '../../src/element/area-missing.ts';
import { HttpError, NotFoundError } from '../../src/errors.ts';

function told(error: unknown): unknown[] {
  const host = new EventTarget();
  const details: unknown[] = [];
  host.addEventListener(AREA_MISSING, (event) => details.push((event as CustomEvent).detail));
  tellMissingArea(host, error);
  return details;
}

describe('an area the data does not hold, told to the page', () => {
  it('tells a province or a comune the index or a shard lacks, with its level and code', () => {
    assert.deepEqual(told(new NotFoundError('comune', '048999', 'https://example.org/regions/09.json')), [
      { level: 'comune', code: '048999' },
    ]);
    assert.deepEqual(told(new NotFoundError('province', '199', 'https://example.org/index.json')), [{ level: 'province', code: '199' }]);
    // Another copy of the bundle's error: the same fields, another class.
    assert.deepEqual(told({ code: 'not-found', what: 'comune', key: '048999', url: 'https://example.org/index.json' }), [
      { level: 'comune', code: '048999' },
    ]);
  });

  it('tells nothing of another error: a school, a region, a failed download, a survey without estimates for a province', () => {
    for (const error of [
      new NotFoundError('school', 'FIIC99999X', 'https://example.org/schools/FIIC99999X.json'),
      new NotFoundError('region', '21', 'https://example.org/index.json'),
      new HttpError('https://example.org/regions/09.json', 404),
      new Error('boom'),
      undefined,
      null,
      // A survey's file lacks the province's estimates: the province may well be in the data (no address named).
      new NotFoundError('province', '048'),
    ])
      assert.deepEqual(told(error), [], String(error));
  });
});
