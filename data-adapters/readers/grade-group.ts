/**
 * Maps the registry's description of a school type to the contract's grade
 * groups, used to summarise and to match compatible schools (mentors).
 */
import type { GradeGroup } from '../../src/contract/vocabulary.js';

export function gradeGroupOf(description: string | null): GradeGroup {
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

/** Whether a school of group `b` can learn from a role model of group `a` (mentors). */
export function compatibleGrades(a: GradeGroup, b: GradeGroup): boolean {
  if (a === b) return true;
  const firstCycle: GradeGroup[] = ['infanzia', 'primaria', 'secondaria-primo-grado', 'comprensivo'];
  return (a === 'comprensivo' && firstCycle.includes(b)) || (b === 'comprensivo' && firstCycle.includes(a));
}
