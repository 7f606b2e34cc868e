import { expect } from '@open-wc/testing';
import { areaColumns } from '../../src/contract/area-rows.js';
import type { AreaFile, NationalIndex } from '../../src/contract/contract.types.js';
import { latestOfAreas, registerAreasLatestKind } from '../../src/contract/area-latest.js';
import { loadAreasLatest } from '../../src/map/load-areas-latest.js';
import { ContractLoader, type LoaderOptions, sharedLoader } from '../../src/data/loader.js';
import type { DataError } from '../../src/errors.js';
import { packTopology } from '../../src/contract/pack-topology.js';
import { readPackedTopology } from '../../src/contract/packed-topology.js';
import { bundleFixture, indexFixture, regionFixture, schoolFixture, topologyFixture } from '../fixtures/contract.fixture.js';
import { freshFolder, hits, serve } from '../support/data-routes.js';
import { serveContract } from '../support/serve-contract.js';

async function rejection(promise: Promise<unknown>): Promise<DataError & { status?: number; name: string }> {
  try {
    await promise;
  } catch (error) {
    return error as DataError & { status?: number };
  }
  throw new Error('expected a rejection');
}

/**
 * The test runner's server marks every file-like path as cacheable for a year, so
 * the browser would answer repeated requests itself: tests bypass its cache.
 */
const uncached: typeof fetch = (input, init) => fetch(input, { ...init, cache: 'no-store' });
const loaderWith = (options: LoaderOptions) => new ContractLoader({ fetch: uncached, ...options });
const fast = () => loaderWith({ retryDelayMs: 10, timeoutMs: 2000 });

/** A national area file of comuni without any comune, of `metric` and `years` (the index's), with the index's header. */
function areaFileOf(index: NationalIndex, metric: string, years = index.years): AreaFile {
  const { contract, generatedAt, release, synthetic } = index;
  return {
    contract,
    generatedAt,
    release,
    synthetic,
    kind: 'areas',
    level: 'comuni',
    metric,
    years,
    ...areaColumns([], metric, years.length),
  };
}

