/**
 * Every count and place the elements write in their sentences is grouped by
 * thousands from four digits on, as their number formats group values
 * (src/i18n/format.ts): a search read «4567 scuole trovate», a map
 * «tra il 70º e il 6755º posto su 6757» beside «7.899 comuni».
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MESSAGES as SEARCH } from '../../components/school-search/school-search.messages.ts';
import { MESSAGES as TERRITORY } from '../../components/territory-list/territory-list.messages.ts';
import { MESSAGES as INSTITUTIONS } from '../../components/institution-list/institution-list.messages.ts';
import { MESSAGES as MAP } from '../../components/region-map/region-map.messages.ts';
import { DETAILS_MESSAGES as DETAILS } from '../../components/school-profile/school-profile.details.messages.ts';
import { MESSAGES as BREAKDOWN } from '../../components/participation-breakdown/participation-breakdown.messages.ts';

describe('counts and places in sentences', () => {
  it('are grouped in Italian with a point, in English with a comma', () => {
    const said = [
      SEARCH.it.results(4567, 10),
      SEARCH.en.results(4567, 1200),
      SEARCH.it.showMore(1000, 3557),
      SEARCH.en.more(1010, 4567),
      TERRITORY.it.caption['role-models'](1234, 'Italia'),
      TERRITORY.en.caption['shadow-zones'](1234, 'Italy'),
      TERRITORY.it.showAll(1234),
      INSTITUTIONS.it.caption(1120, 'tutte', 'Lombardia', 'tutti i programmi', '2025/26'),
      MAP.it.noDataAreas(1204),
      MAP.en.noGeometryAreas(1204),
      DETAILS.it.position(2, 70, 1200, 1000),
      DETAILS.en.position(2, 70, 1200, 1000),
      MAP.it.interval('20%', '24%', 1234),
      MAP.en.interval('20%', '24%', 1234),
      MAP.it.summary('Istituzioni attive', '2025/26', 'comuni', '7.899', '', { count: 1234, among: 'comuni' }),
      MAP.en.summary('Active institutions', '2025/26', 'comuni', '7,899', '', { count: 1234, among: 'comuni' }),
      BREAKDOWN.it.estimated(1234).slice(0, 44),
      BREAKDOWN.en.estimated(1234).slice(0, 41),
    ];
    assert.deepEqual(said, [
      '4.567 scuole trovate: le prime 10.',
      '4,567 schools found: the first 1,200 shown.',
      'Mostra altre 1.000 (ne restano 3.557)',
      '1,010 of 4,567 shown.',
      '1.234 scuole virtuose in Italia, indice più alto prima.',
      '1,234 shadow zones in Italy, lowest estimated rate first.',
      'Mostra tutte (1.234)',
      'Istituzioni (tutte) in Lombardia, tutti i programmi, 2025/26: 1.120.',
      '1.204 aree hanno una geometria ma nessun dato: mostrate come "nessun dato".',
      '1,204 areas have data but no geometry: listed in the table only.',
      "Fascia 2 di 10 tra le istituzioni con attività (1 = primo 10%); tra il 70º e il 1.200º posto in Italia nel 90% delle 1.000 simulazioni dell'analisi di incertezza.",
      'Band 2 of 10 among institutions with activity (1 = top 10%); between no. 70 and no. 1,200 in Italy in 90% of the 1,000 runs of the uncertainty analysis.',
      // A survey's answers in an area, on its map.
      'intervallo al 95%: 20% – 24% (1.234 risposte)',
      '95% interval: 20% – 24% (1,234 answers)',
      "Istituzioni attive, 2025/26: 7.899 comuni.  Zone d'ombra tra i comuni: 1.234.",
      'Active institutions, 2025/26: 7,899 comuni.  Shadow zones among the comuni: 1,234.',
      // The institutions whose size the breakdown estimated, nationally.
      'Dimensione stimata per 1.234 istituzioni con',
      'Size estimated for 1,234 institutions wit',
    ]);
  });

  it('leave numbers under a thousand as they are', () => {
    assert.equal(SEARCH.it.results(369, 10), '369 scuole trovate: le prime 10.');
    assert.equal(TERRITORY.en.showAll(999), 'Show all (999)');
  });

  it('say the uncertainty analysis’s runs grouped too, under the role models', () => {
    assert.match(TERRITORY.it.ranksNote(1000), / intervallo al 90% in 1\.000 simulazioni /);
    assert.match(TERRITORY.en.ranksNote(1000), / 90% interval over 1,000 runs /);
  });
});
