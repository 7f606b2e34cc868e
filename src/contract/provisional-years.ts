/**
 * The school years whose figures of a metric are still provisional: its
 * programme's (Erasmus+ keeps the current year and the two before it while
 * projects are still reported). One reader for the map, the timeline and the
 * profile, so that they mark the same years.
 */
import type { MetricDefinition, NationalIndex } from './contract.types.js';

export const provisionalYearsOf = (index: NationalIndex, metric: MetricDefinition) => programmeProvisionalYears(index, metric.programme);

/** Per year of the index: whether the metric's figures are provisional there (a timeline's series, a profile's). */
export function provisionalFlags(index: NationalIndex, metric: MetricDefinition): boolean[] {
  const years = new Set(provisionalYearsOf(index, metric));
  return index.years.map((year) => years.has(year));
}

/**
 * A programme's provisional years (`all`, every programme together, is as provisional as its most provisional part),
 * from an index or the data tools' model, which list their programmes alike.
 */
export function programmeProvisionalYears(index: Pick<NationalIndex, 'programmes'>, id: string): readonly number[] {
  const programme = index.programmes.find((p) => p.id === id);
  // The validator refuses a metric whose programme the index does not name, and the data tools name `all`; were one
  // read, it is as provisional as the most provisional programme, not silently final.
  return programme ? programme.provisionalYears : index.programmes.flatMap((p) => p.provisionalYears);
}
