/**
 * `scuole-europa-data check`: reads a published release (or one on disk,
 * before it is uploaded) as the elements on another site will, through the
 * same loader, validators and readers they use, and says file by file what
 * they would meet: a file missing or that breaks the contract (an element's
 * error state), a host header that stops a page on another origin from
 * reading it (an empty element), or what only slows it (no compression, a
 * layout the elements cannot ask ahead for). By default one of each kind of
 * file (the first region with institutions, its first institution, the first
 * metric, and where institutions were merged since, one of their old codes'
 * shards, which a badge embedded with that code reads); with `full`, every
 * file the index names but the schools' (the first institution of every
 * region).
 */
import { FILE_LAYOUT, laidOut } from '../../src/contract/file-layout.js';
import { registerAreasLatestKind } from '../../src/contract/area-latest.js';
import { readPackedTopology } from '../../src/contract/packed-topology.js';
import type { ContractBundle, NationalIndex } from '../../src/contract/contract.types.js';
import type { GeometryLayer } from '../../src/contract/vocabulary.js';
import { fetchJson } from '../../src/data/fetch-json.js';
import { ContractLoader } from '../../src/data/loader.js';
import { fillTemplate } from '../../src/data/shard-urls.js';
import { isDataError } from '../../src/errors.js';
import { isPlainHttp } from '../../src/util/loopback.js';
import { loadAreasLatest } from '../../src/map/load-areas-latest.js';
import { decodeSearchIndex } from '../../src/search/decode-search-index.js';
import { registerSurveyKind } from '../../src/survey/survey-kind.js';
import type { Said } from '../report/build-error.js';
import { headerFindings } from './host-headers.js';
import { recordingFetch, type Answer } from './recording-fetch.js';

export interface Finding {
  level: 'ok' | 'warn' | 'fail';
  /** The file, as an address relative to the index's folder (or the check's name). */
  what: string;
  said?: Said;
}

export interface CheckOptions {
  /** The origin of a page that embeds the elements, sent as a browser sends it (default https://www.example.org). */
  origin?: string;
  full?: boolean;
}

/** The error an element would show, in both languages. */
function saidOf(error: unknown): Said {
  if (isDataError(error)) return { it: error.localizedMessage('it'), en: error.localizedMessage('en') };
  const text = error instanceof Error ? error.message : String(error);
  return { it: text, en: text };
}

