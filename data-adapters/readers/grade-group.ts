/**
 * Maps the registry's description of a school type to the contract's grade
 * groups, used to summarise and to match compatible schools (mentors).
 */
import type { GradeGroup } from '../../src/contract/vocabulary.js';

/**
 * The registry's characteristic (DESCRIZIONECARATTERISTICASCUOLA) of a CPIA's
 * own row. A CPIA (centro provinciale per l'istruzione degli adulti) is written
 * with a lower secondary school's code and grade ("RMMM67000C", "SCUOLA PRIMO
 * GRADO"); this column alone says that it teaches adults.
 */
export const CPIA_CHARACTERISTIC = 'CPIA';

/**
 * The grade group of a school described as `description` (the registry's
 * grade); a CPIA (`characteristic`) is "altro", whatever its grade says.
 */
export function gradeGroupOf(description: string | null, characteristic?: string | null): GradeGroup {
  if (characteristic === CPIA_CHARACTERISTIC) return 'altro';
  const text = (description ?? '').toUpperCase();
  if (text.includes('COMPRENSIVO')) return 'comprensivo';
  if (text.includes('INFANZIA')) return 'infanzia';
  if (text.includes('PRIMARIA') || text.includes('ELEMENTARE')) return 'primaria';
  if (text.includes('PRIMO GRADO') || text.includes('MEDIA')) return 'secondaria-primo-grado';
  if (
    /LICEO|ISTITUTO TECNICO|IST TEC|IST PROF|ISTITUTO PROF|ISTITUTO SUPERIORE|SECONDO GRADO|ISTITUTO MAGISTRALE|ISTITUTO D'ARTE|SCUOLA MAGISTRALE/.test(
      text,
    )
  ) {
    return 'secondaria-secondo-grado';
  }
  return 'altro';
}

/**
 * Which role models can mentor a school of each grade group, nearest cycles
 * first: the first cycle learns from the first cycle and from istituti
 * comprensivi; upper secondary schools from each other and from lower
 * secondary ones; "altro" (CPIA, convitti, educandati, …) from upper secondary
 * schools and comprensivi, so that every group has partners.
 */
export const MENTOR_GRADES: Readonly<Record<GradeGroup, readonly GradeGroup[]>> = {
  infanzia: ['infanzia', 'comprensivo', 'primaria'],
  primaria: ['primaria', 'comprensivo', 'infanzia', 'secondaria-primo-grado'],
  'secondaria-primo-grado': ['secondaria-primo-grado', 'comprensivo', 'primaria', 'secondaria-secondo-grado'],
  comprensivo: ['comprensivo', 'primaria', 'secondaria-primo-grado', 'infanzia'],
  'secondaria-secondo-grado': ['secondaria-secondo-grado', 'altro', 'secondaria-primo-grado'],
  altro: ['altro', 'secondaria-secondo-grado', 'comprensivo'],
};

/** The grade groups whose role models can mentor a school of `group`. */
export function mentorGrades(group: GradeGroup): readonly GradeGroup[] {
  return MENTOR_GRADES[group];
}
