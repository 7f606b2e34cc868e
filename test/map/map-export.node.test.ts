/**
 * The map's table as a spreadsheet reads it: the XLSX keeps ISTAT's codes as
 * text (a spreadsheet opening the CSV turns "048017" into 48017), its numbers as
 * numbers, and says where the data comes from on a sheet of its own; the CSV
 * holds the same rows.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSheet } from 'read-excel-file/node';
import { MESSAGES } from '../../components/region-map/region-map.messages.ts';
import { mapCsv, mapTable, mapXlsx, type MapExport } from '../../components/region-map/region-map.export.ts';
import { mapView } from '../../src/map/map-view.ts';
import { provenanceOf } from '../../src/util/provenance.ts';
import { DEFAULT_MAP_INPUTS, toscanaComuni } from '../fixtures/map-inputs.fixture.ts';

/** The canvas's colours, which a table's download does not read. */
const COLOURS: MapExport['colours'] = {
  stroke: '#fff',
  noData: '#d9dadb',
  shadow: '#000',
  focus: '#ffbf47',
  background: '#fff',
  point: '#000',
  edge: '#5c6f82',
  text: '#1a1a1a',
};

/** Toscana's two comuni, coloured by 2024's eTwinning projects per institution. */
function comuni(lang: 'it' | 'en'): MapExport {
  const data = toscanaComuni();
  const view = mapView(data, { ...DEFAULT_MAP_INPUTS, normalisation: 'perSchool' });
  return { view, data, t: MESSAGES[lang], lang, colours: COLOURS, font: 'sans-serif' };
}

const about = (e: MapExport) => provenanceOf(e.data.index, 'Progetti eTwinning per istituzione, 2024/25 — Toscana', false, e.lang);

describe("the map's downloads", () => {
  it('writes an XLSX whose codes stay text and whose numbers stay numbers, with its sources on a second sheet', async () => {
    const e = comuni('it');
    const buffer = Buffer.from(await (await mapXlsx(e, about(e))).arrayBuffer());
    const table = (await readSheet(buffer, 1)) as unknown[][];
    assert.deepEqual(table, mapTable(e));
    const codes = table.slice(1).map((row) => row[0]);
    assert.ok(
      codes.every((code) => typeof code === 'string' && /^0\d{5}$/.test(code)),
      `codes as text: ${codes.join(', ')}`,
    );
    assert.ok(
      table.slice(1).some((row) => typeof row[2] === 'number'),
      'values as numbers',
    );
    const sources = (await readSheet(buffer, 2)) as unknown[][];
    assert.deepEqual(sources[0], ['Titolo', 'Progetti eTwinning per istituzione, 2024/25 — Toscana']);
    assert.ok(sources.some((row) => String(row[0]).startsWith('Dati sintetici')));
  });

  it('writes the same rows in the CSV, in the page language', () => {
    for (const lang of ['it', 'en'] as const) {
      const e = comuni(lang);
      const lines = mapCsv(e, about(e))
        .replace(/^\uFEFF/, '')
        .split('\n');
      const separator = lang === 'it' ? ';' : ',';
      assert.equal(lines[0], mapTable(e)[0]!.join(separator));
      assert.equal(lines.length - 1 > mapTable(e).length, true, 'the rows, then where they come from');
      assert.ok(!lines.some((line) => line.includes(e.t.rangesNote(false))), 'exact places: nothing to explain');
    }
  });

  it('says after the rows how to read the places’ ranges, in the CSV and on the XLSX’s second sheet', async () => {
    const e = comuni('it');
    e.data.index.metrics[0] = { ...e.data.index.metrics[0]!, dispersion: [2, 2, 2, 2] };
    const ranged = { ...e, view: mapView(e.data, { ...DEFAULT_MAP_INPUTS, normalisation: 'perSchool' }) };
    // The CSV's last line (quoted where it must be).
    const last = mapCsv(ranged, about(ranged)).trimEnd().split('\n').at(-1)!;
    assert.ok(last.includes(MESSAGES.it.rangesNote(false)), last);
    const sources = (await readSheet(Buffer.from(await (await mapXlsx(ranged, about(ranged))).arrayBuffer()), 2)) as unknown[][];
    assert.equal(sources.at(-1)![0], MESSAGES.it.rangesNote(false));
  });

  it('writes a share of institutions as the percentage the map shows, its heading saying so', () => {
    const e = comuni('it');
    const share: MapExport = { ...e, view: { ...e.view, metric: { ...e.view.metric, counts: 'institutions' } } };
    const [header, ...rows] = mapTable(share);
    assert.equal(header![2], 'Progetti eTwinning (quota sul totale delle istituzioni, %)');
    const plain = mapTable(e).slice(1);
    rows.forEach((row, k) => {
      const value = plain[k]![2] as number | null;
      assert.equal(row[2], value === null ? null : Math.round(value * 1000) / 10, String(row[1]));
    });
    assert.ok(
      rows.some((row) => typeof row[2] === 'number' && row[2] > 1),
      'in percent, not 0–1',
    );
  });
});
