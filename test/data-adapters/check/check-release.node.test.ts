/**
 * `scuole-europa-data check` on a real small release (the autonomous
 * provinces' registry, built as the build test builds it), served by a host
 * whose headers and files each test sets: a host as the README asks passes
 * with nothing said (the null), and each fault planted (no CORS, no
 * compression, a missing or damaged file, a frozen release's folder missing,
 * an old code's shard missing or another's) is found on the file it was
 * planted in, and only there.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { build } from '../../../data-adapters/build.ts';
import { checkRelease, type Finding } from '../../../data-adapters/check/check-release.ts';
import { checkReport } from '../../../data-adapters/check/check-report.ts';
import { smallReleaseConfig, synthesizeSmallRelease } from '../small-release.ts';
import { tempDir } from '../temp-files.ts';

/** What the host does, set by each test. */
interface Host {
  cors: boolean;
  gzip: boolean;
  /** Paths answered 404. */
  missing: Set<string>;
  /** Paths answered with this body instead of the file's. */
  replaced: Map<string, string>;
  /** A missing path is answered with the site's home page (status 200), as a single-page app's rewrite does. */
  homePage?: boolean;
  /** The status of a missing path (default 404; S3 answers 403 where listing the bucket is not allowed). */
  missingStatus?: number;
}

const GOOD: () => Host = () => ({ cors: true, gzip: true, missing: new Set(), replaced: new Map() });
const HOME_PAGE = '<!doctype html><html lang="it"><title>Ufficio scolastico regionale</title><div id="app"></div></html>';

/** An institution merged since into J.B. Cerlogne of Valle d'Aosta (a code the registry has never had). */
const OLD_CODE = 'AOIC80000X';
const SUCCESSOR = 'AOIP008000';

