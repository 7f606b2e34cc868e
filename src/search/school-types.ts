/**
 * The words Italians call schools by, and what each means in the registry.
 *
 * A school code (codice meccanografico, `PP TT CCC NN K`) states the school's
 * type in its third and fourth characters (`RMIC…` an istituto comprensivo,
 * `MIIS…` an istituto di istruzione superiore, `NAEE…` a primary school or, as
 * an institution, a circolo didattico, `TOTF…` a technical institute for
 * industry): the registry's grade description (`DESCRIZIONETIPOLOGIAGRADO…`) is
 * one to one with them, so the search index needs no column for it. Aosta's
 * regional schools write the first letter as `1` (`AO1E…` is `EE`). One type
 * hides behind another's letters: a CPIA's code is a lower secondary school's,
 * and the index lists CPIA apart (`CPIA_LETTERS`).
 *
 * Each type lists:
 * - `letters`: the registry's type letters it covers;
 * - `level`: `institution` when the word names an institution (an IC, a
 *   circolo didattico): the institution matches, and its plessi less strongly;
 *   `school` when it names what a school teaches (primaria, liceo scientifico);
 * - `words`: how people write it, folded and with dotted initials joined as
 *   the search reads text ("I.C." is "ic"); stopwords do not count ("istituto
 *   di istruzione superiore" is "istituto istruzione superiore"). A query that
 *   says one of these asks for the type; a school whose name says one has it too,
 *   less surely than by its letters.
 */

export interface SchoolType {
  id: string;
  it: string;
  en: string;
  letters: readonly string[];
  level: 'institution' | 'school';
  words: readonly string[];
}

/**
 * The type letters the matcher gives a CPIA: its code has a lower secondary
 * school's (`RMMM67000C`), and only the search index's `cpia` list tells it
 * apart (src/contract/search.schema.ts). No code has these letters.
 */
export const CPIA_LETTERS = 'CPIA';

const TECHNICAL = ['TA', 'TB', 'TD', 'TE', 'TF', 'TH', 'TL', 'TN'];
const PROFESSIONAL = ['RA', 'RC', 'RE', 'RF', 'RH', 'RI', 'RM', 'RR', 'RS', 'RV'];
const LICEI = ['PC', 'PL', 'PM', 'PQ', 'PS', 'SL'];

