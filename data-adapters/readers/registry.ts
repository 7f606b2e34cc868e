/**
 * Reads MIM school registries, recognising the format from the header:
 *  - state schools (20 columns, with SEDESCOLASTICA), like SCUANAGRAFESTAT…;
 *  - autonomous provinces (19 columns, no SEDESCOLASTICA), like SCUANAAUTSTAT…;
 *  - paritarie (14 columns, no institution code: each school is its own institution).
 * Every row is accepted or rejected with a reason; a code already read (in this
 * file or an earlier one) is rejected as a duplicate, never counted twice.
 */
import { CODE_PATTERNS } from '../../src/contract/codes.js';
import type { GradeGroup, SchoolKind } from '../../src/contract/vocabulary.js';
import { clean, openCsv } from '../io/read-csv.js';
import { recogniseFormat, type InputFormat } from '../io/recognise-format.js';
import { InputReport } from '../report/input-report.js';
import { CPIA_CHARACTERISTIC, gradeGroupOf } from './grade-group.js';
import { parseSchoolYear } from './school-year.js';
import { readWebsite } from './website.js';

export type RegistryFormat = 'mim-state' | 'mim-autonomous' | 'mim-paritarie';

export interface SchoolRecord {
  code: string;
  name: string;
  institution: string;
  institutionName: string;
  kind: SchoolKind;
  schoolYear: number;
  regionName: string;
  provinceName: string;
  street: string | null;
  cap: string | null;
  belfiore: string | null;
  comuneName: string;
  /** The registry's grade description; a CPIA's with " (CPIA)" after it (see `characteristic`). */
  grade: string;
  /**
   * The registry's characteristic ("NORMALE", "CPIA", "SPEC. PER CARCERARI",
   * "PERCORSO II LIVELLO", …); absent in the paritarie registry, which has no
   * such column, and when the registry says "Non Disponibile".
   */
  characteristic?: string;
  gradeGroup: GradeGroup;
  /** This school code is the seat (sede direttivo) of its institution. */
  seat: boolean;
  email: string | null;
  /** Certified e-mail (PEC). */
  pec: string | null;
  website: string | null;
  source: string;
}

/** The columns every MIM registry has; then each format's own. */
const PARITARIE_COLUMNS = [
  'ANNOSCOLASTICO',
  'AREAGEOGRAFICA',
  'REGIONE',
  'PROVINCIA',
  'CODICESCUOLA',
  'DENOMINAZIONESCUOLA',
  'INDIRIZZOSCUOLA',
  'CAPSCUOLA',
  'CODICECOMUNESCUOLA',
  'DESCRIZIONECOMUNE',
  'DESCRIZIONETIPOLOGIAGRADOISTRUZIONESCUOLA',
  'INDIRIZZOEMAILSCUOLA',
  'INDIRIZZOPECSCUOLA',
  'SITOWEBSCUOLA',
];
const AUTONOMOUS_COLUMNS = [
  ...PARITARIE_COLUMNS,
  'CODICEISTITUTORIFERIMENTO',
  'DENOMINAZIONEISTITUTORIFERIMENTO',
  'DESCRIZIONECARATTERISTICASCUOLA',
  'INDICAZIONESEDEDIRETTIVO',
  'INDICAZIONESEDEOMNICOMPRENSIVO',
];

export const REGISTRY_FORMATS: readonly InputFormat<RegistryFormat>[] = [
  {
    id: 'mim-state',
    name: { it: "l'anagrafe MIM delle scuole statali (SCUANAGRAFESTAT)", en: 'the MIM registry of state schools (SCUANAGRAFESTAT)' },
    columns: [...AUTONOMOUS_COLUMNS, 'SEDESCOLASTICA'],
  },
  {
    id: 'mim-autonomous',
    name: {
      it: "l'anagrafe MIM delle province autonome (SCUANAAUTSTAT)",
      en: 'the MIM registry of the autonomous provinces (SCUANAAUTSTAT)',
    },
    columns: AUTONOMOUS_COLUMNS,
  },
  {
    id: 'mim-paritarie',
    name: { it: "l'anagrafe MIM delle scuole paritarie (SCUANAGRAFEPAR)", en: 'the MIM registry of paritarie schools (SCUANAGRAFEPAR)' },
    columns: PARITARIE_COLUMNS,
  },
];

/** Recognises a registry from its header: all of a format's columns, or an error naming the nearest format and what it lacks. */
export function detectRegistryFormat(file: string, header: readonly string[]): RegistryFormat {
  return recogniseFormat(file, header, REGISTRY_FORMATS, { it: "un'anagrafe delle scuole MIM", en: 'a MIM school registry' }).id;
}

export interface RegistryResult {
  schools: SchoolRecord[];
  reports: InputReport[];
}

