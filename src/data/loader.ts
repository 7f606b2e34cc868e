/**
 * The loader: the only way elements get data. It resolves shards from the index,
 * shares one cache among every element on the page (and between two copies of
 * the bundle), validates every document at the boundary and freezes it, and
 * fails with the typed errors of `errors.ts`.
 */
import { CODE_PATTERNS } from '../contract/codes.js';
import type {
  AreaFile,
  ContractBundle,
  DocumentByKind,
  NationalIndex,
  RegionShard,
  SchoolShard,
  Topology,
} from '../contract/contract.types.js';
import { validateDocument, validateTopology } from '../contract/validate.js';
import type { DocumentKind, GeometryLayer } from '../contract/vocabulary.js';
import { HttpError, NotFoundError, SchemaError, withLocalizedErrors } from '../errors.js';
import { deepFreeze, TOPOJSON_ARCS } from '../util/deep-freeze.js';
import { fetchJson, type FetchJsonOptions } from './fetch-json.js';
import { isMissingFile } from './missing-file.js';
import { RequestCache, sharedRequestCache } from './request-cache.js';
import { absoluteUrl, fillTemplate } from './shard-urls.js';

/** Time limit per attempt, retries and their wait, and the fetch to use (see `FetchJsonOptions`). */
export type LoaderOptions = Omit<FetchJsonOptions, 'signal'>;

export interface LoadOptions {
  signal?: AbortSignal;
}

export interface GeometryOptions extends LoadOptions {
  /**
   * Reads a layer's packed twin (`readPackedTopology`, src/contract/packed-topology.ts):
   * with it, the loader downloads the packed file when the index names one (a
   * map passes it: a cold national map of comuni draws sooner); without it, the
   * TopoJSON file, and the elements that draw no map do not carry the reader.
   */
  readPacked?: (input: unknown, layer: GeometryLayer, object: string, url: string) => Topology;
  /** Hears that the packed twin was not found (HTTP 404) and the TopoJSON file at `fallback` was read instead. */
  packedMissing?: (packed: string, fallback: string) => void;
}

/** The index of a data source, and the whole bundle when the source is a single self-contained file. */
export interface IndexSource {
  url: string;
  index: NationalIndex;
  bundle: ContractBundle | null;
}

/** A region a bundle does not hold: the error names those it holds (a small site's file has one). */
const notHeld = (bundle: ContractBundle, code: string, url: string) =>
  new NotFoundError(
    'region',
    code,
    url,
    bundle.regions.map(({ region }) => `${region.name} ("${region.code}")`),
  );

/** Every data error leaves the loader with its Italian and English texts (`withLocalizedErrors`). */
export class ContractLoader {
  /**
   * Defaults (20 s, 2 retries from 400 ms, the page's fetch) are fetchJson's;
   * the page's loader shares the page's request cache (`sharedRequestCache`).
   */
  constructor(
    private readonly _options: LoaderOptions = {},
    private readonly _cache: RequestCache = new RequestCache(),
  ) {}

  /** Forgets finished downloads (a new data release, or tests). */
  clear(): void {
    this._cache.clear();
  }

  /** The national index at `src`, which may also be a single self-contained bundle. */
  index(src: string, options: LoadOptions = {}): Promise<IndexSource> {
    return withLocalizedErrors(this._index(src, options));
  }

  private async _index(src: string, options: LoadOptions): Promise<IndexSource> {
    const url = absoluteUrl(src);
    const document = await this._document(url, ['index', 'bundle'], options.signal);
    return document.kind === 'bundle' ? { url, index: document.index, bundle: document } : { url, index: document, bundle: null };
  }

  /** The shard of one region (ISTAT code "01".."20"). */
  region(src: string, code: string, options: LoadOptions = {}): Promise<RegionShard> {
    return withLocalizedErrors(this._shard(src, 'region', code, options));
  }

