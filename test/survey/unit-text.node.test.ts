import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unitText } from '../../src/survey/unit-text.ts';

const teachers = { unit: { it: 'docenti', en: 'teachers' }, unitOne: { it: 'docente', en: 'teacher' } };

describe('a number answer’s unit', () => {
  it('takes the form of a count of one for 1 only, in each language', () => {
    assert.deepEqual(
      [0, 1, 1.5, 2, 12].map((n) => unitText(teachers, n, 'it')),
      ['docenti', 'docente', 'docenti', 'docenti', 'docenti'],
    );
    assert.deepEqual(
      [0, 1, 1.5, 2].map((n) => unitText(teachers, n, 'en')),
      ['teachers', 'teacher', 'teachers', 'teachers'],
    );
  });

  it('reads the unit for every count where the questionnaire wrote no unit of one, and nothing without a unit', () => {
    assert.equal(unitText({ unit: teachers.unit }, 1, 'it'), 'docenti');
    assert.equal(unitText({}, 1, 'it'), '');
  });
});
