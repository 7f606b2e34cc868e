/**
 * `npm run build:data -- --out DIR [--seed N]`: the demo contract from the real
 * open data in ../shared/data. eTwinning and Erasmus+ per-school data is not
 * public, so the synthetic model writes those exports first (flagged synthetic),
 * with two synthetic survey waves (the last school year's, and the one before
 * it, which `<survey-results compare>` reads).
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from '../data-adapters/build.js';
import { DEFAULT_CONFIG, resolveConfig } from '../data-adapters/config.js';
import { surveyFiles, surveyYears, synthesize } from '../data-adapters/synth/synthesize.js';
import { demoQuestionnaire } from '../data-adapters/synth/survey-model.js';

export const SHARED = resolve(process.env.SHARED_DATA ?? '../shared/data');
/** The school years the demo's synthetic exports cover; its survey waves are those of the last two. */
const YEARS = { from: 2014, to: 2025 } as const;

export function demoInputs(shared = SHARED) {
  return {
    registry: [
      join(shared, 'schools/mim-anagrafe/SCUANAGRAFESTAT20252620250901.csv.gz'),
      join(shared, 'schools/mim-anagrafe/SCUANAAUTSTAT20232420230901.csv'),
    ],
    students: join(shared, 'schools/mim-anagrafe/studenti_per_scuola_20242025_uaar.csv'),
    geo: join(shared, 'geo/istat-openpolis/topojson'),
    funding: [join(shared, 'funding/pnrr-1.4.1/candidature_finanziate_141_20250109.csv.gz')],
    stats: join(shared, 'stats/headline_stats_from_pages.csv'),
    context: join(shared, 'context/mappa-ai-2020-elenco-classificazione-comuni.xlsx'),
  };
}

/** The demo's build from the synthetic exports in `synthetic` (made by synthesize): what `npm run bench:data` times too. */
export function demoConfig(synthetic: string, out: string, seed: number, bundleRegion: string | null) {
  const wave = demoQuestionnaire(YEARS.to).wave;
  return resolveConfig({
    ...demoInputs(),
    out,
    seed,
    etwinning: join(synthetic, 'etwinning.csv'),
    erasmus: join(synthetic, 'erasmus.csv'),
    surveys: surveyYears(YEARS.from, YEARS.to).map((year) => surveyFiles(synthetic, year)),
    // The survey feeds the index (#22): a plan for internationalisation approved in the PTOF, and teachers who went
    // abroad per 1,000 students, for the active institutions that answered.
    index: {
      ...DEFAULT_CONFIG.index,
      weights: { etwinning: 0.35, erasmus: 0.35, funding: 0.1, continuity: 0.1, survey: 0.1 },
      surveyIndicators: [
        { wave, question: 'piano', option: 'approvato', weight: 1 },
        { wave, question: 'docenti-mobilita', weight: 1, per1000Students: true },
      ],
    },
    bundleRegion,
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'demo-data' },
      seed: { type: 'string', default: '1' },
      'bundle-region': { type: 'string', default: '02' },
    },
  });
  const seed = Number(values.seed);
  const inputs = demoInputs();
  const synthetic = resolve('.cache/synthetic');
  await mkdir(synthetic, { recursive: true });
  const log = (line: string) => console.error(`· ${line}`);
  await synthesize({
    registry: inputs.registry,
    students: inputs.students,
    out: synthetic,
    seed,
    stats: inputs.stats,
    ...YEARS,
    log,
  });
  const report = await build(demoConfig(synthetic, resolve(values.out!), seed, values['bundle-region'] ?? null), { log });
  console.log(report.summary);
}

if (process.argv[1]?.endsWith('build-demo-data.ts')) await main();