  /** The shard of one school (codice meccanografico, case-insensitive). */
  school(src: string, code: string, options: LoadOptions = {}): Promise<SchoolShard> {
    return withLocalizedErrors(this._shard(src, 'school', code.trim().toUpperCase(), options));
  }

  /**
   * The national area file of `metric` at `level` (contract 1.1), or null when
   * the data source has none (an older index, or a bundle): the caller then
   * reads the region shards.
   */
  areas(src: string, level: AreaFile['level'], metric: string, options: LoadOptions = {}): Promise<AreaFile | null> {
    return withLocalizedErrors(this._areas(src, level, metric, options));
  }

  private async _areas(src: string, level: AreaFile['level'], metric: string, options: LoadOptions): Promise<AreaFile | null> {
    const source = await this._index(src, options);
    const template = source.index.shards.areas;
    // The levels with national files (an index that does not say has only comuni's, as contract 1.1 first had).
    if (!template || source.bundle || !(source.index.areaLevels ?? ['comuni']).includes(level)) return null;
    const url = fillTemplate(template, { level, metric }, source.url);
    const file = await this._document(url, ['areas'], options.signal);
    // A file must be the one its URL promised: another metric's values would be drawn as this one's.
    if (file.level !== level || file.metric !== metric)
      throw new SchemaError(url, [{ path: ['metric'], expect: 'shard.key', params: [metric], value: file.metric }]);
    return file;
  }

  /**
   * A geometry layer. Comuni come per region; without a region, the national
   * comuni layer when the index has one.
   */
  geometry(src: string, layer: GeometryLayer, region?: string, options: GeometryOptions = {}): Promise<Topology> {
    return withLocalizedErrors(this._geometry(src, layer, region, options));
  }

  private async _geometry(src: string, layer: GeometryLayer, region: string | undefined, options: GeometryOptions): Promise<Topology> {
    const source = await this._index(src, options);
    const refs = source.index.geometry;
    const ref = layer === 'comuni' && region === undefined ? refs.comuniNational : refs[layer];
    const key = layer === 'comuni' ? (region ?? 'IT') : layer;
    if (!ref) throw new NotFoundError('geometry', key, source.url);
    if (layer === 'comuni' && region !== undefined && !source.index.regions.some((r) => r.code === region)) {
      throw new NotFoundError('region', region, source.url);
    }
    if (source.bundle) {
      const geometry = source.bundle.geometry;
      const topology = layer === 'comuni' ? (region === undefined ? undefined : geometry.comuni[region]) : geometry[layer];
      if (!topology)
        throw region === undefined ? new NotFoundError('geometry', key, source.url) : notHeld(source.bundle, region, source.url);
      return topology;
    }
    const urlOf = (template: string) => fillTemplate(template, region === undefined ? {} : { region }, source.url);
    const plain = (url: string) =>
      this._topology(url, ref.object, (input) => validateTopology(input, layer, ref.object, url), options.signal);
    // The packed twin when the index names one and the caller can read it (a map: see GeometryOptions).
    const { readPacked } = options;
    if (ref.packed === undefined || readPacked === undefined) return plain(urlOf(ref.url));
    const url = urlOf(ref.packed);
    try {
      return await this._topology(url, ref.object, (input) => readPacked(input, layer, ref.object, url), options.signal);
    } catch (error) {
      // A host that uploaded only the TopoJSON files (as before packed twins existed): the map still draws, a little later.
      if (!isMissingFile(error)) throw error;
      const fallback = urlOf(ref.url);
      options.packedMissing?.(url, fallback);
      return plain(fallback);
    }
  }

  /**
   * The packed layer at `url` (its `object`), read with `readPacked`: the
   * same request, check and cache entry as `geometry()` uses when an index
   * names that address. A map asks for it before its index has arrived
   * (src/map/head-start.ts).
   */
  packedAt(
    url: string,
    layer: GeometryLayer,
    object: string,
    readPacked: NonNullable<GeometryOptions['readPacked']>,
    options: LoadOptions = {},
  ): Promise<Topology> {
    return withLocalizedErrors(this._topology(url, object, (input) => readPacked(input, layer, object, url), options.signal));
  }

