/**
 * The `.htaccess` of `scuole-europa-data build --apache`, served by a real Apache (Debian's apache2, which
 * `bash .ci/run` installs): a release uploaded as it is reads as the elements need it, on a site whose unknown
 * addresses go to its home page (FallbackResource, as a CMS's): the check finds nothing to mend but the releases
 * folder this test does not publish; the search index comes precompressed, compressed once; a file that is not
 * there is a 404. Without the file, the same server fails the check (the null).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from '../../data-adapters/build.ts';
import { checkRelease, type Finding } from '../../data-adapters/check/check-release.ts';
import { smallReleaseConfig, synthesizeSmallRelease } from './small-release.ts';
import { tempDir } from './temp-files.ts';

const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';

/** A free port on the loopback address. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** One GET as a browser sends it, the body as it came (not decompressed). */
function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe(
  'the .htaccess of --apache, on a real Apache',
  { skip: !existsSync(APACHE) && `${APACHE} is not installed (bash .ci/run installs it)` },
  () => {
    const work = tempDir();
    // Apache reads the files as its own user: the folders must be open to it (a temporary folder is not).
    const root = join(work, 'site');
    const out = join(root, 'dati');
    let apache: ChildProcess;
    let origin = '';

    before(async () => {
      await synthesizeSmallRelease(work);
      await build(smallReleaseConfig(work, out, { apache: true }));
      // The site's own home page, where its rewrite sends every address it does not have.
      writeFileSync(join(root, 'index.html'), '<!doctype html><title>Ufficio scolastico</title>');
      for (const dir of [work, root]) chmodSync(dir, 0o755);
      const port = await freePort();
      origin = `http://127.0.0.1:${port}`;
      const modules = ['mpm_event', 'authz_core', 'mime', 'headers', 'deflate', 'filter', 'rewrite', 'dir', 'env'];
      writeFileSync(
        join(work, 'httpd.conf'),
        [
          `ServerRoot ${work}`,
          'ServerName localhost',
          `Listen 127.0.0.1:${port}`,
          `PidFile ${join(work, 'httpd.pid')}`,
          `DefaultRuntimeDir ${work}`,
          `ErrorLog ${join(work, 'error.log')}`,
          ...modules.map((name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`),
          ...(process.getuid?.() === 0 ? ['User www-data', 'Group www-data'] : []),
          'TypesConfig /etc/mime.types',
          `DocumentRoot ${root}`,
          `<Directory ${root}>`,
          '  AllowOverride All',
          '  Require all granted',
          '  FallbackResource /index.html',
          '</Directory>',
        ].join('\n'),
      );
      apache = spawn(APACHE, ['-f', join(work, 'httpd.conf'), '-DFOREGROUND'], { stdio: 'ignore' });
      for (let tries = 0; ; tries++) {
        if (
          await get(`${origin}/`).then(
            () => true,
            () => false,
          )
        )
          break;
        if (tries > 100)
          throw new Error(
            `Apache did not start: ${existsSync(join(work, 'error.log')) ? readFileSync(join(work, 'error.log'), 'utf8') : ''}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });

    after(() => apache?.kill());

    const levels = (findings: Finding[]) => findings.filter((f) => f.level !== 'ok').map((f) => `${f.level} ${f.what}`);

    it('serves a release as the elements read it: the check finds nothing but the releases folder not published', async () => {
      const findings = await checkRelease(`${origin}/dati/index.json`, { origin: 'https://www.scuola.edu.it' });
      const release = (JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { release: string }).release;
      assert.deepEqual(levels(findings), [`warn releases/${release}/index.json`]);
      assert.ok(findings.some((f) => f.what === 'missing files' && f.level === 'ok'));
    });

    it('sends search.json precompressed, compressed once, to a browser that takes gzip; plain to one that does not', async () => {
      const gzipped = await get(`${origin}/dati/search.json`, { 'Accept-Encoding': 'gzip, deflate, br' });
      assert.equal(gzipped.status, 200);
      assert.equal(gzipped.headers['content-encoding'], 'gzip');
      assert.equal(gzipped.headers['content-type'], 'application/json');
      assert.equal(gzipped.headers['access-control-allow-origin'], '*');
      assert.match(String(gzipped.headers['vary']), /Accept-Encoding/);
      assert.deepEqual(gzipped.body, readFileSync(join(out, 'search.json.gz')));
      const plain = await get(`${origin}/dati/search.json`);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.deepEqual(plain.body, readFileSync(join(out, 'search.json')));
    });

    it('answers a file that is not there with a 404, though the site sends unknown addresses to its home page', async () => {
      assert.equal((await get(`${origin}/dati/schools/RMIC00000X.json`)).status, 404);
      // Elsewhere on the site, its rewrite stands.
      assert.equal((await get(`${origin}/pagina/che/non/esiste`)).status, 200);
    });

    it('without the file, the same server fails the check (the null)', async () => {
      renameSync(join(out, '.htaccess'), join(work, 'htaccess.kept'));
      try {
        const findings = await checkRelease(`${origin}/dati/index.json`, { origin: 'https://www.scuola.edu.it' });
        assert.ok(levels(findings).includes('fail index.json'), levels(findings).join(', '));
        assert.ok(levels(findings).includes('warn missing files'), levels(findings).join(', '));
      } finally {
        renameSync(join(work, 'htaccess.kept'), join(out, '.htaccess'));
      }
    });
  },
);
