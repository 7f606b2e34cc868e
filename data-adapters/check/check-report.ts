/**
 * The check's findings as the CLI prints them: one line per file, in the
 * order they were read, marked by the worst of what was found (✓ fine, !
 * slower than it should be, ✗ an element would fail), with every finding's
 * words; then one line that counts the files, in Italian or English.
 */
import type { CliLanguage } from '../report/build-error.js';
import type { Finding } from './check-release.js';

const MARK = { ok: '✓', warn: '!', fail: '✗' } as const;
const RANK = { ok: 0, warn: 1, fail: 2 } as const;

export function checkReport(findings: readonly Finding[], lang: CliLanguage): { lines: string[]; failed: boolean } {
  const files = new Map<string, Finding[]>();
  for (const finding of findings) files.set(finding.what, [...(files.get(finding.what) ?? []), finding]);
  const worst = (of: Finding[]) => of.reduce((level, f) => (RANK[f.level] > RANK[level] ? f.level : level), 'ok' as Finding['level']);
  const lines = [...files].map(([what, of]) => {
    const words = of.flatMap((f) => (f.said ? [f.said[lang]] : []));
    return `${MARK[worst(of)]} ${what}${words.length ? `: ${words.join('; ')}` : ''}`;
  });
  const count = (level: Finding['level']) => [...files.values()].filter((of) => worst(of) === level).length;
  const [fine, warned, failed] = [count('ok'), count('warn'), count('fail')];
  lines.push(
    lang === 'it'
      ? `${files.size} file e controlli: ${fine} a posto, ${warned} con avvisi, ${failed} con errori.`
      : `${files.size} files and checks: ${fine} fine, ${warned} with warnings, ${failed} failing.`,
  );
  return { lines, failed: failed > 0 };
}
