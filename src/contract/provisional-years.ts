/**
 * The school years whose figures of a metric are still provisional: its
 * programme's (Erasmus+ keeps the current year and the two before it while
 * projects are still reported). One reader for the map, the timeline and the
 * profile, so that they mark the same years.
 */
import type { MetricDefinition, NationalIndex } from './contract.types.js';

export function provisionalYearsOf(index: NationalIndex, metric: MetricDefinition): readonly number[] {
  const programme = index.programmes.find((p) => p.id === metric.programme);
  // The validator refuses a metric whose programme the index does not name; were one read, it is as provisional as
  // the most provisional programme, not silently final.
  return programme ? programme.provisionalYears : index.programmes.flatMap((p) => p.provisionalYears);
}
