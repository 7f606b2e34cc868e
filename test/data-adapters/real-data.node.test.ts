/**
 * The readers on the real files agree with the counts in
 * ../shared/data/stats/sanity_by_region.csv: institutions and school codes per
 * region, and the PNRR 1.4.1 school grants (matched plus unmatched).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { knownCodes } from '../../data-adapters/aggregate/institutions.ts';
import { locateSchools } from '../../data-adapters/aggregate/locate-schools.ts';
import { readFunding } from '../../data-adapters/readers/funding.ts';
import { readInnerAreas } from '../../data-adapters/readers/inner-areas.ts';
import { C1_REPAIR, LOST_CHARACTER, readLimits, restoreLostCharacters } from '../../data-adapters/readers/limits.ts';
import { readRegistries, type SchoolRecord } from '../../data-adapters/readers/registry.ts';
import { AUTONOMOUS_REGISTRY, REAL, SANITY, STATE_REGISTRY } from './real-data.ts';

const sanity = readFileSync(SANITY, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map((f) => ({
    region: f[0]!,
    stateInstitutions: +f[2]!,
    stateCodes: +f[3]!,
    autInstitutions: +f[5]!,
    autCodes: +f[6]!,
    grants: +f[8]!,
    euros: +f[9]!,
  }));

describe('the real open data', () => {
  let schools: SchoolRecord[];
  let regionOf: Map<string, string>;
  before(async () => {
    const registry = await readRegistries(REAL.registry);
    schools = registry.schools;
    for (const report of registry.reports) assert.equal(report.read, report.accepted + report.rejected);
    const located = locateSchools(schools, await readLimits(REAL.geo));
    assert.equal(located.unplaced.length, 0);
    regionOf = new Map([...located.locations].map(([code, location]) => [code, location.region]));
  });

  const tally = (source: string, what: 'institutions' | 'codes') => {
    const out = new Map<string, Set<string>>();
    for (const school of schools.filter((s) => s.source === source)) {
      const region = regionOf.get(school.code)!;
      if (!out.has(region)) out.set(region, new Set());
      out.get(region)!.add(what === 'institutions' ? school.institution : school.code);
    }
    return out;
  };

  it('has the 7,860 state institutions of 2025/26, region by region', () => {
    const counts = tally(STATE_REGISTRY, 'institutions');
    for (const row of sanity) {
      if (row.region === '00')
        assert.equal(
          [...counts.values()].reduce((s, set) => s + set.size, 0),
          row.stateInstitutions,
        );
      else assert.equal(counts.get(row.region)?.size ?? 0, row.stateInstitutions, `region ${row.region}`);
    }
  });

  it('has every school code of both registries, region by region', () => {
    const state = tally(STATE_REGISTRY, 'codes');
    const aut = tally(AUTONOMOUS_REGISTRY, 'codes');
    const autInstitutions = tally(AUTONOMOUS_REGISTRY, 'institutions');
    for (const row of sanity.filter((r) => r.region !== '00')) {
      assert.equal(state.get(row.region)?.size ?? 0, row.stateCodes, `state codes, region ${row.region}`);
      assert.equal(aut.get(row.region)?.size ?? 0, row.autCodes, `autonomous codes, region ${row.region}`);
      assert.equal(autInstitutions.get(row.region)?.size ?? 0, row.autInstitutions, `autonomous institutions, region ${row.region}`);
    }
  });

  it('reads every PNRR 1.4.1 school grant: matched plus unmatched add up to the count and the euros', async () => {
    const result = await readFunding(REAL.funding[0]!, { known: knownCodes(schools) });
    const total = sanity.find((r) => r.region === '00')!;
    const grants = result.schoolGrants;
    assert.equal(grants.matched + grants.unmatched + grants.placedByComune, total.grants);
    assert.ok(
      Math.abs(grants.matchedEur + grants.unmatchedEur + grants.placedByComuneEur - total.euros) < 1,
      `${grants.matchedEur + grants.unmatchedEur + grants.placedByComuneEur} vs ${total.euros}`,
    );
    // Every grant is a row (to an institution or to a comune) unless renounced.
    assert.equal(result.rows.length + result.comuneGrants.length + grants.renounced, grants.matched + grants.placedByComune);
    assert.ok(grants.placedByComune > 1500, `grants of merged institutions placed by their comune: ${grants.placedByComune}`);
    assert.equal(result.comuneGrants.length, grants.placedByComune - grants.placedRenounced, 'the renounced ones are said apart');
    assert.equal(result.report.read, result.report.accepted + result.report.rejected);
    assert.equal(result.report.unmatchedRows.length, grants.unmatched, 'every unmatched grant is listed, not only the first 200');
    assert.deepEqual([...result.programmes.keys()], ['pnrr-141'], 'the measure is read from the rows: 1.4.1 only');
  });

  it('reads the inner-areas map as published (xlsx): every comune with its class, and reports comuni it does not match', async () => {
    const limits = await readLimits(REAL.geo);
    const { comuni, report } = await readInnerAreas(REAL.context, new Set(limits.comuni.keys()));
    assert.equal(report.read, 7903);
    assert.equal(report.accepted, 7903);
    assert.equal(comuni.get('058091')?.innerArea, 'A', 'Roma is a pole');
    assert.equal(comuni.get('058091')?.capoluogo, true);
    // As published, every flag is 0 or 1 and every number a number: nothing left unknown.
    assert.deepEqual(report.toJSON().corrections, []);
    // Montecopiolo and Sassofeltrio moved from Pesaro e Urbino to Rimini in 2021: new codes, the same names.
    const moved = await readInnerAreas(REAL.context, new Set(limits.comuni.keys()), (code) => limits.comuni.get(code)?.name);
    assert.deepEqual(
      moved.report.toJSON().corrections.map((c) => c.examples),
      [['041033 → 099030 Montecopiolo', '041060 → 099031 Sassofeltrio']],
    );
    assert.equal(moved.comuni.get('099030')?.innerArea, 'E');
    assert.equal(moved.comuni.get('099031')?.innerArea, 'D');
    assert.match(
      moved.report.toJSON().notes[1]!,
      /^1 comune of the limits is not in the 2020 map \(created since\): its class is unknown to the model: 081025$/,
    );
    assert.equal([...comuni.values()].filter((comune) => comune.capoluogo).length, 109);
    const matched = [...limits.comuni.keys()].filter((code) => comuni.has(code)).length;
    assert.ok(matched > 7880, `${matched} comuni of the limits matched`);
    // Comuni merged since 2020 and created since are named, never silently dropped.
    assert.equal(report.toJSON().notes.length, 2);
  });

  it('reads the two comuni names openpolis writes with C1 controls as ISTAT spells them, and reports both', async () => {
    const limits = await readLimits(REAL.geo);
    const withControls = [...limits.comuni.values(), ...limits.provinces.values(), ...limits.regions.values()].filter((area) =>
      /[\u0080-\u009f]/.test(area.name),
    );
    assert.deepEqual(withControls, []);
    // As the ISTAT inner-areas map (context/, xlsx) spells them.
    assert.equal(limits.comuni.get('031019')?.name, 'San Floriano del Collio-Števerjan');
    assert.equal(limits.comuni.get('032001')?.name, 'Duino Aurisina-Devin Nabrežina');
    const repairs = limits.reports.reduce((sum, report) => sum + report.correctionCount(C1_REPAIR), 0);
    assert.equal(repairs, 2);
  });

  it("restores the one comune name openpolis lost a character of, as ISTAT's inner-areas map spells it", async () => {
    const limits = await readLimits(REAL.geo);
    assert.deepEqual([...limits.lostCharacters.keys()], ['031022']);
    const { comuni } = await readInnerAreas(REAL.context, new Set(limits.comuni.keys()));
    assert.equal(comuni.get('031022')?.name, "Savogna d'Isonzo-Sovodnje ob Soči");
    restoreLostCharacters(limits, (code) => comuni.get(code)?.name);
    assert.equal(limits.comuni.get('031022')?.name, "Savogna d'Isonzo-Sovodnje ob Soči");
    assert.ok(![...limits.comuni.values()].some((comune) => comune.name.includes('?')));
    assert.equal(
      limits.reports.reduce((sum, report) => sum + report.correctionCount(LOST_CHARACTER), 0),
      1,
    );
  });
});