describe('scuole-europa-data check', () => {
  const work = tempDir();
  const out = join(work, 'out');
  let release = '';
  let host = GOOD();
  let server: Server;
  let src = '';

  before(async () => {
    await synthesizeSmallRelease(work);
    writeFileSync(join(work, 'successors.csv'), `old_code,new_code\n${OLD_CODE},${SUCCESSOR}\n`);
    await build(smallReleaseConfig(work, out, { successors: join(work, 'successors.csv'), bundleRegion: '02' }));
    release = (JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { release: string }).release;
    server = createServer((request, response) => {
      // The release served at /dati/ and, as the README asks, its own folder at /dati/releases/<release>/.
      const asked = decodeURIComponent(new URL(request.url!, 'http://x').pathname).replace(/^\/dati\//, '');
      const path = asked.replace(`releases/${release}/`, '');
      let body: Buffer;
      try {
        if (host.missing.has(asked)) throw new Error('missing');
        body = host.replaced.has(path) ? Buffer.from(host.replaced.get(path)!) : readFileSync(join(out, path));
      } catch {
        if (host.homePage) response.writeHead(200, { 'content-type': 'text/html' }).end(HOME_PAGE);
        else response.writeHead(host.missingStatus ?? 404).end();
        return;
      }
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (host.cors) headers['access-control-allow-origin'] = '*';
      if (host.gzip && /gzip/.test(String(request.headers['accept-encoding']))) {
        headers['content-encoding'] = 'gzip';
        body = gzipSync(body);
      }
      response.writeHead(200, headers).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address() as { port: number };
    src = `http://127.0.0.1:${address.port}/dati/index.json`;
  });

  after(() => server.close());

  const levels = (findings: Finding[]) => findings.filter((f) => f.level !== 'ok').map((f) => `${f.level} ${f.what}`);

  it('reads a release served as the README asks file by file, as the elements do, and finds nothing (the null)', async () => {
    host = GOOD();
    const findings = await checkRelease(src, { origin: 'https://www.scuola.edu.it' });
    assert.deepEqual(levels(findings), []);
    const read = findings.map((f) => f.what);
    for (const file of [
      'index.json',
      'geo/regions.packed.json',
      'geo/comuni/italia.packed.json',
      'regions/02.json',
      'search.json',
      // A badge embedded with the code of an institution merged since reads its successor's shard there.
      `schools/${OLD_CODE}.json`,
      `releases/${release}/index.json`,
      'layout',
      // A file the host does not have is a 404.
      'missing files',
    ])
      assert.ok(read.includes(file), file);
    assert.ok(
      read.some((what) => /^schools\/[A-Z0-9]{10}\.json$/.test(what)),
      'a school of the region',
    );
    assert.ok(
      read.some((what) => /^areas\/comuni\/.+\.latest\.json$/.test(what)),
      "a metric's latest year",
    );
    assert.ok(
      read.some((what) => what.startsWith('surveys/')),
      'the survey wave',
    );
    const { lines, failed } = checkReport(findings, 'it');
    assert.equal(failed, false);
    assert.match(lines.at(-1)!, /^\d+ file e controlli: \d+ a posto, 0 con avvisi, 0 con errori\.$/);
  });

  it('fails every file a page on another site could not read without CORS, and only warns of a missing compression', async () => {
    host = { ...GOOD(), cors: false };
    const noCors = await checkRelease(src, { origin: 'https://www.scuola.edu.it' });
    const files = noCors.filter((f) => f.level === 'ok' && f.what !== 'layout' && f.what !== 'missing files').map((f) => f.what);
    const failing = new Set(noCors.filter((f) => f.level === 'fail').map((f) => f.what));
    assert.deepEqual(
      files.filter((file) => !failing.has(file)),
      [],
    );
    assert.match(noCors.find((f) => f.level === 'fail')!.said!.en, /must send Access-Control-Allow-Origin: \* \(now absent\)/);
    host = { ...GOOD(), gzip: false };
    const plain = await checkRelease(src);
    assert.equal(checkReport(plain, 'en').failed, false);
    const warned = plain.filter((f) => f.level === 'warn').map((f) => f.what);
    // The large files only: the region's shard and the index, not a school's shard.
    assert.ok(warned.includes('regions/02.json') && warned.includes('index.json'), warned.join(', '));
    assert.ok(!warned.some((what) => what.startsWith('schools/')), warned.join(', '));
  });

  it('names the file that breaks the contract or is missing, with the words an element would show, and what only slows a map', async () => {
    // Valle d'Aosta: the first region with institutions, the one the check reads by default.
    const region = JSON.parse(readFileSync(join(out, 'regions/02.json'), 'utf8')) as Record<string, unknown>;
    host = GOOD();
    // Date would read 30 February as 2 March: an element shows the contract's error instead.
    host.replaced.set('regions/02.json', JSON.stringify({ ...region, generatedAt: '2026-02-30T09:00:00Z' }));
    host.missing.add('geo/regions.packed.json');
    host.missing.add('search.json');
    host.missing.add(`releases/${release}/index.json`);
    const findings = await checkRelease(src);
    const failed = findings.filter((f) => f.level === 'fail');
    assert.deepEqual(failed.map((f) => f.what).sort(), ['regions/02.json', 'search.json']);
    assert.match(failed[0]!.said!.it, /\$\.generatedAt/);
    assert.deepEqual(
      findings.filter((f) => f.level === 'warn').map((f) => f.what),
      ['geo/regions.packed.json', `releases/${release}/index.json`],
    );
    assert.match(findings.find((f) => f.what === 'geo/regions.packed.json')!.said!.en, /a map then reads the \.topo\.json file/);
  });

  it('warns of a host that answers a missing file with its home page; the files a map can do without still fall back', async () => {
    host = { ...GOOD(), homePage: true };
    host.missing.add('geo/regions.packed.json');
    const findings = await checkRelease(src);
    assert.deepEqual(levels(findings), ['warn geo/regions.packed.json', 'warn missing files']);
    assert.match(findings.find((f) => f.what === 'geo/regions.packed.json')!.said!.en, /or a web page in its place\): a map then reads/);
    const said = findings.find((f) => f.what === 'missing files')!.said!;
    assert.match(said.it, /^un file che non c'è \(scuole-europa-check-missing-file\.json\) ha la risposta 200, non 404: /);
    assert.match(said.en, /exclude the data's folder from that rewrite/);
    // S3 without the right to list the bucket: 403 for a key it does not have.
    host = { ...GOOD(), missingStatus: 403 };
    host.missing.add('geo/regions.packed.json');
    const s3 = await checkRelease(src);
    assert.deepEqual(levels(s3), ['warn geo/regions.packed.json', 'warn missing files']);
    assert.match(s3.find((f) => f.what === 'missing files')!.said!.en, /is answered 403, not 404: .*«HTTP error 403».*s3:ListBucket/);
  });

  it('fails a release on http for a page on https (mixed content), before reading it; not on the loopback address, nor for a page on http', async () => {
    host = GOOD();
    // The loopback address: browsers let a page on https read it.
    assert.deepEqual(
      (await checkRelease(src, { origin: 'https://www.scuola.edu.it' })).filter((f) => f.what === 'https'),
      [],
    );
    const far = 'http://dati.example.invalid/dati/index.json';
    const findings = await checkRelease(far, { origin: 'https://www.scuola.edu.it' });
    assert.deepEqual(
      findings.slice(0, 2).map((f) => `${f.level} ${f.what}`),
      ['fail https', 'fail index.json'],
    );
    assert.equal(
      findings[0]!.said!.it,
      'i dati sono in http: una pagina in https (come https://www.scuola.edu.it) non può leggerli, il browser blocca la richiesta; pubblicateli in https',
    );
    // A page on http reads it.
    const plain = await checkRelease(far, { origin: 'http://www.scuola.it' });
    assert.deepEqual(
      plain.filter((f) => f.what === 'https'),
      [],
    );
    assert.equal(plain[0]!.what, 'index.json');
  });

  it("reads a small site's bundle and the search index inside it; warns of an older bundle without one", async () => {
    host = GOOD();
    const bundleSrc = src.replace('index.json', 'bundle-02.json');
    const findings = await checkRelease(bundleSrc);
    assert.deepEqual(
      findings.map((f) => `${f.level} ${f.what}`),
      ['ok bundle-02.json', 'ok bundle-02.json#search'],
    );
    const { search: _search, ...older } = JSON.parse(readFileSync(join(out, 'bundle-02.json'), 'utf8')) as Record<string, unknown>;
    host.replaced.set('bundle-02.json', JSON.stringify(older));
    const warned = (await checkRelease(bundleSrc)).filter((f) => f.level !== 'ok');
    assert.deepEqual(
      warned.map((f) => `${f.level} ${f.what}`),
      ['warn bundle-02.json#search'],
    );
    assert.match(warned[0]!.said!.en, /looks for search\.json beside it/);
  });

  it("fails an old code's shard that a host left out or that is another school's, as the badge embedded with that code would", async () => {
    const shard = `schools/${OLD_CODE}.json`;
    host = GOOD();
    host.missing.add(shard);
    const missing = await checkRelease(src);
    assert.deepEqual(levels(missing), [`fail ${shard}`]);
    // Another institution's shard under the old code: its own code and predecessors do not name it.
    const region = JSON.parse(readFileSync(join(out, 'regions/02.json'), 'utf8')) as { schools: { code: string; institution: string }[] };
    const other = region.schools.find((s) => s.code === s.institution && s.code !== SUCCESSOR)!.code;
    host = GOOD();
    host.replaced.set(shard, readFileSync(join(out, `schools/${other}.json`), 'utf8'));
    const misplaced = await checkRelease(src);
    assert.deepEqual(levels(misplaced), [`fail ${shard}`]);
    assert.match(misplaced.find((f) => f.level === 'fail')!.said!.en, new RegExp(other));
  });

  it('checks a release on disk before it is uploaded, with no host to judge, and from the command line, exit code 1 on a failure', async () => {
    const findings = await checkRelease(pathToFileURL(join(out, 'index.json')).href);
    assert.deepEqual(levels(findings), []);
    assert.ok(!findings.some((f) => f.what.startsWith('releases/')));
    // Run apart, not synchronously: the host it reads is this process's server.
    const cli = (...args: string[]) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'data-adapters/cli.ts', 'check', ...args]);
        let [stdout, stderr] = ['', ''];
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });
    const ok = await cli(out, '--lang', 'en');
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /^✓ index\.json$/m);
    host = GOOD();
    host.missing.add('regions/02.json');
    const broken = await cli(src.replace('index.json', ''), '--lang', 'it', '--full');
    assert.equal(broken.status, 1, broken.stderr);
    assert.match(broken.stdout, /^✓ index\.json$/m, 'a folder read as its index.json');
    assert.match(broken.stdout, /^✗ regions\/02\.json: /m);
    assert.match((await cli(src, '--origin', 'www.scuola.it')).stderr, /--origin is an origin such as https:\/\/www\.scuola\.edu\.it/);
  });
});
