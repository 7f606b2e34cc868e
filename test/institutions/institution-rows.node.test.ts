/** The list's order: names by their letters and numbers as a reader expects, whatever quotes the registry put around them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sortRows, type InstitutionRow } from '../../src/institutions/institution-rows.ts';

const row = (code: string, name: string, students: number | null = null, comune = 'Firenze'): InstitutionRow => ({
  code,
  name,
  comune,
  province: 'FI',
  gradeGroup: 'comprensivo',
  students,
  studentsPartial: false,
  active: false,
  roleModel: false,
  index: null,
  band: null,
  email: null,
  pec: null,
  website: null,
  mentors: [],
});

const names = (rows: InstitutionRow[]) => rows.map((r) => r.name);

describe('sortRows', () => {
  it('orders names by their letters, not by the quotes the registry wrote around some of them', () => {
    const rows = [
      row('A1', 'LICEO XXV APRILE'),
      row('A2', '" G. MARCONI - A.FROSINI"'),
      row('A3', "'G.MARCONI'"),
      row('A4', 'ÀNGELO BRONZINO'),
      row('A5', 'CPIA 10'),
      row('A6', 'CPIA 2'),
      row('A7', '"A. FRANK - CARRADORI"'),
    ];
    assert.deepEqual(names(sortRows(rows, 'name')), [
      '"A. FRANK - CARRADORI"',
      'ÀNGELO BRONZINO',
      'CPIA 2',
      'CPIA 10',
      "'G.MARCONI'",
      '" G. MARCONI - A.FROSINI"',
      'LICEO XXV APRILE',
    ]);
  });

  it('orders by students, largest first and unknown last, then by name; by comune, then by name', () => {
    const rows = [
      row('B1', 'BETA', 300, 'Prato'),
      row('B2', '"ALFA"', null, 'Empoli'),
      row('B3', 'GAMMA', 900, 'Empoli'),
      row('B4', 'DELTA', 300, 'Prato'),
    ];
    assert.deepEqual(names(sortRows(rows, 'students')), ['GAMMA', 'BETA', 'DELTA', '"ALFA"']);
    assert.deepEqual(names(sortRows(rows, 'comune')), ['"ALFA"', 'GAMMA', 'BETA', 'DELTA']);
  });
});
