/**
 * What a download that never got an answer is said to be, by where the page and the data are: a page on https asking
 * for data over http is blocked by the browser as mixed content, which no header of the data host's mends.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { NetworkError } from '../../src/errors.ts';
import { errorText } from '../../src/i18n/error-text.ts';

const said = (page: string, data: string) => {
  (globalThis as unknown as { location?: URL }).location = new URL(page);
  return errorText(new NetworkError(data));
};

describe('a network error, by the page and the data', () => {
  after(() => delete (globalThis as unknown as { location?: URL }).location);

  it('says that an https page cannot read http data, and what to publish', () => {
    const text = said('https://www.usr.toscana.it/mappa', 'http://dati.example.org/dati/index.json');
    assert.equal(
      text.it,
      "Impossibile scaricare i dati (http://dati.example.org/dati/index.json): la pagina è in https e i dati in http, e il browser blocca una richiesta non protetta da una pagina protetta. Pubblicate i dati in https e scrivetene in src l'indirizzo https.",
    );
    assert.match(text.en, /the page is on https and the data on http/);
    // On the page's own host, over http: blocked all the same.
    assert.match(
      said('https://www.usr.toscana.it/', 'http://www.usr.toscana.it/dati/index.json').it,
      /la pagina è in https e i dati in http/,
    );
  });

  it('says CORS or the network where the page and the data are both secure, both plain, or the data on the loopback address', () => {
    for (const [page, data] of [
      ['https://www.usr.toscana.it/', 'https://dati.example.org/index.json'],
      ['http://www.scuola.it/', 'http://dati.example.org/index.json'],
      ['https://www.usr.toscana.it/', 'http://localhost:8000/demo-data/index.json'],
      ['https://www.usr.toscana.it/', 'http://127.0.0.1:8000/index.json'],
    ]) {
      const text = said(page!, data!);
      assert.doesNotMatch(text.it, /https e i dati in http/, `${page} → ${data}`);
      assert.match(text.it, /Access-Control-Allow-Origin|la rete non risponde/, `${page} → ${data}`);
    }
  });
});