export async function checkRelease(src: string, options: CheckOptions = {}): Promise<Finding[]> {
  const origin = options.origin ?? 'https://www.example.org';
  const recorder = recordingFetch(origin);
  // The kinds the elements that read them teach the validator: a release may have both.
  registerAreasLatestKind();
  registerSurveyKind();
  // No retries and a patient time limit: a check says what a first try meets.
  const loader = new ContractLoader({ fetch: recorder.fetch, retries: 0, timeoutMs: 60_000 });
  const findings: Finding[] = [];
  const base = new URL('.', src).href;
  const name = (url: string) => (url.startsWith(base) ? decodeURIComponent(url.slice(base.length)) : url);
  const judged = new Set<string>();
  // Files an element found missing and did without: the host's answer for them (a 404 or 403, or a page in their place) has no headers to judge.
  const missing = new Set<string>();
  // The files in the order their reading started (a few are read at a time): the report's order, whatever the network's.
  const started: string[] = [];
  // What the host answered for each file a step read: its headers judged once per address.
  const judgeAnswers = (answers: readonly Answer[]) => {
    for (const answer of answers) {
      if (judged.has(answer.url) || missing.has(answer.url)) continue;
      judged.add(answer.url);
      for (const finding of headerFindings(answer, origin))
        findings.push({ level: finding.level, what: name(answer.url), said: finding.said });
    }
  };
  /**
   * One file read as an element reads it: ok, or the error the element would show; or `fallback`, when the element
   * found it missing and read another file instead (`missed`, called by the reader).
   */
  const step = async (what: string, read: (missed: (url?: string) => void) => Promise<unknown>, fallback?: Said): Promise<boolean> => {
    let didWithout = false;
    started.push(what);
    try {
      await read((url) => {
        didWithout = true;
        if (url) missing.add(url);
      });
      findings.push(didWithout && fallback ? { level: 'warn', what, said: fallback } : { level: 'ok', what });
      return true;
    } catch (error) {
      findings.push({ level: 'fail', what, said: saidOf(error) });
      return false;
    }
  };

  // The address itself first: a page on https cannot read a release on http, wherever it is.
  for (const finding of schemeFindings(src, origin)) {
    findings.push(finding);
    started.push(finding.what);
  }
  let index: NationalIndex | undefined;
  // Left unset until the index is read (as `index`): set to null, the compiler would take it for null below.
  let bundle: ContractBundle | null | undefined;
  await step(name(src), async () => {
    const source = await loader.index(src);
    index = source.index;
    bundle = source.bundle;
  });
  // A bundle's search index, its region's schools, read as <school-search> reads it; an older bundle has none.
  const inside = bundle;
  if (inside)
    await step(
      `${name(src)}#search`,
      async (missed) => (inside.search === undefined ? missed() : decodeSearchIndex(inside.search, `${src}#search`)),
      {
        it: 'nessun indice di ricerca nel file: <school-search> cerca search.json accanto a esso; ricostruite il file con questa versione degli strumenti',
        en: 'no search index inside: <school-search> looks for search.json beside it; build the file again with this version of the tools',
      },
    );
  if (!index || bundle) {
    judgeAnswers(recorder.answers);
    return findings;
  }
  const ix = index;
  const url = (template: string, values: Record<string, string>) => fillTemplate(template, values, src);
  // By default the first region with institutions, whose shard names a school to read.
  const first = ix.regions.find((r) => r.institutions > 0) ?? ix.regions[0];
  const regions = options.full ? ix.regions.map((r) => r.code) : first ? [first.code] : [];
  const metrics = options.full ? ix.metrics.map((m) => m.id) : ix.metrics.slice(0, 1).map((m) => m.id);
  const tasks: (() => Promise<unknown>)[] = [];

  // Geometry: each layer's packed twin (what a map reads) and its TopoJSON file (other tools', a map's fallback).
  const layer = (kind: GeometryLayer, region?: string) => {
    const ref = kind === 'comuni' && region === undefined ? ix.geometry.comuniNational : ix.geometry[kind];
    if (!ref) return;
    const values: Record<string, string> = region === undefined ? {} : { region };
    const packed = ref.packed;
    if (packed !== undefined)
      tasks.push(() =>
        step(
          name(url(packed, values)),
          (missed) => loader.geometry(src, kind, region, { readPacked: readPackedTopology, packedMissing: missed }),
          {
            it: 'non trovato (HTTP 404 o 403, o una pagina web al suo posto): una mappa legge allora il file .topo.json, più lento da leggere',
            en: 'not found (HTTP 404 or 403, or a web page in its place): a map then reads the .topo.json file, slower to read',
          },
        ),
      );
    tasks.push(() => step(name(url(ref.url, values)), () => loader.geometry(src, kind, region)));
  };
  layer('regions');
  layer('provinces');
  layer('comuni');
  for (const region of regions) layer('comuni', region);

  // Each region's shard, and its first institution's.
  for (const region of regions)
    tasks.push(async () => {
      const shardUrl = name(url(ix.shards.region, { region }));
      let first: string | undefined;
      const read = await step(shardUrl, async () => {
        const shard = await loader.region(src, region);
        first = shard.schools.find((s) => s.code === s.institution)?.code;
      });
      if (read && first) await step(name(url(ix.shards.school, { code: first })), () => loader.school(src, first!));
    });

  // The national area files of the metrics, whole and their latest year.
  if (ix.shards.areas)
    for (const level of ix.areaLevels ?? ['comuni'])
      for (const metric of metrics) {
        tasks.push(() => step(name(url(ix.shards.areas!, { level, metric })), () => loader.areas(src, level, metric)));
        if (ix.shards.areasLatest)
          tasks.push(() =>
            step(
              name(url(ix.shards.areasLatest!, { level, metric })),
              (missed) => loadAreasLatest(loader, src, level, metric, { missing: missed }),
              {
                it: 'non trovato (HTTP 404 o 403, o una pagina web al suo posto): una mappa nazionale legge allora il file intero, più tardi',
                en: 'not found (HTTP 404 or 403, or a web page in its place): a national map then reads the whole file, later',
              },
            ),
          );
      }

  // The search index, read as <school-search> reads it; and where it names institutions merged since, the shard under
  // the first old code, which a badge a school embedded before the merger reads (its successor's, naming that code).
  if (ix.shards.search) {
    const searchUrl = url(ix.shards.search, {});
    tasks.push(async () => {
      let old: string | undefined;
      await step(name(searchUrl), async () => {
        const search = decodeSearchIndex(
          await fetchJson(searchUrl, { signal: AbortSignal.timeout(60_000), retries: 0, fetch: recorder.fetch }),
          searchUrl,
        );
        old = search.former.keys().next().value;
      });
      if (old) await step(name(url(ix.shards.school, { code: old })), () => loader.school(src, old!));
    });
  }

  // Every survey wave.
  if (ix.shards.survey && ix.surveys?.length) {
    for (const wave of ix.surveys) {
      const waveUrl = url(ix.shards.survey, { wave: wave.id });
      tasks.push(() => step(name(waveUrl), () => loader.document(waveUrl, ['survey'])));
    }
  }

  // A few at a time, as a page's elements ask.
  for (let i = 0; i < tasks.length; i += 4) await Promise.all(tasks.slice(i, i + 4).map((task) => task()));

  const hosted = !src.startsWith('file:');
  const closing = [
    ...layoutFindings(ix, src),
    ...(hosted ? [await releaseFinding(ix, src, recorder.fetch), ...(await missingFileFinding(src))] : []),
  ];
  findings.push(...closing);
  started.push(...closing.map((finding) => finding.what));
  judgeAnswers(recorder.answers);
  const place = (what: string) => (started.includes(what) ? started.indexOf(what) : started.length);
  return findings.sort((a, b) => place(a.what) - place(b.what));
}

