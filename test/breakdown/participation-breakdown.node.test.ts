import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breakdownOf, classOf, type BreakdownInstitution } from '../../src/breakdown/participation-breakdown.ts';
import { activityOf } from '../../src/contract/participation.ts';

const none = { all: [], etwinning: [], erasmus: [], funding: [] };
const institution = (over: Partial<BreakdownInstitution>): BreakdownInstitution => ({
  gradeGroup: 'primaria',
  students: 250,
  context: { innerArea: 'A', travelMinutes: 0, population: 1000, capoluogo: true },
  activity: none,
  ...over,
});

describe('participation breakdown', () => {
  it('puts each institution in one class per dimension, unknown as "nd"', () => {
    assert.equal(classOf('size', institution({ students: 299 })), 'fino-299');
    assert.equal(classOf('size', institution({ students: 300 })), '300-599');
    assert.equal(classOf('size', institution({ students: 1000 })), '1000-e-oltre');
    assert.equal(classOf('size', institution({ students: null })), 'nd');
    // A count that leaves plessi out is classed by its estimate: 580 counted of an estimated 981.
    assert.equal(classOf('size', institution({ students: 580, studentsEstimate: 981 })), '600-999');
    assert.equal(classOf('size', institution({ students: 580, studentsEstimate: null })), '300-599');
    assert.equal(classOf('innerArea', institution({ context: undefined })), 'nd');
    assert.equal(
      classOf('capoluogo', institution({ context: { innerArea: 'E', travelMinutes: 40, population: 900, capoluogo: false } })),
      'non-capoluogo',
    );
  });

  it('counts institutions and the active ones per programme and year, hand-checked', () => {
    const years = [2022, 2023];
    const rows = breakdownOf(
      [
        institution({ activity: { all: [2023], etwinning: [2023], erasmus: [], funding: [] } }),
        institution({ context: { innerArea: 'E', travelMinutes: 45, population: 800, capoluogo: false } }),
        institution({
          context: { innerArea: 'E', travelMinutes: 50, population: 700, capoluogo: false },
          activity: { all: [2022, 2023], etwinning: [], erasmus: [2022, 2023], funding: [2023] },
        }),
      ],
      years,
    );
    const inner = rows.find((r) => r.dimension === 'innerArea')!;
    assert.deepEqual(
      inner.classes.map((c) => [c.id, c.institutions, c.active.all, c.active.erasmus]),
      [
        ['A', 1, [0, 1], [0, 0]],
        ['E', 2, [1, 1], [1, 1]],
      ],
    );
    const size = rows.find((r) => r.dimension === 'size')!;
    assert.deepEqual(
      size.classes.map((c) => c.id),
      ['fino-299'],
      'empty classes are left out',
    );
    assert.ok(!('estimated' in size.classes[0]!), 'no estimate, nothing said');
  });

  it('says how many institutions of each size class were classed by an estimate, in that dimension only', () => {
    const rows = breakdownOf(
      [
        institution({ students: 580, studentsEstimate: 981 }),
        institution({ students: 700 }),
        institution({ students: 1100, studentsEstimate: 1300 }),
        institution({ students: 200, studentsEstimate: 240 }),
      ],
      [2023],
    );
    assert.deepEqual(
      rows.find((r) => r.dimension === 'size')!.classes.map((c) => [c.id, c.institutions, c.estimated]),
      [
        ['fino-299', 1, 1],
        ['600-999', 2, 1],
        ['1000-e-oltre', 1, 1],
      ],
    );
    assert.ok(
      rows.filter((r) => r.dimension !== 'size').every((r) => r.classes.every((c) => c.estimated === undefined)),
      'the other dimensions do not class by size',
    );
  });

  it('reads activity by programme with the same rules as the metrics (context funding counts only in the funding view)', () => {
    const years = [2022, 2023];
    const data = new Map([
      [2022, { etwinning: null, erasmus: null, funding: [{ projects: 1, amountEur: 7301, internationalisation: false }] }],
      [2023, { etwinning: { registeredTeachers: 2, projects: 1, qualityLabels: 0, schoolLabel: false }, erasmus: null, funding: [] }],
    ]);
    assert.deepEqual(
      activityOf((year) => data.get(year), years),
      { all: [2023], etwinning: [2023], erasmus: [], funding: [2022] },
    );
  });
});
