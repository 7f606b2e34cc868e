/**
 * The shadow zones' method as the contract carries it (`methods.shadowZones`):
 * the words a list shows under its items and the parameters behind every
 * number it shows, so that a reader can redo an area's estimated rate from its
 * expected rate and its probability (indicators/shadow-zones.ts shadowZoneOf:
 * expected × (1 − P + P·λ), λ its level's). It says the model the build ran:
 * two groups of areas fitted by EM, not a beta-binomial, which an earlier text
 * named while the code did otherwise.
 */
import type { LocalizedText } from '../../src/contract/contract.types.js';
import type { Language } from '../../src/contract/vocabulary.js';
import type { BuildConfig } from '../config.js';
import { activeYearsText, MAX_LOW_LAMBDA } from '../indicators/shadow-zones.js';
import type { ShadowZones } from '../stages/shadow-zones.js';
import { numberText, percentText } from '../text/number-text.js';

type Levels = ShadowZones['levels'];

/** One level's fit in words: "comuni: 4,2% delle aree basse, λ 0,35". */
function fitText(levels: Levels, lang: Language): string {
  const names = lang === 'it' ? { comuni: 'comuni', provinces: 'province' } : { comuni: 'comuni', provinces: 'provinces' };
  return (['comuni', 'provinces'] as const)
    .map((level) => {
      const { lowShare, lambda } = levels[level];
      if (lowShare === 0) return lang === 'it' ? `${names[level]}: nessuna area bassa` : `${names[level]}: no low area`;
      return lang === 'it'
        ? `${names[level]}: ${percentText(lowShare, 'it')} delle aree basse, λ ${numberText(lambda, 'it', 2)}`
        : `${names[level]}: ${percentText(lowShare, 'en')} of areas low, λ ${numberText(lambda, 'en', 2)}`;
    })
    .join('; ');
}

export function shadowZonesMethod(
  settings: Pick<BuildConfig['shadowZones'], 'fdr' | 'minInstitutions'>,
  levels: Levels,
  years: readonly number[],
): { label: LocalizedText; description: LocalizedText; parameters: Record<string, number | string> } {
  const { fdr, minInstitutions } = settings;
  const when = activeYearsText(years);
  const cap = { it: numberText(MAX_LOW_LAMBDA, 'it', 2), en: numberText(MAX_LOW_LAMBDA, 'en', 2) };
  return {
    label: { it: "Zone d'ombra", en: 'Shadow zones' },
    description: {
      it:
        `L'unità è l'istituzione scolastica: la sua attività negli anni di riferimento (è attiva ${when.it}) conta nei comuni dei suoi plessi in proporzione ai loro studenti (un plesso senza conteggio non conta, come non conta tra gli studenti dell'area, se altri plessi della sua istituzione sono contati; senza alcun conteggio, ogni plesso conta uguale; la sede amministrativa senza studenti non conta), e così anche il numero di istituzioni, numeratore e denominatore con la stessa ripartizione. ` +
        'Un modello logistico (effetti regionali con prior gerarchico, ciclo di istruzione, dimensione, classe Aree interne ISTAT del comune) dà il tasso atteso di ogni area. ' +
        `Le aree di un livello (comuni, province) sono poi di due gruppi: quelle che partecipano come atteso e quelle basse, dove ogni probabilità attesa è ridotta di uno stesso fattore λ (al più ${cap.it}); la quota di aree basse e λ sono stimati sui dati (${fitText(levels, 'it')}). ` +
        "La probabilità di essere sotto l'atteso è la probabilità che l'area sia del gruppo basso; il tasso stimato è l'atteso ridotto di λ in proporzione a quella probabilità. " +
        `Sono segnalate le aree più probabili finché la quota attesa di falsi allarmi resta entro il ${percentText(fdr, 'it')} (FDR bayesiano). Con meno di ${minInstitutions} istituzioni l'area non è giudicata.`,
      en:
        `The unit is the school institution: its activity in the reference years (it is active ${when.en}) counts in the comuni of its plessi by their share of its students (a plesso without a count not at all, as it counts in no area's students, while others of its institution are counted; with no count at all, each plesso alike; an administrative seat without students not at all), and so does the number of institutions, so numerator and denominator share one allocation. ` +
        "A logistic model (region effects with a hierarchical prior, grade group, size, ISTAT inner-areas class of the comune) gives each area's expected rate. " +
        `The areas of a level (comuni, provinces) then fall into two groups: those taking part as expected, and low ones, where every expected probability is scaled by one factor λ (at most ${cap.en}); the share of low areas and λ are estimated from the data (${fitText(levels, 'en')}). ` +
        'The probability of being below expectation is the probability that the area is in the low group; the estimated rate is the expected one lowered by λ as far as that probability goes. ' +
        `Areas are flagged by decreasing probability while the expected share of false flags stays within ${percentText(fdr, 'en')} (Bayesian FDR). Areas with fewer than ${minInstitutions} institutions are not judged.`,
    },
    parameters: {
      minInstitutions,
      fdr,
      method: 'logistic-expectation-two-group-bayesian-fdr',
      unit: 'institution',
      allocation: 'share of students',
      maxLowRatio: MAX_LOW_LAMBDA,
      lowShareComuni: levels.comuni.lowShare,
      lowRatioComuni: levels.comuni.lambda,
      lowShareProvinces: levels.provinces.lowShare,
      lowRatioProvinces: levels.provinces.lambda,
    },
  };
}