/**
 * Whether a page on https can read the release: a browser blocks data asked for over http from such a page (mixed
 * content), whatever the data host sends; a loopback address aside, which browsers trust, and a release on disk.
 */
function schemeFindings(src: string, origin: string): Finding[] {
  if (!isPlainHttp(new URL(src)) || new URL(origin).protocol !== 'https:') return [];
  return [
    {
      level: 'fail',
      what: 'https',
      said: {
        it: `i dati sono in http: una pagina in https (come ${origin}) non può leggerli, il browser blocca la richiesta; pubblicateli in https`,
        en: `the data is on http: a page on https (as ${origin}) cannot read it, the browser blocks the request; publish it on https`,
      },
    },
  ];
}

/** Whether the elements can ask for their files while the index is on its way: the data tools' layout and name. */
function layoutFindings(index: NationalIndex, src: string): Finding[] {
  const what = 'layout';
  const moved = Object.entries(FILE_LAYOUT.shards).filter(([key, template]) => {
    const named = index.shards[key as keyof typeof FILE_LAYOUT.shards];
    return named !== undefined && named !== template;
  });
  if (laidOut(src) && moved.length === 0) return [{ level: 'ok', what }];
  const names = laidOut(src) ? moved.map(([key]) => `shards.${key}`).join(', ') : src;
  return [
    {
      level: 'warn',
      what,
      said: {
        it: `${names}: non al posto dove le scrivono gli strumenti dei dati (o l'indice non si chiama index.json), le mappe e il profilo non possono chiedere i loro file in anticipo (un giro di rete in più)`,
        en: `${names}: not where the data tools write them (or the index is not named index.json), maps and profiles cannot ask for their files ahead (one more round trip)`,
      },
    },
  ];
}