  /** A topology at `url` read by `parse`, validated, frozen and cached per object and address. */
  private _topology(url: string, object: string, parse: (input: unknown) => Topology, signal?: AbortSignal): Promise<Topology> {
    return this._cache.get(
      `topology ${object} ${url}`,
      async (requestSignal) => deepFreeze(parse(await this._fetch(url, requestSignal)), TOPOJSON_ARCS),
      signal,
    );
  }

  private async _shard<K extends 'region' | 'school'>(
    src: string,
    kind: K,
    code: string,
    options: LoadOptions,
  ): Promise<DocumentByKind[K]> {
    const source = await this._index(src, options);
    const keyOf = (shard: DocumentByKind[K]) => (shard.kind === 'region' ? shard.region.code : (shard as SchoolShard).school.code);
    // A school shard answers for its own code and for those of the institutions merged into its institution since.
    const answers = (shard: DocumentByKind[K]) =>
      keyOf(shard) === code || (shard.kind === 'school' && !!(shard as SchoolShard).school.institution.predecessors?.includes(code));
    const known = kind === 'school' || source.index.regions.some((region) => region.code === code);
    if (!CODE_PATTERNS[kind].test(code) || !known) throw new NotFoundError(kind, code, source.url);
    if (source.bundle) {
      const shards = (kind === 'region' ? source.bundle.regions : source.bundle.schools) as DocumentByKind[K][];
      const shard = shards.find((candidate) => keyOf(candidate) === code) ?? shards.find(answers);
      if (!shard) throw kind === 'region' ? notHeld(source.bundle, code, source.url) : new NotFoundError(kind, code, source.url);
      return shard;
    }
    const url = fillTemplate(source.index.shards[kind], kind === 'region' ? { region: code } : { code }, source.url);
    const shard = await this._document(url, [kind], options.signal).catch((error: unknown) => {
      // Any code of the right shape may name a school (the index does not list them): where its file is missing
      // (HTTP 404, 410), the school is not in the data, as a profile says. A timeline read «Dati non trovati (HTTP
      // 404)» beside the profile's «Non troviamo la scuola»; a region's file missing is the data's fault, and says so.
      throw kind === 'school' && error instanceof HttpError && error.notFound ? new NotFoundError(kind, code, url) : error;
    });
    // A shard must be the one its URL promised: a misplaced file would show another area's data.
    if (!answers(shard)) throw new SchemaError(url, [{ path: [kind, 'code'], expect: 'shard.key', params: [code], value: keyOf(shard) }]);
    return shard;
  }

  private _fetch(url: string, signal: AbortSignal): Promise<unknown> {
    return fetchJson(url, { ...this._options, signal });
  }

  /**
   * A document of one of `kinds` at `url`, validated, frozen and cached like
   * every other: for the kinds a module registers with the validator itself
   * (a survey wave, `src/survey/load-survey.ts`).
   */
  document<K extends DocumentKind>(url: string, kinds: readonly K[], options: LoadOptions = {}): Promise<DocumentByKind[K]> {
    return withLocalizedErrors(this._document(url, kinds, options.signal));
  }

  private _document<K extends DocumentKind>(url: string, kinds: readonly K[], signal?: AbortSignal): Promise<DocumentByKind[K]> {
    return this._cache.get(
      `${kinds.join('|')} ${url}`,
      async (requestSignal) => deepFreeze(validateDocument(await this._fetch(url, requestSignal), kinds, url), TOPOJSON_ARCS),
      signal,
    );
  }
}

const SHARED = Symbol.for('scuole-europa.loader/1');

/**
 * The loader every element uses: one per page, kept on `globalThis` so that two
 * copies of the bundle on a page still share one cache.
 */
export function sharedLoader(): ContractLoader {
  const holder = globalThis as typeof globalThis & { [SHARED]?: ContractLoader };
  return (holder[SHARED] ??= new ContractLoader({}, sharedRequestCache()));
}
