/**
 * The latest year of a national area file (src/contract/area-latest.ts),
 * through the page's loader (its requests and cache): a module of the map's,
 * so that the other elements' bundles do not carry it. Null when the data
 * source has none (an older index, or a bundle): the map reads the whole file.
 */
import type { AreaFile, AreaLatestFile } from '../contract/contract.types.js';
import type { ContractLoader, LoadOptions } from '../data/loader.js';
import { fillTemplate } from '../data/shard-urls.js';
import { isMissingFile } from '../data/missing-file.js';
import { SchemaError, withLocalizedErrors } from '../errors.js';

async function latest(loader: ContractLoader, src: string, level: AreaFile['level'], metric: string, options: LoadOptions) {
  const { index, url: indexUrl, bundle } = await loader.index(src, options);
  const template = index.shards.areasLatest;
  // The levels with national files, as the loader's `areas` reads them (an index that does not say has only comuni's).
  if (!template || bundle || !(index.areaLevels ?? ['comuni']).includes(level)) return null;
  const url = fillTemplate(template, { level, metric }, indexUrl);
  const file = await loader.document(url, ['areas-latest'], options);
  // The file its URL promised: another metric's values, or another release's year, would be drawn as this one's.
  if (file.level !== level || file.metric !== metric)
    throw new SchemaError(url, [{ path: ['metric'], expect: 'shard.key', params: [metric], value: file.metric }]);
  const last = index.years.at(-1)!;
  if (file.year !== last) throw new SchemaError(url, [{ path: ['year'], expect: 'year.latest', params: [String(last)], value: file.year }]);
  return file;
}

/**
 * Its kind must have been registered (`registerAreasLatestKind`). A file the
 * index names and the host did not upload (HTTP 404): null, as without one,
 * and `missing` hears its address (the map draws from the whole file, a
 * little later, and says so in the console).
 */
export function loadAreasLatest(
  loader: ContractLoader,
  src: string,
  level: AreaFile['level'],
  metric: string,
  options: LoadOptions & { missing?: (url: string) => void } = {},
): Promise<AreaLatestFile | null> {
  return withLocalizedErrors(
    latest(loader, src, level, metric, options).catch((error: unknown) => {
      if (!isMissingFile(error)) throw error;
      options.missing?.(error.url ?? '');
      return null;
    }),
  );
}
