import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unevenYearsLines } from '../../../data-adapters/report/build-report.ts';
import { InputReport } from '../../../data-adapters/report/input-report.ts';

describe('build report', () => {
  it("says first of all which files' years read unevenly, and nothing where none does", () => {
    const even = new InputReport('/in/erasmus.csv', 'erasmus');
    even.coverYears({ years: [{ year: 2023, rows: 100, unmatched: 10 }], uneven: false });
    const uneven = new InputReport('/in/etwinning.csv', 'etwinning');
    uneven.coverYears({
      years: [
        { year: 2022, rows: 100, unmatched: 20 },
        { year: 2023, rows: 100, unmatched: 0 },
      ],
      uneven: true,
    });
    const [blank, line] = unevenYearsLines([even.toJSON(), uneven.toJSON()]);
    assert.equal(blank, '');
    assert.match(line!, /^\*\*Years read unevenly\*\*: in etwinning\.csv, the rows of codes gone from the registry .*--successors/);
    assert.deepEqual(unevenYearsLines([even.toJSON(), new InputReport('/in/x.csv', 'registry').toJSON()]), []);
  });
});
