/**
 * What people type, against the real registries: for each query, what must
 * come first is written from the registry itself (its grade description, the
 * comune and province the adapters placed the school in), never from the
 * matcher's own tables. A query also says how many schools the registry has
 * that answer it fully ("strong"): at least one, so that no row can pass
 * empty; the first min(10, strong) results must all be such schools, and the
 * count announced must be the number of matches the list can show.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { gradeGroupOf } from '../../data-adapters/readers/grade-group.ts';
import type { SchoolRecord } from '../../data-adapters/readers/registry.ts';
import { decodeSearchIndex, type SearchIndex } from '../../src/search/decode-search-index.ts';
import { SchoolMatcher } from '../../src/search/school-matcher.ts';
import { realSearchIndex } from './real-search-index.ts';

interface School {
  index: number;
  code: string;
  name: string;
  comune: string;
  province: string;
  /** The registry's grade description ("ISTITUTO COMPRENSIVO"), empty for an institution with no row of its own. */
  grade: string;
  /** The registry's characteristic ("NORMALE", "CPIA", …), empty when it has none. */
  characteristic: string;
  institution: boolean;
}

type Want = (school: School) => boolean;

const grade =
  (...grades: string[]): Want =>
  (s) =>
    grades.some((g) => (g.endsWith('*') ? s.grade.startsWith(g.slice(0, -1)) : s.grade === g));
const inComune =
  (name: string): Want =>
  (s) =>
    s.comune === name;
const inProvince =
  (acronym: string): Want =>
  (s) =>
    s.province === acronym;
const named =
  (pattern: RegExp): Want =>
  (s) =>
    pattern.test(s.name);
const both =
  (...wants: Want[]): Want =>
  (s) =>
    wants.every((want) => want(s));
const institution: Want = (s) => s.institution;
const not =
  (want: Want): Want =>
  (s) =>
    !want(s);
/** An upper secondary school, as the adapters read the registry's grade (data-adapters/readers/grade-group.ts). */
const UPPER_SECONDARY: Want = (s) => gradeGroupOf(s.grade, s.characteristic) === 'secondaria-secondo-grado';
/** A CPIA, as the registry says: its own row's characteristic (its grade is a lower secondary school's). */
const CPIA: Want = (s) => s.characteristic === 'CPIA';

const LICEI = grade('LICEO*', 'ISTITUTO MAGISTRALE');
const IC = grade('ISTITUTO COMPRENSIVO');
const IIS = grade('ISTITUTO SUPERIORE');
/** A circolo didattico: an institution whose own code is a primary school's. */
const DD = both(institution, grade('SCUOLA PRIMARIA'));

