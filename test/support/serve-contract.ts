/** Serves the whole fixture contract (index, shards, geometry) in a fresh folder of the data server. */
import type { NationalIndex } from '../../src/contract/contract.types.js';
import { searchFixture } from '../fixtures/search.fixture.js';
import { indexFixture, regionFixture, schoolFixture, topologyFixture } from '../fixtures/contract.fixture.js';
import { freshFolder, serve, type RouteOptions } from './data-routes.js';

export async function serveContract(options: { index?: NationalIndex; indexRoute?: RouteOptions } = {}): Promise<{ folder: string; src: string }> {
  const folder = freshFolder();
  await serve(`${folder}/regions/09.json`, regionFixture());
  await serve(`${folder}/schools/FIIC81200A.json`, schoolFixture());
  await serve(`${folder}/search.json`, searchFixture());
  await serve(`${folder}/geo/regions.topo.json`, topologyFixture('regions', ['09', '12']));
  await serve(`${folder}/geo/provinces.topo.json`, topologyFixture('provinces', ['048', '058']));
  await serve(`${folder}/geo/comuni/09.topo.json`, topologyFixture('comuni', ['048017', '048001']));
  const src = await serve(`${folder}/index.json`, options.index ?? indexFixture(), options.indexRoute);
  return { folder, src };
}
