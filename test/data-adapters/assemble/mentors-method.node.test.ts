import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentorsMethod } from '../../../data-adapters/assemble/mentors-method.ts';
import { DEFAULT_CONFIG } from '../../../data-adapters/config.ts';

describe("the mentors' method", () => {
  it('says the reach, the capacity and the years the assignment ran with, in both languages', () => {
    const { label, description, parameters } = mentorsMethod(DEFAULT_CONFIG.mentors, [2023, 2024, 2025]);
    assert.deepEqual(label, { it: 'Scuole mentori', en: 'Mentor schools' });
    assert.match(
      description.it,
      /^A ogni istituzione non attiva dal 2023\/24 al 2025\/26 è proposta, dove ce n'è una libera, una scuola virtuosa /,
    );
    assert.match(description.it, /ognuna ne segue al massimo 10/);
    assert.match(
      description.it,
      /Della stessa regione dove ce n'è una entro 60 km, altrimenti anche di una regione confinante \(mai oltre il mare\); mai oltre 150 km/,
    );
    assert.match(description.en, /each mentors at most 10/);
    assert.match(description.en, /never farther than 150 km/);
    assert.match(description.en, /An institution with none free within 150 km is left without a mentor\.$/);
    assert.deepEqual(parameters, { count: 1, capacity: 10, maxSameRegionKm: 60, maxKm: 150 });
  });

  it('follows its settings: more mentors each, one year', () => {
    const { description } = mentorsMethod({ count: 2, capacity: 5, maxSameRegionKm: 40, maxKm: 100 }, [2025]);
    assert.match(description.it, /non attiva nel 2025\/26 sono proposte, dove ce ne sono di libere, fino a 2 scuole virtuose/);
    assert.match(description.en, /not active in 2025\/26 is offered, where some are free, up to 2 role-model schools/);
    assert.match(description.it, /entro 40 km.*mai oltre 100 km/);
  });
});
