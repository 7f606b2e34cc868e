import { expect, fixture, html } from '@open-wc/testing';
import { formatSchoolYear, formatValue } from '../../src/i18n/format.js';
import { formatDay } from '../../src/i18n/format-day.js';
import { localize, resolveLanguage, toLanguage } from '../../src/i18n/lang.js';

describe('language', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('maps tags to the two languages, Italian by default', () => {
    expect(toLanguage('en-GB')).to.equal('en');
    expect(toLanguage('EN')).to.equal('en');
    expect(toLanguage('it-IT')).to.equal('it');
    expect(toLanguage('fr')).to.equal('it');
    expect(toLanguage(null)).to.equal('it');
  });

  it('follows the closest lang attribute, then the document', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const el = await fixture(html`<div lang="it"><p><span id="a"></span></p></div>`);
    expect(resolveLanguage(el.querySelector('#a')!)).to.equal('it');
    const loose = await fixture(html`<p><span id="b"></span></p>`);
    expect(resolveLanguage(loose.querySelector('#b')!)).to.equal('en');
  });

  it('crosses shadow roots to find the host page language', async () => {
    const host = await fixture(html`<section lang="en"><div id="host"></div></section>`);
    const shadow = host.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p><b id="inner"></b></p>';
    expect(resolveLanguage(shadow.querySelector('#inner')!)).to.equal('en');
  });

  it('localizes labels', () => {
    expect(localize({ it: 'Progetti', en: 'Projects' }, 'en')).to.equal('Projects');
    expect(localize({ it: 'Progetti', en: 'Projects' }, 'it')).to.equal('Progetti');
  });
});

describe('number formats', () => {
  it('formats counts, euros and shares in Italian and English', () => {
    expect(formatValue(12345, 'count', 'it')).to.equal('12.345');
    expect(formatValue(12345, 'count', 'en')).to.equal('12,345');
    expect(formatValue(12345.5, 'eur', 'it')).to.match(/^12\.345,50\s€$/);
    expect(formatValue(12000, 'eur', 'it')).to.match(/^12\.000\s€$/);
    expect(formatValue(1500.5, 'eur', 'en')).to.equal('€1,500.50');
    expect(formatValue(0.25, 'percent', 'en')).to.equal('25%');
  });

  it('shows no data as such, never as zero', () => {
    expect(formatValue(null, 'count', 'it')).to.equal('n.d.');
    expect(formatValue(null, 'eur', 'en')).to.equal('n/a');
  });

  it('writes school years as people do', () => {
    expect(formatSchoolYear(2023)).to.equal('2023/24');
    expect(formatSchoolYear(2099)).to.equal('2099/00');
  });

  it('writes a calendar day as people do, the same day wherever the page is', () => {
    expect(formatDay('2025-03-01', 'it')).to.equal('1 marzo 2025');
    expect(formatDay('2025-03-01', 'en')).to.equal('1 March 2025');
  });
});