export const SCHOOL_TYPES: readonly SchoolType[] = [
  {
    id: 'ic',
    it: 'Istituto comprensivo',
    en: 'Comprehensive institute',
    letters: ['IC'],
    level: 'institution',
    // "ics": istituto comprensivo statale, as many names write it.
    words: ['ic', 'ics', 'istituto comprensivo', 'ist comprensivo', 'ist compr', 'comprensivo', 'omnicomprensivo'],
  },
  {
    id: 'iis',
    it: 'Istituto di istruzione superiore',
    en: 'Upper secondary institute',
    letters: ['IS'],
    level: 'institution',
    words: [
      'iis',
      'is',
      'iiss',
      'iss',
      'isis',
      'istituto superiore',
      'istituto istruzione superiore',
      'istituto istruzione secondaria superiore',
      'ist istruzione superiore',
      'istituto secondario superiore',
      'polo',
    ],
  },
  {
    id: 'dd',
    it: 'Direzione didattica',
    en: 'Primary school district (direzione didattica)',
    letters: ['EE'],
    level: 'institution',
    words: ['dd', 'cd', 'direzione didattica', 'circolo didattico', 'circolo'],
  },
  {
    id: 'infanzia',
    it: "Scuola dell'infanzia",
    en: 'Pre-primary school',
    letters: ['AA'],
    level: 'school',
    // "asilo": what many call a scuola dell'infanzia (an asilo nido, for children under three, is not a state school);
    // "dellinfanzia": its elision typed together, as the names found by it are (src/search/search-words.ts nameWords).
    words: ['infanzia', 'scuola infanzia', 'dellinfanzia', 'scuola dellinfanzia', 'materna', 'scuola materna', 'asilo'],
  },
  {
    id: 'primaria',
    it: 'Scuola primaria',
    en: 'Primary school',
    letters: ['EE'],
    level: 'school',
    words: ['primaria', 'scuola primaria', 'elementare', 'elementari', 'scuola elementare'],
  },
  {
    id: 'media',
    it: 'Scuola secondaria di primo grado',
    en: 'Lower secondary school',
    letters: ['MM'],
    level: 'school',
    words: ['media', 'medie', 'scuola media', 'sms', 'secondaria primo grado', 'scuola secondaria primo grado', 'ss1g'],
  },
  {
    // Every upper secondary school: an IIS, a liceo, a technical or a vocational institute (the adapters' grade group).
    id: 'superiore',
    it: 'Scuola secondaria di secondo grado',
    en: 'Upper secondary school',
    letters: ['IS', ...LICEI, 'SD', ...TECHNICAL, ...PROFESSIONAL],
    level: 'school',
    words: [
      'superiore',
      'superiori',
      'scuola superiore',
      'scuole superiori',
      'secondaria superiore',
      'scuola secondaria superiore',
      'secondaria secondo grado',
      'scuola secondaria secondo grado',
      'ss2g',
    ],
  },
  { id: 'liceo', it: 'Liceo', en: 'Liceo', letters: LICEI, level: 'school', words: ['liceo', 'licei'] },
  {
    id: 'liceo-scientifico',
    it: 'Liceo scientifico',
    en: 'Liceo (sciences)',
    letters: ['PS'],
    level: 'school',
    words: ['liceo scientifico', 'scientifico', 'ls'],
  },
  {
    id: 'liceo-classico',
    it: 'Liceo classico',
    en: 'Liceo (classics)',
    letters: ['PC'],
    level: 'school',
    words: ['liceo classico', 'classico', 'ginnasio'],
  },
  {
    id: 'liceo-linguistico',
    it: 'Liceo linguistico',
    en: 'Liceo (languages)',
    letters: ['PL'],
    level: 'school',
    words: ['liceo linguistico', 'linguistico'],
  },
  {
    id: 'liceo-scienze-umane',
    it: 'Liceo delle scienze umane',
    en: 'Liceo (human sciences)',
    letters: ['PM', 'PQ'],
    level: 'school',
    words: ['liceo scienze umane', 'scienze umane', 'istituto magistrale', 'magistrale', 'psicopedagogico'],
  },
  {
    id: 'liceo-artistico',
    it: 'Liceo artistico',
    en: 'Liceo (arts)',
    letters: ['SL', 'SD'],
    level: 'school',
    words: ['liceo artistico', 'artistico', 'istituto arte', 'istituto darte', 'isa'],
  },
  {
    id: 'liceo-musicale',
    it: 'Liceo musicale e coreutico',
    en: 'Liceo (music and dance)',
    letters: [],
    level: 'school',
    words: ['liceo musicale', 'musicale', 'coreutico', 'liceo coreutico'],
  },
  {
    id: 'tecnico',
    it: 'Istituto tecnico',
    en: 'Technical institute',
    letters: TECHNICAL,
    level: 'school',
    words: ['istituto tecnico', 'ist tecnico', 'tecnico', 'it'],
  },
  {
    id: 'tecnico-industriale',
    it: 'Istituto tecnico industriale',
    en: 'Technical institute (industry)',
    letters: ['TF'],
    level: 'school',
    words: [
      'itis',
      'iti',
      'itt',
      'istituto tecnico industriale',
      'tecnico industriale',
      'industriale',
      'istituto tecnico tecnologico',
      'tecnologico',
    ],
  },
  {
    id: 'tecnico-economico',
    it: 'Istituto tecnico economico',
    en: 'Technical institute (economics)',
    letters: ['TD'],
    level: 'school',
    words: [
      'itc',
      'ite',
      'itcg',
      'itet',
      'istituto tecnico commerciale',
      'tecnico commerciale',
      'istituto tecnico economico',
      'tecnico economico',
      'ragioneria',
    ],
  },
  {
    id: 'tecnico-geometri',
    it: 'Istituto tecnico per geometri',
    en: 'Technical institute (surveying)',
    letters: ['TL'],
    level: 'school',
    words: ['itg', 'geometri', 'istituto tecnico geometri'],
  },
  {
    id: 'tecnico-agrario',
    it: 'Istituto tecnico agrario',
    en: 'Technical institute (agriculture)',
    letters: ['TA'],
    level: 'school',
    words: ['ita', 'itas', 'agrario', 'istituto agrario', 'istituto tecnico agrario'],
  },
  {
    id: 'tecnico-nautico',
    it: 'Istituto tecnico nautico',
    en: 'Technical institute (nautical)',
    letters: ['TH'],
    level: 'school',
    words: ['nautico', 'istituto nautico', 'istituto tecnico nautico'],
  },
  {
    id: 'tecnico-aeronautico',
    it: 'Istituto tecnico aeronautico',
    en: 'Technical institute (aeronautics)',
    letters: ['TB'],
    level: 'school',
    words: ['aeronautico', 'istituto aeronautico', 'istituto tecnico aeronautico'],
  },
  {
    id: 'tecnico-turismo',
    it: 'Istituto tecnico per il turismo',
    en: 'Technical institute (tourism)',
    letters: ['TN'],
    level: 'school',
    words: ['istituto tecnico turismo', 'tecnico turismo', 'turistico', 'istituto turistico'],
  },
  {
    id: 'professionale',
    it: 'Istituto professionale',
    en: 'Vocational institute',
    letters: PROFESSIONAL,
    level: 'school',
    words: ['ip', 'ips', 'professionale', 'istituto professionale', 'ist professionale', 'ist prof'],
  },
  {
    id: 'ipsia',
    it: "Istituto professionale per l'industria e l'artigianato",
    en: 'Vocational institute (industry and crafts)',
    letters: ['RI', 'RE', 'RS', 'RM'],
    level: 'school',
    words: ['ipsia', 'industria artigianato', 'istituto professionale industria artigianato'],
  },
  {
    id: 'alberghiero',
    it: 'Istituto alberghiero',
    en: 'Vocational institute (hospitality)',
    letters: ['RH'],
    level: 'school',
    words: ['alberghiero', 'ipssar', 'ipsseoa', 'ipseoa', 'ipssart', 'istituto alberghiero', 'enogastronomia', 'ristorazione'],
  },
  {
    id: 'professionale-commerciale',
    it: 'Istituto professionale per i servizi commerciali',
    en: 'Vocational institute (commerce)',
    letters: ['RC'],
    level: 'school',
    words: ['ipsc', 'ipc', 'ipsct', 'servizi commerciali'],
  },
  {
    id: 'professionale-sociale',
    it: 'Istituto professionale per i servizi sociali',
    en: 'Vocational institute (social services)',
    letters: ['RF'],
    level: 'school',
    words: ['ipsss', 'servizi sociali', 'socio sanitario', 'servizi socio sanitari'],
  },
  {
    id: 'professionale-agricoltura',
    it: "Istituto professionale per l'agricoltura",
    en: 'Vocational institute (agriculture)',
    letters: ['RA'],
    level: 'school',
    words: ['ipsaa', 'ipaa', 'agricoltura'],
  },
  {
    id: 'cpia',
    it: "Centro provinciale per l'istruzione degli adulti",
    en: 'Adult education centre (CPIA)',
    letters: [CPIA_LETTERS, 'CT'],
    level: 'institution',
    words: ['cpia', 'ctp', 'eda', 'centro provinciale istruzione adulti', 'istruzione adulti', 'centro territoriale'],
  },
  {
    id: 'convitto',
    it: 'Convitto',
    en: 'Boarding school (convitto)',
    letters: ['VC'],
    level: 'institution',
    words: ['convitto', 'convitto nazionale', 'convitti'],
  },
  { id: 'educandato', it: 'Educandato', en: 'Boarding school (educandato)', letters: ['VE'], level: 'institution', words: ['educandato'] },
];

/** The type letters of a school code ("RMIC8AB00X" → "IC"; Aosta's "AO1E00100X" → "EE"). */
export function typeLetters(code: string): string {
  const letters = code.slice(2, 4);
  return letters[0] === '1' ? letters[1]! + letters[1]! : letters;
}
