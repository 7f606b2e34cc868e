/**
 * The full profile's survey section: the observatory's waves the school's
 * institution answered and, for the questions published per school, its own
 * answer beside the share of its region's institutions that gave it (or the
 * region's mean), with the interval; "dati insufficienti" where the region's
 * estimate is suppressed. Loaded with the full variant.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { NationalIndex, SchoolShard, SurveyFile } from '../../src/contract/contract.types.js';
import type { Language } from '../../src/contract/vocabulary.js';
import type { ContractLoader } from '../../src/data/loader.js';
import { warn } from '../../src/element/warnings.js';
import { unitText } from '../../src/survey/unit-text.js';
import { formatValue } from '../../src/i18n/format.js';
import { loadSurvey } from '../../src/survey/load-survey.js';

const TEXT = {
  it: {
    title: "Indagini dell'osservatorio",
    answered: (title: string) => `${title}: l'istituzione ha risposto.`,
    region: (where: string, estimate: string) => `in ${where}: ${estimate}`,
    share: (value: string, low: string, high: string) => `${value} delle istituzioni (${low}–${high})`,
    mean: (value: string, low: string, high: string) => `media ${value} (${low}–${high})`,
    suppressed: 'dati insufficienti',
    unavailable: 'risultati non disponibili',
  },
  en: {
    title: "The observatory's surveys",
    answered: (title: string) => `${title}: the institution answered.`,
    region: (where: string, estimate: string) => `in ${where}: ${estimate}`,
    share: (value: string, low: string, high: string) => `${value} of institutions (${low}–${high})`,
    mean: (value: string, low: string, high: string) => `mean ${value} (${low}–${high})`,
    suppressed: 'not enough data',
    unavailable: 'results unavailable',
  },
};

/** The files of the waves the school answered, as the index lists them; a wave that cannot be read is left out with a warning. */
export async function loadAnsweredSurveys(
  loader: ContractLoader,
  src: string,
  index: NationalIndex,
  shard: SchoolShard,
  signal: AbortSignal,
): Promise<SurveyFile[]> {
  const listed = new Set(index.surveys?.map((s) => s.id));
  const waves = (shard.surveys ?? []).filter((s) => listed.has(s.wave));
  const files = await Promise.all(
    waves.map((s) =>
      loadSurvey(loader, src, s.wave, { signal }).catch((error: Error) => {
        if (signal.aborted) throw error;
        warn('school-profile', `survey ${s.wave} unavailable: ${error.message}`);
        return null;
      }),
    ),
  );
  return files.filter((file): file is SurveyFile => file !== null);
}

export function surveysSection(
  shard: SchoolShard,
  files: readonly SurveyFile[],
  lang: Language,
  heading: (title: string) => TemplateResult,
): TemplateResult | typeof nothing {
  const answered = shard.surveys ?? [];
  if (answered.length === 0) return nothing;
  const t = TEXT[lang];
  const percent = (v: number) => formatValue(v, 'percent', lang, 0);
  const number = (v: number) => formatValue(v, 'score', lang, 1);
  const regionCode = shard.school.address.region.code;
  return html`<section part="section surveys">
    ${heading(t.title)}
    <ul class="surveys">
      ${answered.map(({ wave, answers }) => {
        const file = files.find((f) => f.wave.id === wave);
        if (!file) return html`<li>${wave}: ${t.unavailable}</li>`;
        const region = file.areas.find((a) => a.level === 'region' && a.code === regionCode);
        return html`<li>
          ${t.answered(file.wave.title[lang])}
          <ul>
            ${answers.map((answer) => {
              const q = file.questions.findIndex((question) => question.id === answer.question);
              const question = file.questions[q];
              if (!question) return nothing;
              const result = region?.results[q];
              const where = region?.name ?? shard.school.address.region.name;
              const estimate = (text: string | null) => html`<span class="muted">${t.region(where, text ?? t.suppressed)}</span>`;
              if (answer.value !== undefined) {
                const mean = result && !result.suppressed ? result.mean : undefined;
                const unit = unitText(question, answer.value, lang);
                return html`<li>${question.text[lang]} <strong>${number(answer.value)}${unit ? ` ${unit}` : ''}</strong>;
                  ${estimate(mean ? t.mean(number(mean.value), number(mean.low), number(mean.high)) : null)}</li>`;
              }
              return html`<li>
                ${question.text[lang]}
                ${(answer.options ?? []).map((id) => {
                  const o = question.options.findIndex((option) => option.id === id);
                  const share = result && !result.suppressed ? result.shares?.[o] : undefined;
                  return html`<strong>${question.options[o]?.text[lang] ?? id}</strong>;
                    ${estimate(share ? t.share(percent(share.value), percent(share.low), percent(share.high)) : null)} `;
                })}
              </li>`;
            })}
          </ul>
        </li>`;
      })}
    </ul>
  </section>`;
}
