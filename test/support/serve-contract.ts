/** Serves the whole fixture contract (index, shards, geometry) in a fresh folder of the data server. */
import type { NationalIndex } from '../../src/contract/contract.types.js';
import { indexFixture } from '../fixtures/contract.fixture.js';
import { contractFiles } from '../fixtures/dashboard.fixture.js';
import { freshFolder, serve, type RouteOptions } from './data-routes.js';

export async function serveContract(
  options: { index?: NationalIndex; indexRoute?: RouteOptions } = {},
): Promise<{ folder: string; src: string }> {
  const folder = freshFolder();
  await Promise.all(contractFiles().map(([path, body]) => serve(`${folder}/${path}`, body)));
  const src = await serve(`${folder}/index.json`, options.index ?? indexFixture(), options.indexRoute);
  return { folder, src };
}
