/**
 * The synthetic model on the real registry: national totals within 5% of every
 * published figure it uses, persistence from year to year, and the same bytes
 * for the same seed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { knownCodes } from '../../../data-adapters/aggregate/institutions.ts';
import { readErasmus, readEtwinning } from '../../../data-adapters/readers/participation.ts';
import { readRegistries } from '../../../data-adapters/readers/registry.ts';
import { synthesize } from '../../../data-adapters/synth/synthesize.ts';
import { readTargets } from '../../../data-adapters/synth/targets.ts';
import { MOBILITY_DIP, staffOf, teacherRoom } from '../../../data-adapters/synth/model.ts';
import { buildInstitutions } from '../../../data-adapters/aggregate/institutions.ts';
import { readStudents } from '../../../data-adapters/readers/students.ts';
import { NATIONAL_INSTITUTIONS } from '../../../data-adapters/synth/rest-of-nation.ts';
import { MOST_PLANTED, PLANTED_FILE, type PlantedAreas } from '../../../data-adapters/synth/plant-low-areas.ts';
import { normaliseName } from '../../../data-adapters/aggregate/locate-schools.ts';
import { Random } from '../../../data-adapters/stats/random.ts';
import { REAL } from '../real-data.ts';
import { basename } from 'node:path';
import { surveyFiles } from '../../../data-adapters/synth/synthesize.ts';
import { ANSWER_MODEL, earlierPlanShares, ITEM_SKIP } from '../../../data-adapters/synth/survey-model.ts';
import { readQuestionnaire } from '../../../data-adapters/surveys/questionnaire.ts';
import { readResponses, type Answers } from '../../../data-adapters/surveys/responses.ts';
import { isActiveYear } from '../../../src/contract/participation.ts';
import { tempDir, writeText } from '../temp-files.ts';
import { responseRows } from './response-rows.ts';

/** The published School Label schools per region in 2020/21 (stats/headline_stats_from_pages.csv). */
const SCHOOL_LABEL_2020 = { CAMPANIA: 28, LOMBARDIA: 25, SICILIA: 22, PUGLIA: 21, EMILIAROMAGNA: 17, LAZIO: 16 };
const YEARS = Array.from({ length: 12 }, (_, i) => 2014 + i);

describe('synthetic targets', () => {
  it('interpolates flows on the log scale, projects them within ±10% a year, extrapolates stocks, and starts labels when they began', async () => {
    const path = writeText(
      tempDir(),
      'stats.csv',
      'metric,scope,period,value,note,source_url\netwinning_new_projects,Italy,2016,100,,x\netwinning_new_projects,Italy,2016,999,conflict,y\netwinning_new_projects,Italy,2018,200,,x\netwinning_registered_teachers_cumulative,Italy,2016,1000,,x\netwinning_registered_teachers_cumulative,Italy,2017,1100,,x\netwinning_school_label_schools,Italy,2018/2019,50,,x\nerasmus_school_accredited_institutes,Sicilia,2022,60,,x\n',
    );
    const targets = await readTargets(path, YEARS);
    // 2016: 100, 2018: 200: 2017 is their geometric mean; before and after, the segment's +41% a year is held to +10%.
    assert.deepEqual(
      [2014, 2016, 2017, 2018, 2020].map((y) => targets.series.etwinningProjects.get(y)),
      [83, 100, 141, 200, 242],
    );
    assert.deepEqual(
      [2014, 2018].map((y) => targets.series.etwinningTeachers.get(y)),
      [800, 1200],
    );
    // One figure: 5% a year from it, nothing before the label existed.
    assert.deepEqual(
      [2017, 2018, 2025].map((y) => targets.series.schoolLabel.get(y)),
      [0, 50, 70],
    );
    assert.equal(
      targets.published.etwinningProjects.filter((f) => !f.used).length,
      1,
      'the conflicting second figure is kept but not used',
    );
    assert.equal(targets.series.accredited.get(2022), 0, 'regional figures are not national targets');
  });
});

describe('synthetic targets on the published figures', () => {
  it('never carries a figure flat: the years without one vary, the published ones are met exactly', async () => {
    const targets = await readTargets(REAL.stats, YEARS, new Random(1));
    const spread = (name: keyof typeof targets.series, from: number, to: number) =>
      new Set(YEARS.filter((y) => y >= from && y <= to).map((y) => targets.series[name].get(y))).size;
    assert.equal(spread('etwinningProjects', 2014, 2018), 5, 'eTwinning projects 2014-2018');
    assert.equal(spread('etwinningProjects', 2022, 2025), 4, 'eTwinning projects 2022-2025');
    assert.ok(spread('ka2', 2014, 2025) >= 10, 'Erasmus+ KA2 has one published figure, not one value for twelve years');
    assert.equal(targets.series.ka2.get(2020), 231);
    assert.equal(targets.series.etwinningProjects.get(2018), 3864, 'of two conflicting figures for 2018, the first listed is followed');
    assert.deepEqual(Object.fromEntries(targets.regionalSchoolLabel.get(2020)!), SCHOOL_LABEL_2020);
  });
});

