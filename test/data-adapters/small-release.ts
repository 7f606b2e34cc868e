/**
 * The small real case the build tests build: the autonomous provinces'
 * registry (Valle d'Aosta, Trentino-Alto Adige), its synthetic exports and
 * two survey waves, the PNRR export, the students, the inner areas and the
 * national limits.
 */
import { join } from 'node:path';
import { resolveConfig, type BuildConfig } from '../../data-adapters/config.ts';
import { surveyFiles, surveyYears, synthesize } from '../../data-adapters/synth/synthesize.ts';
import { AUTONOMOUS_REGISTRY, REAL } from './real-data.ts';

/** Writes the synthetic exports and the survey waves' files into `work`. */
export function synthesizeSmallRelease(work: string) {
  return synthesize({
    registry: [AUTONOMOUS_REGISTRY],
    students: REAL.students,
    out: work,
    seed: 3,
    stats: REAL.stats,
    from: 2014,
    to: 2025,
  });
}

/** The build's configuration, its inputs in `work` (after `synthesizeSmallRelease`) and its output in `out`. */
export function smallReleaseConfig(work: string, out: string, more: Partial<BuildConfig> = {}): BuildConfig {
  return resolveConfig({
    registry: [AUTONOMOUS_REGISTRY],
    students: REAL.students,
    geo: REAL.geo,
    funding: REAL.funding,
    context: REAL.context,
    etwinning: join(work, 'etwinning.csv'),
    erasmus: join(work, 'erasmus.csv'),
    surveys: surveyYears(2014, 2025).map((year) => surveyFiles(work, year)),
    out,
    seed: 3,
    ...more,
  });
}
