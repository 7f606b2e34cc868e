import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleIt } from '../../src/i18n/article-it.ts';
import { dayArticleIt } from '../../src/i18n/day-article-it.ts';
import { formatDay } from '../../src/i18n/format-day.ts';
import { MESSAGES as SURVEY } from '../../components/survey-results/survey-results.messages.ts';
import { DETAILS_MESSAGES } from '../../components/school-profile/school-profile.details.messages.ts';

describe('the Italian article of a number', () => {
  it('elides before a number read with a vowel: uno, otto…, undici…; "lo" before zero', () => {
    const said = (n: number) => `${articleIt(n)}${n}%`;
    assert.deepEqual([0, 1, 1.5, 3, 8, 8.5, 10, 11, 18, 80, 100, 110, 1100, 11000].map(said), [
      'lo 0%',
      'l’1%',
      'l’1.5%',
      'il 3%',
      'l’8%',
      'l’8.5%',
      'il 10%',
      'l’11%',
      'il 18%',
      'l’80%',
      'il 100%',
      'il 110%',
      'il 1100%',
      'l’11000%',
    ]);
  });

  it('reads an ordinal 1 as "primo": il 1º', () => {
    assert.equal(articleIt(1, true), 'il ');
    assert.equal(articleIt(8, true), 'l’');
  });

  it('joins «di» to a day as it is read: del 7, dell’8, dell’11', () => {
    assert.deepEqual(
      ['2026-12-07', '2026-12-08', '2026-11-11', '2026-12-01'].map((d) => formatDay(d, 'it')).map((d) => `${dayArticleIt('di', d)}${d}`),
      ['del 7 dicembre 2026', 'dell’8 dicembre 2026', 'dell’11 novembre 2026', 'del 1 dicembre 2026'],
    );
  });

  it('joins a day to its preposition as it is read: dal 2, dall’8, all’11, il 1 (primo)', () => {
    const days = ['2026-03-01', '2026-03-02', '2026-03-08', '2026-04-11', '2026-04-17', '2026-04-18'].map((d) => formatDay(d, 'it'));
    assert.deepEqual(
      days.map((d) => `${dayArticleIt('da', d)}${d} ${dayArticleIt('a', d)}${d} ${dayArticleIt('', d)}${d}`),
      [
        'dal 1 marzo 2026 al 1 marzo 2026 il 1 marzo 2026',
        'dal 2 marzo 2026 al 2 marzo 2026 il 2 marzo 2026',
        'dall’8 marzo 2026 all’8 marzo 2026 l’8 marzo 2026',
        'dall’11 aprile 2026 all’11 aprile 2026 l’11 aprile 2026',
        'dal 17 aprile 2026 al 17 aprile 2026 il 17 aprile 2026',
        'dal 18 aprile 2026 al 18 aprile 2026 il 18 aprile 2026',
      ],
    );
    // Where the elements say dates: a survey's fieldwork, a profile's release.
    assert.equal(
      SURVEY.it.fielded(formatDay('2026-03-08', 'it'), formatDay('2026-04-11', 'it')),
      'Rilevazione dall’8 marzo 2026 all’11 aprile 2026.',
    );
    assert.equal(DETAILS_MESSAGES.it.release('2026.12', formatDay('2026-12-08', 'it')), 'Rilascio 2026.12, generato l’8 dicembre 2026.');
    assert.equal(DETAILS_MESSAGES.en.release('2026.12', formatDay('2026-12-08', 'en')), 'Release 2026.12, generated on 8 December 2026.');
  });
});
