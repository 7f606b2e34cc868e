/**
 * The package's promises: ESM exports with types first and one subpath per
 * element, registration modules listed as side effects, every element folder
 * wired into the classes entry, the CDN bundle and the size budgets.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8')).budgets as Record<string, unknown>;
const elements = readdirSync('components').filter((name) => statSync(`components/${name}`).isDirectory());

describe('package.json', () => {
  it('is ESM only, with a files whitelist and a custom elements manifest', () => {
    assert.equal(pkg.type, 'module');
    assert.ok(Array.isArray(pkg.files) && pkg.files.includes('dist/'));
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.ok(pkg.files.includes('custom-elements.json'));
  });

  it('puts types first in every conditional export', () => {
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target !== 'object') continue;
      assert.equal(Object.keys(target as object)[0], 'types', `${subpath}: types must come first`);
    }
  });

  it('never claims to be free of side effects: registration modules are listed', () => {
    assert.ok(Array.isArray(pkg.sideEffects), 'sideEffects must be a list, never false');
    assert.ok(pkg.sideEffects.includes('./dist/cdn/*.js'));
    assert.ok(pkg.sideEffects.includes('./components/*/define.ts'), 'bundlers reading the sources keep the registrations');
    for (const tag of elements) assert.ok(pkg.sideEffects.includes(`./dist/${tag}.js`), `${tag}: its entry registers the tag`);
  });

  it('has one export, one size budget and one registration module per element folder', () => {
    const classes = readFileSync('src/classes.ts', 'utf8');
    const defineAll = readFileSync('src/define-all.ts', 'utf8');
    for (const tag of elements) {
      assert.deepEqual(pkg.exports[`./${tag}`], { types: `./dist/types/components/${tag}/define.d.ts`, default: `./dist/${tag}.js` });
      assert.ok(budgets[`./${tag}`], `${tag}: size budget`);
      assert.ok(existsSync(`components/${tag}/define.ts`), `${tag}: define.ts`);
      assert.ok(classes.includes(`../components/${tag}/${tag}.js`), `${tag}: exported from src/classes.ts`);
      assert.ok(defineAll.includes(`../components/${tag}/define.js`), `${tag}: registered by src/define-all.ts`);
    }
  });

  it('ships the JSON Schema of the contract', () => {
    assert.equal(pkg.exports['./contract/schema.json'], './dist/contract-v1.schema.json');
  });

  it('keeps Node-only code out of the browser entries', () => {
    for (const file of ['src/index.ts', 'src/classes.ts', 'src/data/index.ts', 'src/contract/index.ts']) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /data-adapters|node:/);
    }
  });
});

describe('version and integrity', () => {
  it('writes the package version into embed snippets', async () => {
    const { VERSION, CDN_BUNDLE } = await import('../src/version.js');
    assert.equal(VERSION, pkg.version);
    assert.ok(CDN_BUNDLE.includes(`scuole-europa@${pkg.version}/dist/cdn/scuole-europa.min.js`));
  });

  it(
    'publishes the sha384 hashes of the CDN bundle and of the XLSX writer it loads beside it, once built',
    { skip: !existsSync('dist/cdn/integrity.json') && 'not built yet' },
    async () => {
      const { createHash } = await import('node:crypto');
      const file = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
      const expected = `sha384-${createHash('sha384').update(readFileSync('dist/cdn/scuole-europa.min.js')).digest('base64')}`;
      assert.equal(file.version, pkg.version);
      assert.equal(file.files['scuole-europa.min.js'], expected);
      const writer = `sha384-${createHash('sha384').update(readFileSync('dist/cdn/scuole-europa-xlsx.min.js')).digest('base64')}`;
      assert.equal(file.files['scuole-europa-xlsx.min.js'], writer, 'the XLSX writer it loads beside itself');
    },
  );
});