/** Reads one or more registry files; `seen` carries codes across files. */
export async function readRegistries(paths: readonly string[]): Promise<RegistryResult> {
  const schools: SchoolRecord[] = [];
  const reports: InputReport[] = [];
  const seen = new Map<string, string>();
  for (const path of paths) {
    const csv = await openCsv(path);
    const format = detectRegistryFormat(path, csv.header);
    const report = new InputReport(path, format, csv);
    reports.push(report);
    let unnamed = 0;
    let cpia = 0;
    for await (const row of csv.rows) {
      if ('malformed' in row) {
        report.reject('malformed row', `line ${row.line}: ${row.malformed}`);
        continue;
      }
      const v = row.values;
      const code = clean(v.CODICESCUOLA)?.toUpperCase() ?? '';
      if (!CODE_PATTERNS.school.test(code)) {
        report.reject('invalid school code', `line ${row.line}: ${JSON.stringify(v.CODICESCUOLA ?? '')}`);
        continue;
      }
      const institution = format === 'mim-paritarie' ? code : (clean(v.CODICEISTITUTORIFERIMENTO)?.toUpperCase() ?? '');
      if (!CODE_PATTERNS.school.test(institution)) {
        report.reject('invalid institution code', `line ${row.line}: ${code} → ${JSON.stringify(v.CODICEISTITUTORIFERIMENTO ?? '')}`);
        continue;
      }
      const earlier = seen.get(code);
      if (earlier) {
        report.reject('duplicate school code', `line ${row.line}: ${code} (already in ${earlier})`);
        continue;
      }
      const schoolYear = parseSchoolYear(v.ANNOSCOLASTICO);
      if (schoolYear === null) {
        report.reject('invalid school year (ANNOSCOLASTICO)', `line ${row.line}: ${code} ${JSON.stringify(v.ANNOSCOLASTICO ?? '')}`);
        continue;
      }
      const regionName = clean(v.REGIONE);
      const provinceName = clean(v.PROVINCIA);
      const comuneName = clean(v.DESCRIZIONECOMUNE);
      if (!regionName || !provinceName || !comuneName) {
        report.reject('missing region, province or comune', `line ${row.line}: ${code}`);
        continue;
      }
      const characteristic = format === 'mim-paritarie' ? null : clean(v.DESCRIZIONECARATTERISTICASCUOLA)?.toUpperCase();
      const registryGrade = clean(v.DESCRIZIONETIPOLOGIAGRADOISTRUZIONESCUOLA) ?? 'NON SPECIFICATO';
      // A CPIA's grade is a lower secondary school's: shown alone, a profile would call an adult education centre one.
      const isCpia = characteristic === CPIA_CHARACTERISTIC;
      if (isCpia) cpia++;
      const grade = isCpia ? `${registryGrade} (${CPIA_CHARACTERISTIC})` : registryGrade;
      // Some plessi have no name in the registry ("Non Disponibile"): name them by type and place. A "-" is no name
      // either (a profile listed "- · SCUOLA PRIMARIA · MARCIANA"): named the same way, and reported as a correction.
      const given = clean(v.DENOMINAZIONESCUOLA);
      const named = given !== null && /[\p{L}\p{N}]/u.test(given);
      if (given && !named)
        report.correct('name without a letter or digit: named by type and comune', `line ${row.line}: ${code} ${JSON.stringify(given)}`);
      else if (!given) unnamed++;
      const name = named ? given : `${grade} (${comuneName})`;
      const belfiore = clean(v.CODICECOMUNESCUOLA)?.toUpperCase() ?? null;
      // A CAP is five digits ("8038" lost its leading zero, or not: no guess), a street has a letter ("095/7936163" is a
      // telephone number): anything else is dropped, and reported.
      const capText = clean(v.CAPSCUOLA);
      const cap = capText && /^\d{5}$/.test(capText) ? capText : null;
      if (capText && !cap) report.correct('CAP dropped: not five digits', `line ${row.line}: ${code} ${JSON.stringify(capText)}`);
      const streetText = clean(v.INDIRIZZOSCUOLA);
      const street = streetText && /\p{L}/u.test(streetText) ? streetText : null;
      if (streetText && !street)
        report.correct(
          'street dropped: no letter in it (a number alone, a telephone number)',
          `line ${row.line}: ${code} ${JSON.stringify(streetText)}`,
        );
      const website = readWebsite(clean(v.SITOWEBSCUOLA));
      if (website.problem)
        report.correct(`website dropped: ${website.problem}`, `line ${row.line}: ${code} ${JSON.stringify(v.SITOWEBSCUOLA)}`);
      else if ('repair' in website) report.correct(`website repaired: ${website.repair}`, `line ${row.line}: ${code} ${v.SITOWEBSCUOLA}`);
      seen.set(code, path);
      report.accept();
      schools.push({
        code,
        name,
        institution,
        institutionName: (format === 'mim-paritarie' ? name : clean(v.DENOMINAZIONEISTITUTORIFERIMENTO)) ?? name,
        kind: format === 'mim-paritarie' ? 'paritaria' : 'statale',
        schoolYear,
        regionName,
        provinceName,
        street,
        cap,
        belfiore: belfiore && CODE_PATTERNS.belfiore.test(belfiore) ? belfiore : null,
        comuneName,
        grade,
        ...(characteristic ? { characteristic } : {}),
        gradeGroup: gradeGroupOf(grade, characteristic),
        seat: format === 'mim-paritarie' || code === institution || clean(v.INDICAZIONESEDEDIRETTIVO)?.toUpperCase() === 'SI',
        email: clean(v.INDIRIZZOEMAILSCUOLA),
        pec: clean(v.INDIRIZZOPECSCUOLA),
        website: website.url,
        source: path,
      });
    }
    if (unnamed > 0)
      report.note(`${unnamed} ${unnamed === 1 ? 'school has' : 'schools have'} no name in the registry: named by type and comune`);
    if (cpia > 0)
      report.note(
        `${cpia} ${cpia === 1 ? 'school is a CPIA' : 'schools are CPIA'} (DESCRIZIONECARATTERISTICASCUOLA): their grade reads "… (CPIA)" and their grade group is "altro", not a lower secondary school's`,
      );
  }
  return { schools, reports };
}
