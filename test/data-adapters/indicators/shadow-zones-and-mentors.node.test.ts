import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Institution } from '../../../data-adapters/aggregate/institutions.ts';
import { findMentors, haversineKm } from '../../../data-adapters/indicators/mentors.ts';
import { classifyArea, fitPrior } from '../../../data-adapters/indicators/shadow-zones.ts';
import { compatibleGrades } from '../../../data-adapters/readers/grade-group.ts';

const config = { minSchools: 5, confidence: 0.95 };

describe('shadow zones', () => {
  it('fits a beta prior whose mean is the pooled rate', () => {
    const prior = fitPrior([
      { x: 10, n: 100 },
      { x: 30, n: 100 },
      { x: 50, n: 100 },
      { x: 5, n: 50 },
    ]);
    assert.ok(Math.abs(prior.alpha / (prior.alpha + prior.beta) - 95 / 350) < 1e-9);
    assert.ok(prior.alpha > 0 && prior.beta > 0);
  });

  it('says "no data" for an area without schools, never shadow', () => {
    assert.equal(classifyArea({ x: 0, n: 0 }, { alpha: 3, beta: 7 }, 0.3, 0.3, config).status, 'nodata');
  });

  it('does not judge an area with too few schools, and says its n', () => {
    const zone = classifyArea({ x: 0, n: 3 }, { alpha: 3, beta: 7 }, 0.3, 0.3, config);
    assert.equal(zone.status, 'insufficient');
    assert.equal(zone.n, 3);
    assert.match(zone.reason!.it, /\(3, minimo 5\)/);
  });

  it('flags a large area clearly below both rates, and smooths towards the prior', () => {
    const zone = classifyArea({ x: 2, n: 60 }, { alpha: 3, beta: 7 }, 0.3, 0.35, config);
    assert.equal(zone.status, 'shadow');
    assert.ok(zone.smoothedRate! > zone.rate!, 'shrunk towards the prior mean of 0.3');
    assert.match(zone.reason!.en, /below both with probability/);
  });

  it('does not flag a small area whose low rate may be chance', () => {
    assert.equal(classifyArea({ x: 0, n: 6 }, { alpha: 30, beta: 70 }, 0.3, 0.3, config).status, 'ok');
  });
});

describe('mentors', () => {
  it('measures great-circle distances', () => {
    const km = haversineKm([12.4964, 41.9028], [9.19, 45.4642]);
    assert.ok(km > 470 && km < 485, String(km));
  });

  it('matches compatible grades only', () => {
    assert.equal(compatibleGrades('comprensivo', 'primaria'), true);
    assert.equal(compatibleGrades('secondaria-secondo-grado', 'primaria'), false);
  });

  it('finds up to three nearest compatible role models', () => {
    const at = new Map<string, [number, number]>();
    const make = (code: string, gradeGroup: Institution['gradeGroup'], lon: number): Institution => {
      at.set(code, [lon, 43]);
      return { code, gradeGroup } as Institution;
    };
    const school = make('FIEE00000A', 'primaria', 11);
    const models = [
      make('M1IC00000A', 'comprensivo', 11.5),
      make('M2EE00000A', 'primaria', 11.1),
      make('M3PS00000A', 'secondaria-secondo-grado', 11.01),
      make('M4EE00000A', 'primaria', 12),
      make('M5EE00000A', 'primaria', 13),
    ];
    const links = findMentors([school], models, (i) => at.get(i.code) ?? null, 3).get(school.code)!;
    assert.deepEqual(
      links.map((l) => l.code),
      ['M2EE00000A', 'M1IC00000A', 'M4EE00000A'],
    );
    assert.ok(links[0]!.distanceKm < links[1]!.distanceKm);
  });
});
