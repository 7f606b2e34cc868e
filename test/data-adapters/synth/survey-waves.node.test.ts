/**
 * The synthetic survey's two waves are a fair test of a comparison between
 * waves: where the model plants nothing, the answers of the two waves differ
 * only as chance says (a null), and the planted change (plans approved since
 * the year before) is there to be found. Over a few seeds of the model on the
 * real registry, each null item's difference between the waves, within
 * institutions active (or not) in each wave's years, is measured in standard
 * errors of the finite population (each wave answered by a part of the same
 * institutions, whose standing answers do not change): about 5 in 100 pass
 * 1.96, as a 95% interval assumes. Answers drawn afresh for every wave, as
 * they were before the model kept them, make the finite populations differ
 * and about 12 in 100 pass it.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { knownCodes } from '../../../data-adapters/aggregate/institutions.ts';
import { readErasmus, readEtwinning } from '../../../data-adapters/readers/participation.ts';
import { readRegistries } from '../../../data-adapters/readers/registry.ts';
import { surveyFiles, synthesize } from '../../../data-adapters/synth/synthesize.ts';
import { isActiveYear } from '../../../src/contract/participation.ts';
import { REAL } from '../real-data.ts';
import { tempDir } from '../temp-files.ts';
import { responseRows } from './response-rows.ts';

const SEEDS = [1, 2, 3, 4];
/** Binary items where nothing is planted: each point of the two scales, each obstacle. */
const NULL_ITEMS: [column: string, value: string][] = [
  ...['importanza', 'supporto'].flatMap((column) => ['1', '2', '3', '4', '5'].map((v): [string, string] => [column, v])),
  ...['tempo', 'lingue', 'burocrazia', 'costi', 'partner', 'sostituzioni'].map((o): [string, string] => [`ostacoli_${o}`, '1']),
];

interface Wave {
  rows: Record<string, string>[];
  active: (code: string) => boolean;
  /** Institutions invited in each activity group. */
  invited: { active: number; inactive: number };
}

async function wavesOf(dir: string, institutions: readonly string[], known: ReadonlySet<string>): Promise<Wave[]> {
  const [et, er] = await Promise.all([readEtwinning(join(dir, 'etwinning.csv'), known), readErasmus(join(dir, 'erasmus.csv'), known)]);
  return [2024, 2025].map((year) => {
    const years = [year - 2, year - 1, year];
    const active = (code: string) =>
      years.some((y) =>
        isActiveYear({ etwinning: et.rows.get(code)?.get(y) ?? null, erasmus: er.rows.get(code)?.get(y) ?? null, funding: [] }),
      );
    const rows = responseRows(surveyFiles(dir, year).responses);
    const activeCount = institutions.filter(active).length;
    return { rows, active, invited: { active: activeCount, inactive: institutions.length - activeCount } };
  });
}

/** The difference of an item's share between the two waves, within one activity group, in finite-population standard errors. */
function zOf(waves: Wave[], group: 'active' | 'inactive', share: (row: Record<string, string>) => number | null): number {
  const [then, now] = waves.map((wave) => {
    const values = wave.rows.flatMap((row) => {
      const value = (wave.active(row.school_code!) ? 'active' : 'inactive') === group ? share(row) : null;
      return value === null ? [] : [value];
    });
    return { p: values.reduce((s, v) => s + v, 0) / values.length, n: values.length, f: values.length / wave.invited[group] };
  });
  const p = (then!.p * then!.n + now!.p * now!.n) / (then!.n + now!.n);
  return (now!.p - then!.p) / Math.sqrt(p * (1 - p) * ((1 - then!.f) / then!.n + (1 - now!.f) / now!.n));
}

describe('the synthetic survey waves, as a test of comparing waves', () => {
  const nulls: number[] = [];
  const planted: number[] = [];
  before(async () => {
    const { schools } = await readRegistries(REAL.registry);
    const institutions = [...new Set(schools.map((s) => s.institution))];
    const known = knownCodes(schools);
    for (const seed of SEEDS) {
      const dir = tempDir();
      await synthesize({ registry: REAL.registry, students: REAL.students, out: dir, seed, stats: REAL.stats, from: 2014, to: 2025 });
      const waves = await wavesOf(dir, institutions, known);
      for (const group of ['active', 'inactive'] as const) {
        for (const [column, value] of NULL_ITEMS)
          nulls.push(zOf(waves, group, (row) => (row[column] === '' ? null : Number(row[column] === value))));
        planted.push(zOf(waves, group, (row) => (row.piano === '' ? null : Number(row.piano === 'approvato'))));
      }
    }
  });

  it('finds nothing where nothing is planted: about 5 differences in 100 pass 1.96 standard errors', () => {
    const passed = nulls.filter((z) => Math.abs(z) > 1.96).length / nulls.length;
    const sd = Math.sqrt(nulls.reduce((s, z) => s + z * z, 0) / nulls.length);
    assert.equal(nulls.length, SEEDS.length * 2 * NULL_ITEMS.length);
    assert.ok(passed < 0.09, `${(passed * 100).toFixed(1)} in 100 passed 1.96`);
    // The spread of the differences is chance's (1), not the 1.26 of answers drawn afresh for each wave.
    assert.ok(sd > 0.8 && sd < 1.15, `standard deviation ${sd.toFixed(3)}`);
  });

  it('finds the planted change: more plans approved than the year before, in every seed and both groups', () => {
    assert.ok(
      planted.every((z) => z > 3),
      planted.map((z) => z.toFixed(1)).join(' '),
    );
  });
});
