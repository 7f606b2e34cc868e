/**
 * The rules between fields of a survey wave's document (kind `survey`), as
 * semantic-checks.ts has them for the other kinds; in a module of its own, so
 * that only the elements that read surveys carry them.
 */
import { CODE_PATTERNS } from './codes.js';
import type { SurveyFile } from './contract.types.js';
import type { RawIssue } from './schema-dsl.js';
import { checkUnique, IssueList, type Path } from './semantic-checks.js';

const SURVEY_CODES = { nation: /^IT$/, region: CODE_PATTERNS.region, province: CODE_PATTERNS.province } as const;

/**
 * A survey wave's results: each question and area once, an area's code of its
 * level, no more respondents than invited nor answers than respondents, one
 * result per question in the questions' order, a share per option in the
 * option's order, and every interval around its estimate; a suppressed result
 * has no estimate; the fieldwork ends no earlier than it began.
 */
export function checkSurvey(file: SurveyFile, issues = new IssueList()): RawIssue[] {
  const { from, to } = file.wave.fielded;
  if (to < from) issues.add(['wave', 'fielded', 'to'], 'day.order', to, [from]);
  checkUnique(file.questions, (q) => q.id, ['questions'], 'id', issues);
  checkUnique(file.areas, (a) => `${a.level} ${a.code}`, ['areas'], 'code', issues);
  const interval = (estimate: { value: number; low: number; high: number }, path: Path) => {
    if (!(estimate.low <= estimate.value && estimate.value <= estimate.high))
      issues.add(path, 'survey.interval', estimate.value, [estimate.low, estimate.high]);
  };
  file.areas.forEach((area, a) => {
    const at: Path = ['areas', a];
    if (!SURVEY_CODES[area.level].test(area.code)) issues.add([...at, 'code'], 'survey.code', area.code, [area.level]);
    if (area.respondents > area.invited) issues.add([...at, 'respondents'], 'survey.count', area.respondents, [area.invited]);
    if (area.results.length !== file.questions.length)
      issues.add([...at, 'results'], 'survey.results', area.results.length, [file.questions.length]);
    area.results.forEach((result, r) => {
      const path: Path = [...at, 'results', r];
      const question = file.questions[r];
      if (!question) return;
      if (result.question !== question.id) issues.add([...path, 'question'], 'survey.question', result.question, [question.id]);
      if (result.n > area.respondents) issues.add([...path, 'n'], 'survey.count', result.n, [area.respondents]);
      if (result.suppressed) {
        if (result.shares || result.mean) issues.add(path, 'survey.suppressed', 'estimate');
        return;
      }
      result.shares?.forEach((share, o) => {
        const option = question.options[o]?.id;
        if (share.option !== option) issues.add([...path, 'shares', o, 'option'], 'survey.option', share.option, [option ?? '—']);
        interval(share, [...path, 'shares', o]);
      });
      if (result.shares && result.shares.length !== question.options.length)
        issues.add([...path, 'shares'], 'survey.results', result.shares.length, [question.options.length]);
      if (result.mean) interval(result.mean, [...path, 'mean']);
    });
  });
  return issues.items;
}
