/**
 * Shared by every bench page: the national comuni layer and one year of one
 * metric, already downloaded and converted for each contender (so that only
 * drawing is timed), with the same quantile colours for all.
 */
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { classify, classOf } from '../../src/map/classify.js';
import { paletteColours } from '../../src/map/palettes.js';
import type { RegionShard } from '../../src/contract/contract.types.js';
import { container as box } from '../support/page.js';
import { METRIC } from './metric.js';

export const SRC = new URL('/demo-data/index.json', location.href).href;
export { METRIC } from './metric.js';
export const WIDTH = 1000;
export const HEIGHT = 1200;

export interface BenchData {
  topology: Topology;
  geojson: FeatureCollection<Geometry, { name: string }>;
  colours: Map<string, string>;
  values: Map<string, number>;
  /** The same colouring for another school year (what a change of year costs a page that colours it itself). */
  coloursOf: (year: number) => Map<string, string>;
}

/** The colour of a value among `values`: five quantile classes of the blues palette, as every contender colours. */
export function quantileColour(values: readonly number[]): (value: number) => string {
  const classes = classify(values, 'quantile', 5);
  const palette = paletteColours('blues', classes.breaks.length + 1);
  return (value) => palette[classOf(value, classes.breaks)]!;
}

export async function prepare(): Promise<BenchData> {
  const index = await (await fetch(SRC)).json();
  const topology = (await (await fetch(new URL('geo/comuni/italia.topo.json', SRC))).json()) as Topology;
  const shards = (await Promise.all(
    index.regions.map((r: { code: string }) => fetch(new URL(`regions/${r.code}.json`, SRC)).then((res) => res.json())),
  )) as RegionShard[];
  const comuni = shards.flatMap((shard) => shard.comuni);
  const valuesOf = (year: number) => {
    const yearIndex = (index.years as number[]).indexOf(year);
    const values = new Map<string, number>();
    for (const comune of comuni) {
      const value = comune.values[METRIC]?.[yearIndex];
      if (value !== null && value !== undefined) values.set(comune.code, value);
    }
    return values;
  };
  const coloursOf = (year: number) => {
    const values = valuesOf(year);
    const colour = quantileColour([...values.values()]);
    return new Map([...values].map(([code, value]) => [code, colour(value)]));
  };
  const lastYear = index.years.at(-1) as number;
  const values = valuesOf(lastYear);
  const colours = coloursOf(lastYear);
  const geojson = feature(topology, topology.objects.comuni as GeometryCollection) as unknown as FeatureCollection<
    Geometry,
    { name: string }
  >;
  geojson.features = geojson.features.filter((f) => f.geometry);
  return { topology, geojson, colours, values, coloursOf };
}

export { painted } from '../support/page.js';

/** A fresh box of the map's size. */
export const container = () => box(WIDTH, HEIGHT);
