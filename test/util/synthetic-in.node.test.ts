/**
 * What a view calls synthetic: the values it shows when their metric's source
 * is synthetic, only the release's other data when its metrics come from real
 * sources (the demo's PNRR grants), nothing in a release without synthetic
 * inputs; and the downloads' notes say the same.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NationalIndex } from '../../src/contract/contract.types.ts';
import { provenanceOf, provenanceRows } from '../../src/util/provenance.ts';
import { SYNTHETIC_OTHERS, syntheticIn } from '../../src/util/synthetic-in.ts';
import { indexFixture } from '../fixtures/contract.fixture.ts';

/** The fixture's index with Erasmus+ grants from a real source (the registry), eTwinning projects still synthetic. */
function mixed(): NationalIndex {
  const index = indexFixture();
  index.metrics.find((m) => m.id === 'erasmus.grant')!.source = 'mim-anagrafe';
  return index;
}

describe('what a view calls synthetic', () => {
  it('the values, when a shown metric’s source is synthetic', () => {
    assert.equal(syntheticIn(mixed(), ['etwinning.projects']), 'values');
    assert.equal(syntheticIn(mixed(), ['erasmus.grant', 'etwinning.projects']), 'values');
  });

  it('only the other data of the release, when every shown metric’s source is real', () => {
    assert.equal(syntheticIn(mixed(), ['erasmus.grant']), 'others');
  });

  it('the values, on the safe side, for a metric the index does not define or whose source it does not list', () => {
    assert.equal(syntheticIn(mixed(), ['survey.w.q.mean']), 'values');
    const unlisted = mixed();
    unlisted.metrics.find((m) => m.id === 'erasmus.grant')!.source = 'unlisted';
    assert.equal(syntheticIn(unlisted, ['erasmus.grant']), 'values');
  });

  it('nothing in a release without synthetic inputs', () => {
    const real = mixed();
    real.synthetic = false;
    real.sources = real.sources.map((s) => ({ ...s, synthetic: false }));
    assert.equal(syntheticIn(real, ['etwinning.projects']), null);
    assert.deepEqual(provenanceRows(provenanceOf(real, 'T', false, 'it', ['etwinning.projects']), 'it').slice(3), []);
  });

  it('the downloads say the same: that the values are real, or that they are synthetic', () => {
    const notes = (metrics?: string[]) => provenanceRows(provenanceOf(mixed(), 'T', false, 'it', metrics), 'it').slice(3);
    assert.deepEqual(notes(['erasmus.grant']), [[SYNTHETIC_OTHERS.it]]);
    assert.deepEqual(notes(['etwinning.projects']), [['Dati sintetici: valori generati da un modello, non dati reali.']]);
    // Without the metrics shown (an embed code's comment): the release's.
    assert.deepEqual(notes(), [['Dati sintetici: valori generati da un modello, non dati reali.']]);
  });
});