/** [query, what the first results must be]. */
const QUERIES: [string, Want][] = [
  // Abbreviations and full names of types, with a comune.
  ['ic roma', both(IC, inComune('Roma'))],
  ['i.c. roma', both(IC, inComune('Roma'))],
  ['I.C. Roma', both(IC, inComune('Roma'))],
  ['istituto comprensivo roma', both(IC, inComune('Roma'))],
  ['istituto comprensivo di roma', both(IC, inComune('Roma'))],
  ['istituto di istruzione superiore milano', both(IIS, inComune('Milano'))],
  ['iis milano', both(IIS, inComune('Milano'))],
  ['i.i.s. milano', both(IIS, inComune('Milano'))],
  ['direzione didattica napoli', both(DD, inComune('Napoli'))],
  ['circolo didattico napoli', both(DD, inComune('Napoli'))],
  ['d.d. napoli', both(DD, inComune('Napoli'))],
  ['itis torino', both(grade('ISTITUTO TECNICO INDUSTRIALE'), inComune('Torino'))],
  ['iti torino', both(grade('ISTITUTO TECNICO INDUSTRIALE'), inComune('Torino'))],
  ['istituto tecnico industriale torino', both(grade('ISTITUTO TECNICO INDUSTRIALE'), inComune('Torino'))],
  ['liceo scientifico firenze', both(grade('LICEO SCIENTIFICO'), inComune('Firenze'))],
  ['liceo classico palermo', both(grade('LICEO CLASSICO'), inComune('Palermo'))],
  ['liceo artistico venezia', both(grade('LICEO ARTISTICO', "ISTITUTO D'ARTE"), inComune('Venezia'))],
  ['istituto magistrale catania', both(grade('ISTITUTO MAGISTRALE'), inComune('Catania'))],
  ['scuola primaria bologna', both(grade('SCUOLA PRIMARIA'), inComune('Bologna'))],
  ['elementare bologna', both(grade('SCUOLA PRIMARIA'), inComune('Bologna'))],
  ["scuola dell'infanzia genova", both(grade('SCUOLA INFANZIA'), inComune('Genova'))],
  ['materna genova', both(grade('SCUOLA INFANZIA'), inComune('Genova'))],
  ['asilo genova', both(grade('SCUOLA INFANZIA'), inComune('Genova'))],
  ['ics milano', both(IC, inComune('Milano'))],
  ['scuola media bari', both(grade('SCUOLA PRIMO GRADO'), inComune('Bari'))],
  // A CPIA has a lower secondary school's code and grade: only the registry's characteristic tells it teaches adults.
  ['scuola media', both(grade('SCUOLA PRIMO GRADO'), not(CPIA))],
  ['scuola media roma', both(grade('SCUOLA PRIMO GRADO'), not(CPIA), inComune('Roma'))],
  ['scuola media milano', both(grade('SCUOLA PRIMO GRADO'), not(CPIA), inComune('Milano'))],
  ['s.m.s. bari', both(grade('SCUOLA PRIMO GRADO'), inComune('Bari'))],
  ['secondaria di primo grado bari', both(grade('SCUOLA PRIMO GRADO'), inComune('Bari'))],
  // Upper secondary schools of every kind, as the adapters group the registry's grades.
  ['scuola secondaria di secondo grado milano', both(UPPER_SECONDARY, inComune('Milano'))],
  ['superiori torino', both(UPPER_SECONDARY, inComune('Torino'))],
  [
    'itc verona',
    both(
      grade('ISTITUTO TECNICO COMMERCIALE', 'IST TEC COMMERCIALE E PER GEOMETRI', 'IST TECNICO ECONOMICO E TECNOLOGICO'),
      inComune('Verona'),
    ),
  ],
  ['ipsia milano', both(grade('IST PROF INDUSTRIA E ARTIGIANATO*'), inComune('Milano'))],
  ['alberghiero napoli', both(grade('IST PROF ALBERGHIERO', 'IST PROF PER I SERVIZI ALBERGHIERI E RISTORAZIONE'), inComune('Napoli'))],
  // A CPIA is an institution whose own code is a lower secondary school's, and its sites are centri territoriali:
  // the CPIA of the province come first, by the registry's word, whatever their names say ("C.P.I.A.", "CENTRO PROV.LE
  // ISTRUZ. ADULTI"), then their sites.
  ['cpia torino', both(institution, CPIA, inProvince('TO'))],
  ['cpia', both(institution, CPIA)],
  ['centro provinciale istruzione adulti roma', both(institution, CPIA, inComune('Roma'))],
  ['convitto nazionale', grade('CONVITTO*')],
  ['educandato', grade('EDUCANDATO')],
  ['liceo', LICEI],
  // Places: several words, stopwords, accents, apostrophes, provinces and acronyms.
  ['reggio emilia', inComune("Reggio nell'Emilia")],
  ['reggio calabria', inComune('Reggio di Calabria')],
  ['san giovanni in persiceto', inComune('San Giovanni in Persiceto')],
  ['sant angelo lodigiano', inComune("Sant'Angelo Lodigiano")],
  ['città di castello', inComune('Città di Castello')],
  ['citta di castello', inComune('Città di Castello')],
  ['la spezia', inComune('La Spezia')],
  ["l'aquila", inComune("L'Aquila")],
  // Elisions typed together, as on a phone: they found nothing, or «Pineta Dannunziana» one typo away.
  ['laquila', inComune("L'Aquila")],
  ['reggio nellemilia', inComune("Reggio nell'Emilia")],
  ['sangiovanni rotondo', inComune('San Giovanni Rotondo')],
  ['scuola dellinfanzia genova', both(grade('SCUOLA INFANZIA'), inComune('Genova'))],
  ['santelia fiumerapido', inComune("Sant'Elia Fiumerapido")],
  ['forli', inComune('Forlì')],
  ['torino', inComune('Torino')],
  ['roma', both(institution, inComune('Roma'))],
  ['scuola primaria bolzano', both(grade('SCUOLA PRIMARIA'), inComune('Bolzano/Bozen'))],
  ['ic rm', both(IC, inProvince('RM'))],
  ['liceo monza e brianza', both(LICEI, inProvince('MB'))],
  ['istituto comprensivo provincia di bergamo', both(IC, inProvince('BG'))],
  // Names, with a type or a place.
  ['rodari brescia', both(named(/RODARI/), inComune('Brescia'))],
  ['liceo galilei', both(LICEI, named(/GALILEI/))],
  ['don milani', named(/\bDON\b.*\bMILANI\b/)],
  ['dannunzio', named(/D['’]\s*ANNUNZIO/)],
  ['liceo dannunzio', both(LICEI, named(/D['’]\s*ANNUNZIO/))],
  ['dellacqua', named(/DELL['’]\s*ACQUA/)],
  // A place in a row written as a number, a roman numeral or a word: «ic terzo modena» found none of «3 I.C. MODENA».
  ['ic terzo modena', both(IC, inComune('Modena'), named(/(^|\W)(3|III|TERZO)(\W|$)/))],
  ['4 novembre', named(/(^|\W)(4|IV|QUATTRO)\W+NOVEMBRE/)],
  ['25 aprile', named(/(^|\W)(25|XXV|VENTICINQUE)\W+APRILE/)],
  // A count in words, as some names write it: «quattro novembre» found 6 of the 42 schools, «ic cremona 3» none of
  // «IC CREMONA TRE» (the other ICs of Cremona, «3» left out).
  ['quattro novembre', named(/(^|\W)(4|IV|QUATTRO)\W+NOVEMBRE/)],
  ['venticinque aprile', named(/(^|\W)(25|XXV|VENTICINQUE)\W+APRILE/)],
  ['ic cremona 3', both(IC, inProvince('CR'), named(/(^|\W)(3|III|TERZO|TRE)(\W|$)/))],
  // Particles typed together: «davinci» found 1 of the 401 schools named after Leonardo, «deamicis» 1 of 385.
  ['davinci', named(/\bDA\s*VINCI\b/)],
  ['liceo davinci', both(LICEI, named(/\bDA\s*VINCI\b/))],
  ['deamicis', named(/\bDE\s*AMICIS\b/)],
  ['dallachiesa', named(/\bDALLA\s*CHIESA\b/)],
  ['galilei pisa', both(named(/GALILEI/), inComune('Pisa'))],
  // "Istituto", "scuola" say a school and nothing more: beside a name or a place, every school named so answers.
  ['istituto fermi', named(/FERMI/)],
  ['scuola fermi', named(/FERMI/)],
  ['istituto fermi roma', both(named(/FERMI/), inProvince('RM'))],
  ['scuola roma', inComune('Roma')],
  // Codes.
  ['BSIC8AH00E', (s) => s.code === 'BSIC8AH00E'],
  ['bsic8ah00e', (s) => s.code === 'BSIC8AH00E'],
  ['RMIC8', (s) => s.code.startsWith('RMIC8')],
];

describe('what people type, against the real registries', () => {
  let index: SearchIndex;
  let matcher: SchoolMatcher;
  let schools: School[];
  before(async () => {
    const real = await realSearchIndex();
    index = decodeSearchIndex(real.doc);
    matcher = new SchoolMatcher(index);
    const rows = new Map<string, SchoolRecord>(real.schools.map((s) => [s.code, s]));
    schools = index.codes.map((code, i) => ({
      index: i,
      code,
      name: index.names[i]!,
      comune: index.comuni[i]!,
      province: index.provinces[index.provinceOf[index.places[i]!]!]?.acronym ?? '',
      grade: rows.get(code)?.grade ?? '',
      characteristic: rows.get(code)?.characteristic ?? '',
      institution: index.institutionOf[i] === i,
    }));
  });

  it(`has at least 40 queries (${QUERIES.length})`, () => assert.ok(QUERIES.length >= 40));

  for (const [query, want] of QUERIES) {
    it(`«${query}»: the first results are what the registry says it asks for, and the count is what the list can show`, () => {
      const strong = schools.filter(want).length;
      assert.ok(strong >= 1, `the registry has no school that answers «${query}»`);
      const found = matcher.find(query, 10);
      assert.equal(found.typos, false, 'found without typos');
      const first = found.matches.slice(0, Math.min(10, strong));
      const wrong = first.filter((m) => !want(schools[m.index]!));
      assert.deepEqual(
        wrong.map((m) => `${m.code} ${m.name} (${m.comune})`),
        [],
        `${strong} schools answer «${query}»; the first ${first.length} found include others`,
      );
      assert.ok(found.total >= first.length);
      const all = matcher.find(query, found.total + 5);
      assert.equal(all.matches.length, found.total, 'as many shown, when asked for all, as counted');
      assert.equal(new Set(all.matches.map((m) => m.index)).size, found.total, 'no school twice');
    });
  }

  it('counts every school that answers fully among its matches: all the ICs of Roma, all the codes of a prefix', () => {
    const ics = schools.filter(both(IC, inComune('Roma'))).map((s) => s.index);
    const all = new Set(matcher.find('ic roma', 100_000).matches.map((m) => m.index));
    assert.ok(ics.length > 100, `${ics.length} ICs in Roma`);
    assert.ok(
      ics.every((i) => all.has(i)),
      'every IC of Roma is counted',
    );
    // Ranked first: the strong matches come before any other.
    const ranked = matcher.find('ic roma', ics.length).matches;
    assert.deepEqual(new Set(ranked.map((m) => m.index)), new Set(ics));
    const codes = schools.filter((s) => s.code.startsWith('BSIC8')).length;
    assert.equal(matcher.find('BSIC8', 1).total, codes);
  });

  it('finds the same schools by a number in words, in figures and in roman numerals', () => {
    const found = (query: string) => new Set(matcher.find(query, 1000).matches.map((m) => m.code));
    for (const forms of [
      ['quattro novembre', '4 novembre', 'iv novembre'],
      ['venticinque aprile', '25 aprile', 'xxv aprile'],
      ['venti settembre', '20 settembre', 'xx settembre'],
    ]) {
      const [words, figures, roman] = forms.map(found) as [Set<string>, Set<string>, Set<string>];
      // «quattro novembre» found the 6 schools whose names say it so, of the 42.
      assert.ok(words.size > 10, `${forms[0]}: ${words.size}`);
      assert.deepEqual([...figures].sort(), [...words].sort(), forms[1]);
      // A roman numeral also begins others («xxv» «XXVI»): it finds these and no fewer.
      assert.deepEqual(
        [...words].filter((code) => !roman.has(code)),
        [],
        forms[2],
      );
    }
  });

  it('reads a query into a type and a place, and says so', () => {
    const { reading } = matcher.find('i.c. reggio emilia');
    assert.deepEqual(
      reading.map((r) => [r.kind, r.label.it]),
      [
        ['type', 'Istituto comprensivo'],
        ['place', "Reggio nell'Emilia"],
      ],
    );
    assert.deepEqual(
      matcher.find('liceo rm').reading.map((r) => r.label.en),
      ['Liceo', 'Roma'],
    );
  });

  it('never takes a comune for a typo of another that exists (torino is not Pieve Torina), and finds a typo only where nothing matches as typed', () => {
    for (const query of ['torino', 'itis torino', 'liceo torino']) {
      const found = matcher.find(query, 1000);
      assert.equal(found.typos, false);
      assert.ok(
        found.matches.every((m) => m.comune !== 'Pieve Torina'),
        query,
      );
    }
    const typo = matcher.find('rodri brescia', 10);
    assert.equal(typo.typos, true);
    assert.ok(typo.matches.some((m) => /RODARI/.test(m.name) && m.comune === 'Brescia'));
    // With a typo in one word, the words typed right still rank: the licei of Roma first, not one of Romentino.
    const roma = matcher.find('liceo scentifico roma', 10);
    assert.equal(roma.typos, true);
    const inRoma = roma.matches.findIndex((m) => m.comune !== 'Roma');
    const firstElsewhere = inRoma < 0 ? roma.matches.length : inRoma;
    assert.ok(firstElsewhere >= 1 && roma.matches.slice(firstElsewhere).every((m) => m.comune !== 'Roma'), JSON.stringify(roma.matches));
    // A misspelt type or place is read as the word it misses, and ranks as typed: every IC of Roma, the licei scientifici
    // of Roma (not the few whose names spell the word out).
    for (const [query, want] of [
      ['comprenssivo roma', both(IC, inComune('Roma'))],
      ['liceo scentifico roma', both(grade('LICEO SCIENTIFICO'), inComune('Roma'))],
      ['scuola primaria bolgona', both(grade('SCUOLA PRIMARIA'), inComune('Bologna'))],
    ] as const) {
      const found = matcher.find(query, 10);
      assert.equal(found.typos, true, query);
      assert.deepEqual(
        found.matches.filter((m) => !want(schools[m.index]!)).map((m) => `${m.code} ${m.name}`),
        [],
        query,
      );
      assert.ok(found.total >= Math.min(10, schools.filter(want).length) && found.matches.length === 10, `${query}: ${found.total}`);
    }
    // A null: what matches nothing, with or without a typo, finds nothing and says so.
    assert.deepEqual(matcher.find('qxzjw kvvfq', 10), { matches: [], total: 0, typos: false, reading: [] });
  });

  it('reads "istituto" and "scuola" beside other words as any school, those whose names say it first; alone, as typed', () => {
    const fermi = matcher.find('fermi', 100_000);
    for (const generic of ['istituto', 'scuola', 'ist']) {
      const found = matcher.find(`${generic} fermi`, 100_000);
      assert.equal(found.typos, false);
      assert.deepEqual(new Set(found.matches.map((m) => m.index)), new Set(fermi.matches.map((m) => m.index)), generic);
      // Of the schools named Fermi, those whose names have the word (or begin a word with it) come first; and every
      // school named Fermi before those of Fermignano, the word only beginning theirs.
      const says = (m: { name: string }) => new RegExp(`\\b${generic}`, 'i').test(m.name);
      const named = (m: { name: string }) => /\bFERMI\b/.test(m.name);
      const ofFermi = found.matches.filter(named);
      const firstNot = ofFermi.findIndex((m) => !says(m));
      assert.ok(firstNot > 0 && ofFermi.slice(firstNot).every((m) => !says(m)), generic);
      const firstOther = found.matches.findIndex((m) => !named(m));
      assert.ok(
        found.matches.slice(firstOther).every((m) => !named(m)),
        generic,
      );
    }
    // Alone, or beside the first letters of the next word («istituto c», on its way to «istituto comprensivo»), the
    // word is what is looked for: every school found has it.
    for (const query of ['istituto', 'istituto c', 'istituto co']) {
      const found = matcher.find(query, 100_000);
      assert.ok(found.total > 100 && found.matches.every((m) => /\bISTITUTO\b/i.test(m.name)), query);
    }
  });

  it('reads a misremembered type as any type, and says so: the Volta of Roma are not licei', () => {
    const exact = matcher.find('liceo volta roma', 10);
    assert.deepEqual(
      exact.reading.map((r) => r.label.it),
      ['Roma'],
    );
    assert.deepEqual(
      exact.withoutType?.map((r) => r.label.it),
      ['Liceo'],
    );
    assert.equal(exact.typos, false);
    const want = both(named(/\bVOLTA\b/), inProvince('RM'));
    assert.equal(exact.total, schools.filter(want).length);
    assert.ok(exact.matches.length > 0 && exact.matches.every((m) => want(schools[m.index]!)));
    // None of them a liceo: else the query had answered as typed.
    assert.ok(exact.matches.every((m) => !LICEI(schools[m.index]!)));
    // A null: where the type answers, it is kept.
    for (const query of ['liceo galilei', 'ic rodari milano', 'liceo scientifico firenze']) {
      const found = matcher.find(query, 10);
      assert.equal(found.withoutType, undefined, query);
      assert.ok(
        found.reading.some((r) => r.kind === 'type'),
        query,
      );
    }
  });

  it('reads a place typed with its elision or particle written together as the place, as typed with its apostrophe', () => {
    for (const [query, place] of [
      ['laquila', "L'Aquila"],
      ['reggio nellemilia', "Reggio nell'Emilia"],
      ['sangiovanni rotondo', 'San Giovanni Rotondo'],
    ]) {
      assert.deepEqual(
        matcher.find(query!, 10).reading.map((r) => r.label.it),
        [place],
        query,
      );
    }
    // The province's schools too, as «l'aquila» finds them after the comune's.
    assert.ok(matcher.find('laquila', 10).total > schools.filter(inComune("L'Aquila")).length);
  });

  it('shows the schools that answer the rest when one word answers none of them, and says which word it left out', () => {
    // A parent who remembers two names: no school of Firenze is named after both Rodari and Carducci, and the query
    // found nothing at all.
    const found = matcher.find('rodari carducci firenze', 10);
    assert.equal(found.withoutWord, 'rodari');
    // What the rest of the query finds, as typed: the Carducci of Firenze (then of its province).
    const rest = matcher.find('carducci firenze', 10);
    assert.deepEqual([found.total, found.matches], [rest.total, rest.matches]);
    const want = both(named(/CARDUCCI/), inProvince('FI'));
    assert.ok(found.matches.length > 0 && found.matches.every((m) => want(schools[m.index]!)));
    // A word beside a type and a place: the ICs of Roma named Manzoni, none of them Verdi too.
    assert.equal(matcher.find('ic manzoni verdi roma', 10).withoutWord, 'verdi');
    // Of two words that can go, the one whose absence leaves the fewest schools: the Galilei of Roma, not its Fermi.
    const two = matcher.find('galilei fermi roma', 10);
    assert.equal(two.withoutWord, 'fermi');
    assert.ok(two.matches.every((m) => /GALILEI/.test(m.name)));
    // A null: where every word answers, none is left out; a place or a type is never the word left out.
    for (const query of ['rodari brescia', 'liceo galilei', 'secondo circolo napoli', 'ic rodari milano'])
      assert.equal(matcher.find(query, 10).withoutWord, undefined, query);
    assert.equal(matcher.find('zzzzzz', 10).total, 0, 'one word alone: nothing to keep');
  });

  it('puts institutions before their plessi when both answer equally', () => {
    // Every school of comune Roma answers "roma" alike: the institutions come first.
    const found = matcher.find('roma', 50).matches;
    const institutions = schools.filter(both(institution, inComune('Roma'))).length;
    assert.ok(institutions >= 50);
    assert.ok(found.every((m) => m.institution));
  });

  it('places every school in its province, as the limits do', async () => {
    const real = await realSearchIndex();
    const comuni = real.limits.comuni;
    let checked = 0;
    index.codes.forEach((code, i) => {
      const comune = comuni.get(real.comuneOf.get(code) ?? '');
      if (!comune) return;
      assert.equal(schools[i]!.province, real.limits.provinces.get(comune.province)!.acronym, code);
      checked++;
    });
    assert.ok(checked > 50_000);
  });
});