describe('ContractLoader', () => {
  it('loads the index and resolves region, school and geometry shards from its templates', async () => {
    const { src } = await serveContract();
    const loader = fast();
    const { index, bundle } = await loader.index(src);
    expect(index.kind).to.equal('index');
    expect(bundle).to.equal(null);
    expect((await loader.region(src, '09')).region.name).to.equal('Toscana');
    expect((await loader.school(src, 'fiic81200a')).school.code).to.equal('FIIC81200A');
    expect((await loader.geometry(src, 'regions')).objects['regions']).to.exist;
    expect((await loader.geometry(src, 'comuni', '09')).objects['comuni']!.geometries).to.have.length(2);
  });

  it('reads the packed twin of a geometry layer when the index names one and the caller can read it', async () => {
    const index = indexFixture();
    const geometry = {
      ...index.geometry,
      regions: { ...index.geometry.regions, packed: 'geo/regions.packed.json' },
      comuni: { ...index.geometry.comuni, packed: 'geo/comuni/{region}.packed.json' },
    };
    const { folder, src } = await serveContract({ index: { ...index, geometry } });
    await serve(`${folder}/geo/regions.packed.json`, packTopology(topologyFixture('regions', ['09', '12'])));
    await serve(`${folder}/geo/comuni/09.packed.json`, packTopology(topologyFixture('comuni', ['048017', '048001'])));
    const loader = fast();
    const options = { readPacked: readPackedTopology };
    const regions = await loader.geometry(src, 'regions', undefined, options);
    const comuni = await loader.geometry(src, 'comuni', '09', options);
    const provinces = await loader.geometry(src, 'provinces', undefined, options);
    expect([regions.type, comuni.type, provinces.type]).to.deep.equal(['Topology', 'Topology', 'Topology']);
    expect(regions.arcs).to.deep.equal(topologyFixture('regions', ['09', '12']).arcs);
    expect(comuni.objects['comuni']!.geometries.map((g) => g.id)).to.deep.equal(['048017', '048001']);
    expect(Object.isFrozen(regions) && Object.isFrozen(regions.objects['regions']!.geometries[0])).to.equal(true);
    // The packed files, never their TopoJSON twins; a layer without one (provinces here) is read as TopoJSON.
    expect(await hits(`${folder}/geo/regions.topo.json`)).to.equal(0);
    expect(await hits(`${folder}/geo/comuni/09.topo.json`)).to.equal(0);
    expect(await hits(`${folder}/geo/regions.packed.json`)).to.equal(1);
    expect(await hits(`${folder}/geo/provinces.topo.json`)).to.equal(1);
    // A caller that cannot read packed layers gets the TopoJSON file.
    expect((await loader.geometry(src, 'regions')).arcs).to.deep.equal(regions.arcs);
    expect(await hits(`${folder}/geo/regions.topo.json`)).to.equal(1);
    // A packed file that breaks the contract is refused with its path, as any document.
    const broken = await serveContract({ index: { ...index, geometry } });
    await serve(`${broken.folder}/geo/regions.packed.json`, {
      ...packTopology(topologyFixture('regions', ['09', '12'])),
      type: 'Topology',
    });
    const error = await rejection(fast().geometry(broken.src, 'regions', undefined, options));
    expect([error.code, error.message.includes('$.type')]).to.deep.equal(['schema', true]);
  });

  it('reads the TopoJSON file, and says so, when a host did not upload the packed twin', async () => {
    const index = indexFixture();
    const geometry = { ...index.geometry, regions: { ...index.geometry.regions, packed: 'geo/missing.packed.json' } };
    const { folder, src } = await serveContract({ index: { ...index, geometry } });
    const missing: string[][] = [];
    const regions = await fast().geometry(src, 'regions', undefined, {
      readPacked: readPackedTopology,
      packedMissing: (packed, fallback) => missing.push([packed, fallback]),
    });
    expect(regions.objects['regions']!.geometries.map((g) => g.id)).to.deep.equal(['09', '12']);
    expect(await hits(`${folder}/geo/regions.topo.json`)).to.equal(1);
    const [[packed, fallback]] = missing as [[string, string]];
    expect([missing.length, packed.endsWith('/geo/missing.packed.json'), fallback.endsWith('/geo/regions.topo.json')]).to.deep.equal([
      1,
      true,
      true,
    ]);
  });

  it("reads the TopoJSON file too when the host sends its home page in the packed twin's place (a single-page fallback), or a 403", async () => {
    const index = indexFixture();
    const geometry = { ...index.geometry, regions: { ...index.geometry.regions, packed: 'geo/regions.packed.json' } };
    const { folder, src } = await serveContract({ index: { ...index, geometry } });
    await serve(`${folder}/geo/regions.packed.json`, '<!DOCTYPE html><html><title>Ufficio scolastico</title></html>');
    const missing: string[] = [];
    const regions = await fast().geometry(src, 'regions', undefined, {
      readPacked: readPackedTopology,
      packedMissing: (packed) => missing.push(packed),
    });
    expect(regions.objects['regions']!.geometries.map((g) => g.id)).to.deep.equal(['09', '12']);
    expect(missing.map((url) => url.endsWith('/geo/regions.packed.json'))).to.deep.equal([true]);
    // S3 answers 403 for a key it does not have, unless listing the bucket is allowed: missing too.
    await serve(`${folder}/geo/regions.packed.json`, 'AccessDenied', { status: 403 });
    const fromS3 = await fast().geometry(src, 'regions', undefined, {
      readPacked: readPackedTopology,
      packedMissing: (packed) => missing.push(packed),
    });
    expect([fromS3.objects['regions']!.geometries.length, missing.length]).to.deep.equal([2, 2]);
    // Garbled JSON in its place is no missing file: refused, as before.
    await serve(`${folder}/geo/regions.packed.json`, '{"contract": ');
    const error = await rejection(fast().geometry(src, 'regions', undefined, { readPacked: readPackedTopology }));
    expect(error.code).to.equal('parse');
  });

  it('asks the network once when ten callers want the same document', async () => {
    const { folder, src } = await serveContract();
    const loader = fast();
    const results = await Promise.all(Array.from({ length: 10 }, () => loader.region(src, '09')));
    expect(new Set(results).size).to.equal(1);
    expect(await hits(`${folder}/index.json`)).to.equal(1);
    expect(await hits(`${folder}/regions/09.json`)).to.equal(1);
  });

  it('shares one loader per page, even between two copies of the bundle', () => {
    const key = Symbol.for('scuole-europa.loader/1');
    expect(sharedLoader()).to.equal(sharedLoader());
    expect((globalThis as unknown as Record<symbol, unknown>)[key]).to.equal(sharedLoader());
  });

  it('lets one caller abort while another still gets the data', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/index.json`, indexFixture(), { delay: 300 });
    const loader = fast();
    const controller = new AbortController();
    const aborted = loader.index(src, { signal: controller.signal });
    const kept = loader.index(src);
    controller.abort();
    const error = await rejection(aborted);
    expect(error.name).to.equal('AbortError');
    expect((await kept).index.kind).to.equal('index');
    expect(await hits(`${folder}/index.json`)).to.equal(1);
  });

  it('cancels the request when every caller aborts, and asks again later', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/index.json`, indexFixture(), { delay: 300 });
    const loader = fast();
    const a = new AbortController();
    const b = new AbortController();
    const first = loader.index(src, { signal: a.signal });
    const second = loader.index(src, { signal: b.signal });
    a.abort();
    b.abort();
    expect((await rejection(first)).name).to.equal('AbortError');
    expect((await rejection(second)).name).to.equal('AbortError');
    // The aborted request may or may not have reached the server: count from here.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = await hits(`${folder}/index.json`);
    expect(before).to.be.at.most(1);
    expect((await loader.index(src)).index.kind).to.equal('index');
    expect(await hits(`${folder}/index.json`)).to.equal(before + 1, 'a new request, not the aborted one');
  });

  it('refuses at once a signal that is already aborted', async () => {
    const loader = fast();
    const error = await rejection(loader.index('/nowhere.json', { signal: AbortSignal.abort() }));
    expect(error.name).to.equal('AbortError');
  });

  it('times out a slow server with a timeout error', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/index.json`, indexFixture(), { delay: 1500 });
    // Retries allowed: a time-out is still not retried (the reader waits the limit once, as the message says).
    const loader = loaderWith({ timeoutMs: 150, retries: 2, retryDelayMs: 10 });
    const error = await rejection(loader.index(src));
    expect(error.code).to.equal('timeout');
    expect(await hits(`${folder}/index.json`)).to.equal(1);
    expect(error.localizedMessage('it')).to.contain('non ha risposto');
    expect(error.localizedMessage('en')).to.contain('did not answer');
  });

  it('reports 404 as a not-found HTTP error, without retrying', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/index.json`, 'gone', { status: 404 });
    const error = await rejection(fast().index(src));
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.notFound).to.equal(true);
    expect(await hits(`${folder}/index.json`)).to.equal(1);
  });

  it('waits what a short Retry-After asks before retrying, and does not retry when it asks too long', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/index.json`, indexFixture(), { fail: 1, failStatus: 429, retryAfter: '1' });
    const started = performance.now();
    const { index } = await fast().index(src);
    expect(index.kind).to.equal('index');
    expect(performance.now() - started, 'waited the second asked').to.be.at.least(950);
    const busy = freshFolder();
    const later = await serve(`${busy}/index.json`, indexFixture(), { fail: 5, retryAfter: '3600' });
    const error = await rejection(fast().index(later));
    expect(error.status).to.equal(503);
    expect(await hits(`${busy}/index.json`)).to.equal(1);
  });

  it('does not ask again when the network error came from a redirect loop', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/index`, indexFixture(), { redirect: `${folder}/index` });
    const error = await rejection(fast().index(src));
    expect(error.code).to.equal('network');
    // One attempt (the browser follows twenty redirects), one look at the first answer; not three attempts (63 requests).
    expect(await hits(`${folder}/index`)).to.be.at.most(22);
  });

  it('retries a 503 with backoff and succeeds', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/index.json`, indexFixture(), { fail: 2 });
    const { index } = await fast().index(src);
    expect(index.kind).to.equal('index');
    expect(await hits(`${folder}/index.json`)).to.equal(3);
  });

  it('gives up on a 500 after its retries, with an HTTP error', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/index.json`, 'boom', { status: 500 });
    const error = await rejection(loaderWith({ retries: 1, retryDelayMs: 10 }).index(src));
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.notFound).to.equal(false);
    expect(await hits(`${folder}/index.json`)).to.equal(2);
  });

  it('reports a network failure after retrying', async () => {
    const error = await rejection(loaderWith({ retries: 1, retryDelayMs: 10 }).index('http://127.0.0.1:9/index.json'));
    expect(error.code).to.equal('network');
    // Another origin: the message says the request may have been blocked, and what the data host must send.
    expect(error.localizedMessage('it')).to.contain('errore di rete').and.to.contain('Access-Control-Allow-Origin: *');
    expect(error.localizedMessage('en')).to.contain('the data host must send the header "Access-Control-Allow-Origin: *"');
  });

  it('reports garbled JSON as a parse error', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/index.json`, '{"contract": "scuole-europa/1", "kind": ');
    const error = await rejection(fast().index(src));
    expect(error.code).to.equal('parse');
    expect(error.localizedMessage('en')).to.contain('not valid JSON');
    // The browser's English words stay out of the Italian text.
    expect(error.localizedMessage('it')).to.equal(
      `I dati non sono JSON valido (${new URL(src, location.href).href}): il file è danneggiato o non è un file di dati.`,
    );
  });

  it('says that a web page came instead of the data (a site answering a missing file with its home page)', async () => {
    const folder = freshFolder();
    const src = await serve(
      `${folder}/index.json`,
      '\n  <!doctype html><html lang="it"><title>Ufficio scolastico</title><p>Benvenuti</p></html>',
    );
    const error = await rejection(fast().index(src));
    expect(error.code).to.equal('parse');
    const url = new URL(src, location.href).href;
    expect(error.localizedMessage('it')).to.equal(
      `Al posto dei dati è arrivata una pagina web (HTML) (${url}): l'indirizzo è sbagliato, il sito risponde con la sua pagina principale agli indirizzi che non ha, oppure i dati sono dietro un accesso riservato. Controllate che il file sia pubblicato a quell'indirizzo, aperto a tutti.`,
    );
    expect(error.localizedMessage('en')).to.contain('A web page (HTML) came instead of the data');
    // Compressed bytes the server did not say were (search.json.gz uploaded as search.json, without Content-Encoding).
    const packed = await serve(`${folder}/search.json`, '\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03');
    expect((await rejection(fast().index(packed))).localizedMessage('it')).to.equal(
      `È arrivato un file compresso (gzip) senza l'intestazione che lo dice (${packed}): il server deve inviarlo con «Content-Encoding: gzip», perché il browser lo decomprima.`,
    );
    // An empty file, as an upload that failed leaves.
    const empty = await serve(`${folder}/regions/09.json`, '  \n');
    expect((await rejection(fast().index(empty))).localizedMessage('en')).to.equal(
      `The data file is empty (${empty}): its upload to the server failed or stopped. Publish it again.`,
    );
    // Garbled data that is no page is still said to be damaged.
    const garbled = await serve(`${folder}/broken.json`, 'contract: <scuole-europa>');
    expect((await rejection(fast().index(garbled))).localizedMessage('it')).to.contain('il file è danneggiato');
  });

  it("says to write the index's address where src names the data's folder, whatever the server answers for it", async () => {
    const contract = await serveContract();
    const { folder } = contract;
    const src = new URL('.', new URL(contract.src, location.href)).href;
    const missing = await rejection(fast().index(src));
    expect(missing.localizedMessage('it')).to.equal(
      `Dati non trovati (HTTP 404) (${src}). L'indirizzo è quello di una cartella: scrivete in src quello del suo index.json (${src}index.json).`,
    );
    // A server that lists the folder, or sends its home page, answers with a page.
    await serve(`${folder}/`, '<html><title>Index of /dati</title></html>');
    const listed = await rejection(fast().index(`${src}?v=2`));
    expect(listed.localizedMessage('en')).to.match(
      /^A web page \(HTML\) came instead of the data .* The address is a folder's: write the address of its index\.json in src \(.*\/index\.json\)\.$/,
    );
    expect(listed.localizedMessage('en')).to.contain(`(${src}index.json).`);
    // A file's address gets no such advice.
    expect((await rejection(fast().index(`${src}dati.json`))).localizedMessage('it')).to.equal(
      `Dati non trovati (HTTP 404) (${src}dati.json).`,
    );
  });

  it('refuses another major version of the contract', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/index.json`, { ...indexFixture(), contract: 'scuole-europa/2.0' });
    const error = await rejection(fast().index(src));
    expect(error.code).to.equal('version');
    expect(error.message).to.contain('scuole-europa/2.0');
  });

  it('reports a document that breaks the contract with the JSON path', async () => {
    const folder = freshFolder();
    const broken = indexFixture();
    (broken.regions[0] as { code: string }).code = 'Toscana';
    const src = await serve(`${folder}/index.json`, broken);
    const error = await rejection(fast().index(src));
    expect(error.code).to.equal('schema');
    expect(error.message).to.contain('$.regions[0].code');
  });

  it('refuses a shard that holds another area than its URL promised', async () => {
    const { folder, src } = await serveContract();
    const other = regionFixture(); // Toscana's shard, misplaced at Lazio's URL
    await serve(`${folder}/regions/12.json`, { ...other, provinces: [], comuni: [], schools: [] });
    const error = await rejection(fast().region(src, '12'));
    expect(error.code).to.equal('schema');
    expect(error.message).to.contain('$.region.code');
  });

  it("reads the shard of the institution an old code was merged into, from its own file or a bundle, and still refuses another school's", async () => {
    const { folder, src } = await serveContract();
    const merged = schoolFixture();
    merged.school.institution.predecessors = ['FIIC81500X'];
    await serve(`${folder}/schools/FIIC81500X.json`, merged);
    await serve(`${folder}/schools/FIIC81600P.json`, schoolFixture());
    expect((await fast().school(src, 'FIIC81500X')).school.code).to.equal('FIIC81200A');
    const misplaced = await rejection(fast().school(src, 'FIIC81600P'));
    expect(misplaced.code).to.equal('schema');
    expect(misplaced.message).to.contain('$.school.code');
    const bundle = bundleFixture();
    bundle.schools[0]!.school.institution.predecessors = ['FIIC81500X'];
    const fromBundle = await fast().school(await serve(`${freshFolder()}/bundle.json`, bundle), 'FIIC81500X');
    expect(fromBundle.school.code).to.equal(bundle.schools[0]!.school.code);
  });

  it('reads a national area file from its template, refuses one that holds another metric, and has none for an older index or a bundle', async () => {
    const index = indexFixture();
    index.shards.areas = 'areas/{level}/{metric}.json';
    const { folder, src } = await serveContract({ index });
    const file = (metric: string) => areaFileOf(index, metric);
    await serve(`${folder}/areas/comuni/etwinning.projects.json`, file('etwinning.projects'));
    await serve(`${folder}/areas/comuni/erasmus.ka1.json`, file('etwinning.projects'));
    const loader = fast();
    expect((await loader.areas(src, 'comuni', 'etwinning.projects'))!.metric).to.equal('etwinning.projects');
    const misplaced = await rejection(loader.areas(src, 'comuni', 'erasmus.ka1'));
    expect(misplaced.code).to.equal('schema');
    expect(misplaced.message).to.contain('$.metric');
    // Without the template (an index written before), or from a bundle: none, and the caller reads the shards.
    expect(await fast().areas((await serveContract()).src, 'comuni', 'etwinning.projects')).to.equal(null);
    expect(await fast().areas(await serve(`${freshFolder()}/bundle.json`, bundleFixture()), 'comuni', 'etwinning.projects')).to.equal(null);
  });

  it("reads a latest year's area file, and refuses one of another year than the index's last (a file left from another release)", async () => {
    registerAreasLatestKind();
    const index = indexFixture();
    index.shards.areas = 'areas/{level}/{metric}.json';
    index.shards.areasLatest = 'areas/{level}/{metric}.latest.json';
    const { folder, src } = await serveContract({ index });
    const { years } = index;
    const whole = (metric: string, of: number[]) => areaFileOf(index, metric, of);
    await serve(`${folder}/areas/comuni/etwinning.projects.latest.json`, latestOfAreas(whole('etwinning.projects', years)));
    await serve(`${folder}/areas/comuni/erasmus.ka1.latest.json`, latestOfAreas(whole('erasmus.ka1', years.slice(0, -1))));
    const loader = fast();
    const latest = await loadAreasLatest(loader, src, 'comuni', 'etwinning.projects');
    expect([latest!.kind, latest!.year]).to.deep.equal(['areas-latest', years.at(-1)]);
    const stale = await rejection(loadAreasLatest(loader, src, 'comuni', 'erasmus.ka1'));
    expect(stale.code).to.equal('schema');
    expect(stale.message).to.contain('$.year');
    await serve(`${folder}/areas/comuni/erasmus.active.latest.json`, latestOfAreas(whole('etwinning.projects', years)));
    expect((await rejection(loadAreasLatest(loader, src, 'comuni', 'erasmus.active'))).message).to.contain('$.metric');
    // An index without latest year's files: none, and a map reads the whole file.
    expect(await loadAreasLatest(fast(), (await serveContract()).src, 'comuni', 'etwinning.projects')).to.equal(null);
  });

  it('says not found for an unknown region, a malformed school code and a missing school', async () => {
    const { src } = await serveContract();
    const loader = fast();
    expect((await rejection(loader.region(src, '21'))).code).to.equal('not-found');
    expect((await rejection(loader.school(src, '../../etc'))).code).to.equal('not-found');
    const missing = await rejection(loader.school(src, 'RMIC00000Z'));
    expect(missing.notFound).to.equal(true);
    // Its file missing (HTTP 404): a school the data does not hold, said as such, with the file's address.
    expect(missing.code).to.equal('not-found');
    expect(missing.localizedMessage('it')).to.equal(
      `Non trovo la scuola "RMIC00000Z" nei dati (${new URL('schools/RMIC00000Z.json', src)}).`,
    );
  });

  it('serves everything from a single self-contained bundle with one request', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/bundle.json`, bundleFixture());
    const loader = fast();
    const source = await loader.index(src);
    expect(source.bundle).to.not.equal(null);
    expect((await loader.region(src, '09')).comuni).to.have.length(2);
    expect((await loader.school(src, 'FIIC81200A')).school.name).to.equal('IC Firenze Centro');
    expect((await loader.geometry(src, 'comuni', '09')).type).to.equal('Topology');
    expect((await rejection(loader.school(src, 'RMIC00000Z'))).code).to.equal('not-found');
    // A region of the index that the bundle does not hold: the error names the one it holds, the way out.
    for (const refused of [loader.region(src, '12'), loader.geometry(src, 'comuni', '12')])
      expect((await rejection(refused)).message).to.equal(`No region "12" in the data (${src}), which holds Toscana ("09") only.`);
    expect(await hits(`${folder}/bundle.json`)).to.equal(1);
  });

  it('hands out frozen documents, so no element can change what another reads', async () => {
    const { src } = await serveContract();
    const { index } = await fast().index(src);
    expect(Object.isFrozen(index)).to.equal(true);
    expect(Object.isFrozen(index.regions[0]!.values)).to.equal(true);
  });

  it('forgets failures, so a later call tries again', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/index.json`, 'nope', { status: 404 });
    const loader = fast();
    await rejection(loader.index(src));
    await serve(`${folder}/index.json`, indexFixture());
    expect((await loader.index(src)).index.kind).to.equal('index');
  });
});
