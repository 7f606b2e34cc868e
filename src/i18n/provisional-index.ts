/**
 * What rests on the index's reference years says so where a pillar's programme
 * still reports them: Erasmus+ keeps its last three years provisional and the
 * index reads the last three years, so an index, a role model's band or a
 * shadow zone may still change as projects are reported. One reader and one
 * sentence for the profile and the territory lists.
 */
import type { NationalIndex } from '../contract/contract.types.js';
import type { Language } from '../contract/vocabulary.js';
import { andList } from './and-list.js';
import { formatSchoolYear } from './format.js';
import { localize } from './lang.js';

/** What the sentence is about: the index (a profile, the role models) or the shadow zones' participation. */
export type ProvisionalBasis = 'index' | 'participation';

const TEXT = {
  it: {
    years: (n: number) => (n === 1 ? 'del' : 'degli anni'),
    index: "su cui è calcolato l'indice sono provvisori: l'indice può ancora cambiare.",
    participation: 'su cui è stimata la partecipazione sono provvisori: le stime possono ancora cambiare.',
    and: ' e ',
  },
  en: {
    years: (_n: number) => 'of',
    index: 'the index is computed on are provisional: the index may still change.',
    participation: 'participation is estimated on are provisional: the estimates may still change.',
    and: ' and ',
  },
};

/** The sentence, or null where no pillar's programme has a provisional year among the index's reference years. */
export function provisionalIndexText(index: NationalIndex, basis: ProvisionalBasis, lang: Language): string | null {
  const reference = index.methods.index.referenceYears ?? [];
  const pillars = new Set(index.methods.index.pillars.map((p) => p.id));
  const reporting = index.programmes.filter((p) => pillars.has(p.id) && p.provisionalYears.some((year) => reference.includes(year)));
  if (reporting.length === 0) return null;
  const years = [...new Set(reporting.flatMap((p) => p.provisionalYears))].filter((year) => reference.includes(year)).sort();
  const t = TEXT[lang];
  // "2023/24, 2024/25 e 2025/26", as the timeline lists its provisional years.
  const names = andList(
    reporting.map((p) => localize(p.label, lang)),
    t.and,
  );
  const shown = andList(years.map(formatSchoolYear), t.and);
  return lang === 'it'
    ? `I dati ${names} ${t.years(years.length)} ${shown} ${t[basis]}`
    : `The ${names} figures ${t.years(years.length)} ${shown} ${t[basis]}`;
}