/**
 * Whether the host answers a file it does not have with a 404, as the elements expect: a map reads a layer's TopoJSON
 * file when its packed twin is missing, and a badge says that a school is not in the data. A host whose single-page
 * fallback answers every unknown address with its home page (status 200) makes that page their answer: the map still
 * falls back (src/data/missing-file.ts), the badge says that a web page came instead of the data; so it does with
 * the 403 that S3 answers for a key it does not have unless listing is allowed, where the badge says «HTTP 403». Asked without
 * the page's origin: what is judged is the status, not the headers. Nothing to say when the host cannot be reached
 * (every file says so already).
 */
async function missingFileFinding(src: string): Promise<Finding[]> {
  const what = 'missing files';
  const address = new URL('scuole-europa-check-missing-file.json', src).href;
  let status: number;
  try {
    const answer = await fetch(address, { signal: AbortSignal.timeout(60_000) });
    status = answer.status;
    await answer.body?.cancel();
  } catch {
    return [];
  }
  if (status === 404 || status === 410) return [{ level: 'ok', what }];
  const file = new URL(address).pathname.split('/').pop()!;
  const said =
    status < 300
      ? {
          it: `un file che non c'è (${file}) ha la risposta ${status}, non 404: se il sito rimanda gli indirizzi che non ha alla sua pagina principale, escludete la cartella dei dati da quel rinvio (il profilo di una scuola che non è nei dati direbbe che al posto dei dati è arrivata una pagina web, non che la scuola non c'è)`,
          en: `a file that is not there (${file}) is answered ${status}, not 404: if the site sends addresses it does not have to its home page, exclude the data's folder from that rewrite (the profile of a school that is not in the data would say that a web page came instead of the data, not that the school is not there)`,
        }
      : {
          it: `un file che non c'è (${file}) ha la risposta ${status}, non 404: il profilo di una scuola che non è nei dati direbbe «errore HTTP ${status}», non che la scuola non c'è (su S3, consentite di elencare il bucket: s3:ListBucket)`,
          en: `a file that is not there (${file}) is answered ${status}, not 404: the profile of a school that is not in the data would say «HTTP error ${status}», not that the school is not there (on S3, allow listing the bucket: s3:ListBucket)`,
        };
  return [{ level: 'warn', what, said }];
}

/** The release's own folder, which a frozen embed (`<embed-snippet release-src>`) reads: `releases/{release}/index.json`. */
async function releaseFinding(index: NationalIndex, src: string, fetch: typeof globalThis.fetch): Promise<Finding> {
  const address = new URL(`releases/${encodeURIComponent(index.release)}/index.json`, src).href;
  const what = decodeURIComponent(new URL(address).pathname.split('/').slice(-3).join('/'));
  try {
    const frozen = (await fetchJson(address, { signal: AbortSignal.timeout(60_000), retries: 0, fetch })) as { release?: unknown };
    if (frozen.release === index.release) return { level: 'ok', what };
    return {
      level: 'fail',
      what,
      said: {
        it: `è la versione ${JSON.stringify(frozen.release)}, non ${index.release}: un incorporamento bloccato a questa versione mostrerebbe altri dati`,
        en: `holds release ${JSON.stringify(frozen.release)}, not ${index.release}: an embed frozen at this release would show other data`,
      },
    };
  } catch {
    return {
      level: 'warn',
      what,
      said: {
        it: 'non trovato: gli incorporamenti bloccati a questa versione (<embed-snippet release-src>) non troveranno i dati; pubblicate ogni versione anche in releases/<release>/',
        en: 'not found: embeds frozen at this release (<embed-snippet release-src>) will not find their data; publish each release in releases/<release>/ too',
      },
    };
  }
}