describe('synthesize', () => {
  const dir = tempDir();
  const again = tempDir();
  let totals: Map<string, Map<number, number>>;
  let etRows: Awaited<ReturnType<typeof readEtwinning>>['rows'];
  let erRows: Awaited<ReturnType<typeof readErasmus>>['rows'];
  let regionOf: Map<string, string>;
  before(async () => {
    await synthesize({ registry: REAL.registry, students: REAL.students, out: dir, seed: 7, stats: REAL.stats, from: 2014, to: 2025 });
    await synthesize({ registry: REAL.registry, students: REAL.students, out: again, seed: 7, stats: REAL.stats, from: 2014, to: 2025 });
    const { schools } = await readRegistries(REAL.registry);
    const known = knownCodes(schools);
    regionOf = new Map(
      schools.flatMap((s) => [
        [s.code, normaliseName(s.regionName)] as [string, string],
        [s.institution, normaliseName(s.regionName)] as [string, string],
      ]),
    );
    const et = await readEtwinning(join(dir, 'etwinning.csv'), known);
    const er = await readErasmus(join(dir, 'erasmus.csv'), known);
    assert.equal(et.report.rejected + er.report.rejected, 0, 'the synthetic files are valid inputs');
    etRows = et.rows;
    erRows = er.rows;
    totals = new Map();
    const add = (metric: string, year: number, value: number) => {
      if (!totals.has(metric)) totals.set(metric, new Map());
      totals.get(metric)!.set(year, (totals.get(metric)!.get(year) ?? 0) + value);
    };
    for (const years of et.rows.values()) {
      for (const [year, row] of years) {
        add('etwinning_new_projects', year, row.projects);
        add('etwinning_registered_teachers_cumulative', year, row.registeredTeachers);
        add('etwinning_national_quality_labels', year, row.qualityLabels);
        add('etwinning_school_label_schools', year, row.schoolLabel ? 1 : 0);
      }
    }
    for (const years of er.rows.values()) {
      for (const [year, row] of years) {
        add('erasmus_school_accredited_institutes', year, row.accredited ? 1 : 0);
        add('erasmus_school_ka1_projects', year, row.ka1Projects);
        add('erasmus_school_ka2_projects', year, row.ka2Projects);
      }
    }
  });

  it('meets every published national figure it uses within 5%', async () => {
    const targets = await readTargets(REAL.stats, YEARS);
    let checked = 0;
    for (const figures of Object.values(targets.published)) {
      for (const figure of figures.filter((f) => f.used && YEARS.includes(f.year))) {
        const metric = figure.metric === 'erasmus_school_ka1_projects_approved' ? 'erasmus_school_ka1_projects' : figure.metric;
        const total = totals.get(metric)?.get(figure.year) ?? 0;
        assert.ok(
          Math.abs(total - figure.value) <= 0.05 * figure.value,
          `${figure.metric} ${figure.year}: ${total} vs published ${figure.value}`,
        );
        checked++;
      }
    }
    assert.ok(checked >= 20, `checked ${checked} published figures`);
  });

  it('registers no more teachers in an institution than its staff and those who came and went', async () => {
    // The model's institutions and students, as synthesize reads them.
    const { schools } = await readRegistries(REAL.registry);
    const students = (await readStudents(REAL.students)).students;
    const locations = new Map(schools.map((s) => [s.code, { comune: null, province: null, region: normaliseName(s.regionName) }]));
    const institutions = [
      ...buildInstitutions(schools, locations, students, { etwinning: new Map(), erasmus: new Map(), funding: [] }).values(),
    ];
    const staffs = staffOf(institutions);
    let over = 0;
    let most = 0;
    for (const [k, institution] of institutions.entries()) {
      const years = [...(etRows.get(institution.code) ?? [])];
      const ratios = years.map(([year, row]) => row.registeredTeachers / teacherRoom(staffs[k]!, year));
      if (ratios.some((ratio) => ratio > 1)) over++;
      most = Math.max(most, ...ratios);
    }
    // Before the cap: 208 institutions over their staff (turnover aside), one 9.4 times over (1,154 registered teachers).
    assert.equal(over, 0, `${over} institutions with more registered teachers than staff (up to ${most.toFixed(1)} times)`);
    assert.ok(most > 0.9, 'the cap is reached somewhere: not a test of nothing');
  });

  it('keeps active schools active more often than it activates new ones', () => {
    let stay = 0;
    let wasActive = 0;
    let start = 0;
    let wasInactive = 0;
    const institutions = [...etRows.keys()];
    for (const code of institutions) {
      const rows = etRows.get(code)!;
      for (let year = 2015; year <= 2025; year++) {
        const before = (rows.get(year - 1)?.projects ?? 0) > 0;
        const now = (rows.get(year)?.projects ?? 0) > 0;
        if (before) {
          wasActive++;
          if (now) stay++;
        } else {
          wasInactive++;
          if (now) start++;
        }
      }
    }
    assert.ok(stay / wasActive > 2 * (start / wasInactive), `P(stay) ${stay / wasActive} vs P(start) ${start / wasInactive}`);
  });

  it('meets the published regional School Label figures within 10%', () => {
    const byRegion = new Map<string, number>();
    for (const [code, years] of etRows)
      if (years.get(2020)?.schoolLabel) byRegion.set(regionOf.get(code)!, (byRegion.get(regionOf.get(code)!) ?? 0) + 1);
    for (const [region, published] of Object.entries(SCHOOL_LABEL_2020))
      assert.ok(Math.abs((byRegion.get(region) ?? 0) - published) <= 0.1 * published, `${region}: ${byRegion.get(region)} vs ${published}`);
  });

  it('dips mobility in 2020/21, when it was suspended, while projects were still approved', () => {
    const perProject = (year: number) => {
      let participants = 0;
      let projects = 0;
      for (const years of erRows.values()) {
        const row = years.get(year);
        if (!row) continue;
        participants += row.participants;
        projects += row.ka1Projects + row.ka2Projects;
      }
      return participants / projects;
    };
    assert.ok(perProject(2020) < 0.3 * perProject(2019), `participants per project: 2020 ${perProject(2020)}, 2019 ${perProject(2019)}`);
    assert.ok(MOBILITY_DIP[2020]! < 1);
  });

  it('plants documented low areas, where institutions take part far less', () => {
    const planted = JSON.parse(readFileSync(join(dir, PLANTED_FILE), 'utf8')) as PlantedAreas;
    assert.equal(planted.synthetic, true);
    assert.equal(planted.provinces.length, 3);
    assert.ok(planted.comuni.length >= 4);
    const plantedInstitutions = [...planted.provinces, ...planted.comuni].reduce((sum, area) => sum + area.institutions, 0);
    assert.ok(
      plantedInstitutions <= MOST_PLANTED * Object.values(NATIONAL_INSTITUTIONS).reduce((sum, n) => sum + n),
      `${plantedInstitutions} planted low`,
    );
    const lowProvinces = new Set(planted.provinces.map((p) => p.acronym));
    const activeShare = (inside: boolean) => {
      const codes = [...regionOf.keys()].filter((code) => lowProvinces.has(code.slice(0, 2)) === inside);
      const active = codes.filter((code) => [...(etRows.get(code)?.values() ?? [])].some((row) => row.projects > 0)).length;
      return active / codes.length;
    };
    assert.ok(activeShare(true) < 0.5 * activeShare(false), `planted ${activeShare(true)} vs elsewhere ${activeShare(false)}`);
  });

  it('writes the same bytes for the same seed, and marks the files synthetic', () => {
    const waves = [surveyFiles(dir, 2024), surveyFiles(dir, 2025)];
    for (const file of [
      'etwinning.csv',
      'erasmus.csv',
      PLANTED_FILE,
      ...waves.flatMap((w) => [basename(w.questionnaire), basename(w.responses)]),
    ])
      assert.equal(readFileSync(join(dir, file), 'utf8'), readFileSync(join(again, file), 'utf8'));
    assert.equal(JSON.parse(readFileSync(join(dir, 'etwinning.csv.meta.json'), 'utf8')).synthetic, true);
    for (const wave of waves) assert.equal(JSON.parse(readFileSync(`${wave.responses}.meta.json`, 'utf8')).synthetic, true);
  });

  const waves = [
    { year: 2024, planModel: { active: earlierPlanShares('active'), inactive: earlierPlanShares('inactive') } },
    { year: 2025, planModel: ANSWER_MODEL.piano },
  ];
  for (const { year, planModel } of waves)
    it(`writes the survey wave of ${year}/${(year + 1) % 100} that reads without a reject, answered as its documented model says`, async () => {
      const files = surveyFiles(dir, year);
      const questionnaire = await readQuestionnaire(files.questionnaire);
      const { schools } = await readRegistries(REAL.registry);
      const institutions = new Set(schools.map((s) => s.institution));
      const { answers, report } = await readResponses(files.responses, questionnaire, (code) =>
        institutions.has(code) ? { institution: true } : null,
      );
      assert.equal(report.rejected, 0);
      // Active: any eTwinning or Erasmus+ activity in the wave's school year and the two before it, as the model reads it.
      const recent = [year - 2, year - 1, year];
      const active = (code: string) =>
        recent.some((year) =>
          isActiveYear({ etwinning: etRows.get(code)?.get(year) ?? null, erasmus: erRows.get(code)?.get(year) ?? null, funding: [] }),
        );
      const invited = [...institutions];
      const rate = (group: string[]) => group.filter((code) => answers.has(code)).length / group.length;
      const activeCodes = invited.filter(active);
      const inactiveCodes = invited.filter((code) => !active(code));
      const overall = rate(invited);
      assert.ok(overall > 0.25 && overall < 0.45, `about a third answer: ${overall}`);
      // logistic(-0.9 + 0.9) is 0.5 against logistic(-0.9) = 0.29 before the region and grade effects.
      assert.ok(rate(activeCodes) > rate(inactiveCodes) + 0.1, `active ${rate(activeCodes)}, inactive ${rate(inactiveCodes)}`);
      // Answers: each distribution within four standard errors of the model's.
      const within = (codes: string[], share: (a: Answers) => number | null, expected: number, label: string) => {
        const values = codes.flatMap((code) => {
          const a = answers.get(code);
          const value = a ? share(a) : null;
          return value === null ? [] : [value];
        });
        const observed = values.reduce((s, v) => s + v, 0) / values.length;
        const se = Math.sqrt((expected * (1 - expected)) / values.length);
        assert.ok(Math.abs(observed - expected) < 4 * se, `${label}: ${observed} against ${expected} (n ${values.length})`);
      };
      const plan = (a: Answers) => (a.has('piano') ? Number(a.get('piano') === 'approvato') : null);
      within(activeCodes, plan, planModel.active[0], 'approved plan, active');
      within(inactiveCodes, plan, planModel.inactive[0], 'approved plan, inactive');
      const veryImportant = (a: Answers) => (a.has('importanza') ? Number(a.get('importanza') === 5) : null);
      within(activeCodes, veryImportant, ANSWER_MODEL.importanza.active[4], 'importance 5, active');
      const skipped = [...answers.values()].filter((a) => !a.has('importanza')).length / answers.size;
      assert.ok(
        Math.abs(skipped - ITEM_SKIP) < 4 * Math.sqrt((ITEM_SKIP * (1 - ITEM_SKIP)) / answers.size),
        `item non-response ${skipped}`,
      );
    });

  it('asks the two waves the same questions of respondents drawn apart, each answering as it stands but for the planted plans', async () => {
    const [earlier, later] = await Promise.all([2024, 2025].map((year) => readQuestionnaire(surveyFiles(dir, year).questionnaire)));
    assert.deepEqual(
      [earlier!.wave, earlier!.schoolYear, later!.wave, later!.schoolYear],
      ['internazionalizzazione-2024', 2024, 'internazionalizzazione-2025', 2025],
    );
    assert.deepEqual(earlier!.questions, later!.questions);
    const respondents = (year: number) => new Set(responseRows(surveyFiles(dir, year).responses).map((row) => row.school_code!));
    const [a, b] = [respondents(2024), respondents(2025)];
    const both = [...a].filter((code) => b.has(code));
    // Drawn apart, about as many answer both as the product of the rates says (a shared stream would make them one set).
    assert.ok(both.length < 0.7 * Math.min(a.size, b.size), `${both.length} of ${a.size} and ${b.size} answered both`);
    // Who answers both, its activity the same in both waves' years, gives its standing answers again; its plan is the
    // same, or was being prepared the year before and is approved now (the planted change), never the other way.
    const rows = (year: number) => new Map(responseRows(surveyFiles(dir, year).responses).map((row) => [row.school_code!, row]));
    const [thenRows, nowRows] = [rows(2024), rows(2025)];
    const activeIn = (code: string, years: number[]) =>
      years.some((year) =>
        isActiveYear({ etwinning: etRows.get(code)?.get(year) ?? null, erasmus: erRows.get(code)?.get(year) ?? null, funding: [] }),
      );
    const steady = both.filter((code) => activeIn(code, [2022, 2023, 2024]) === activeIn(code, [2023, 2024, 2025]));
    assert.ok(steady.length > 500, `${steady.length} steady institutions answered both`);
    let approvedSince = 0;
    for (const code of steady) {
      const [then, now] = [thenRows.get(code)!, nowRows.get(code)!];
      for (const column of ['importanza', 'supporto', 'ostacoli_lingue', 'ostacoli_partner'])
        if (then[column] !== '' && now[column] !== '') assert.equal(then[column], now[column], `${code} ${column}`);
      if (then.piano === '' || now.piano === '' || then.piano === now.piano) continue;
      assert.deepEqual([then.piano, now.piano], ['in-preparazione', 'approvato'], code);
      approvedSince++;
    }
    assert.ok(approvedSince > 0.05 * steady.length, `${approvedSince} plans approved since, of ${steady.length}`);
  });
});
