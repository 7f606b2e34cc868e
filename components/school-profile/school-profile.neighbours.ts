/**
 * The school among its neighbours, in the profile's card and full variants: its figures beside its comune's, province's,
 * region's and the nation's average institution, and the institutions nearby it could learn from (its mentors) or, a
 * role model, accompany (its mentees), each a button that opens that institution's profile.
 */
import { html, nothing } from 'lit';
import type { MetricDefinition, NationalIndex, RegionShard, SchoolShard } from '../../src/contract/contract.types.js';
import type { Language } from '../../src/contract/vocabulary.js';
import { formatSchoolYear, formatShownEstimate, formatValue, isShareShown } from '../../src/i18n/format.js';
import { intervalInParentheses } from '../../src/i18n/interval-text.js';
import { localize } from '../../src/i18n/lang.js';
import { comparison, type MetricSeries } from '../../src/profile/school-series.js';
import { DETAILS_MESSAGES } from './school-profile.details.messages.js';
import { SchoolProfileSelectEvent } from './school-profile.events.js';
import { provisionalMark, section } from './school-profile.section.js';

/**
 * An area's average institution, and under it, where the metric's dispersion is known, its 95% interval: written as the
 * map and the timeline write a value per institution, with the decimals that keep the three apart (src/i18n/format.ts).
 */
function averageCell(value: number, interval: [number, number] | null, metric: MetricDefinition, lang: Language) {
  const [average, low, high] = formatShownEstimate(
    value,
    interval?.[0] ?? null,
    interval?.[1] ?? null,
    metric.unit,
    'perSchool',
    lang,
    isShareShown(metric.counts, 'perSchool'),
  );
  return html`${average}${interval ? html`<br /><span class="muted">${intervalInParentheses(low, high)}</span>` : nothing}`;
}

export function comparisonSection(
  shard: SchoolShard,
  index: NationalIndex,
  region: RegionShard | null,
  series: readonly MetricSeries[],
  lang: Language,
  level: number,
) {
  const t = DETAILS_MESSAGES[lang];
  const table = comparison(shard, index, region, series);
  if (!table) return nothing;
  const levels = table.rows[0]?.areas ?? [];
  const title = t.comparison(formatSchoolYear(table.year));
  const own = shard.school.code === shard.school.institution.code ? t.thisSchool : t.itsInstitution;
  return section(
    'comparison',
    level,
    title,
    html`<div part="table" class="scroll" tabindex="0" role="region" aria-label=${title}>
      <table>
        <thead>
          <tr>
            <th scope="col" class="sticky">${t.metric}</th>
            <th scope="col" class="num">${own}</th>
            ${levels.map((a) => html`<th scope="col" class="num">${t.levels[a.level]}${a.name && a.level !== 'nation' ? html`<br /><span class="muted">${a.name}</span>` : nothing}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${table.rows.map(
            (row) =>
              html`<tr>
                <th scope="row" class="sticky">${localize(row.metric.label, lang)}${provisionalMark(row.provisional, lang)}</th>
                <td data-label=${own}>${formatValue(row.school, row.metric.unit, lang)}</td>
                ${row.areas.map(
                  (a) =>
                    html`<td data-label=${a.name && a.level !== 'nation' ? `${t.levels[a.level]} (${a.name})` : t.levels[a.level]}>
                      ${a.value === null ? t.missing : averageCell(a.value, a.interval, row.metric, lang)}
                    </td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${table.alone ? html`<p class="muted">${t.comparisonAlone(table.alone)}</p>` : nothing}
    ${table.rows.some((row) => row.provisional) ? html`<p class="muted">${t.provisionalNote}</p>` : nothing}
    ${table.rows.some((row) => row.areas.some((a) => a.interval)) ? html`<p class="muted">${t.comparisonNote}</p>` : nothing}`,
  );
}

/** A button that opens another institution's profile (the element, or <linked-view>, follows the event). */
const openButton = (code: string, name: string) =>
  html`<button type="button" class="open" @click=${(e: Event) => e.currentTarget!.dispatchEvent(new SchoolProfileSelectEvent({ code, name }))}>
    ${name}
  </button>`;

/**
 * An inactive institution's proposed mentors; where it has none and the data says how they are chosen, the section says
 * so with the method (no role model free within reach), rather than leaving it out without a word.
 */
export function mentorsSection(shard: SchoolShard, index: NationalIndex, lang: Language, level: number) {
  const t = DETAILS_MESSAGES[lang];
  if (shard.mentors.length === 0) {
    const method = index.methods.mentors;
    // Without activity in the index's years its score is 0: the institutions mentors are for.
    if (!method || shard.index.score !== 0 || shard.roleModel.is) return nothing;
    return section(
      'mentors',
      level,
      t.mentors,
      html`<p>${t.noMentor} <span class="muted">${localize(method.description, lang)}</span></p>`,
    );
  }
  return section(
    'mentors',
    level,
    t.mentors,
    html`<ul class="mentors">
      ${shard.mentors.map(
        (m) => html`<li>
          ${openButton(m.code, m.name)} · ${m.comuneName} · ${m.sameComune ? t.sameComune : t.distance(formatValue(m.distanceKm, 'count', lang, 1))} · <code>${m.code}</code>
          ${m.reasons.length > 0 ? html`<br /><span class="muted">${m.reasons.map((r) => localize(r, lang)).join('; ')}</span>` : nothing}
        </li>`,
      )}
    </ul>`,
  );
}

/** A role model's proposed mentees: the inactive institutions it could accompany. */
export function menteesSection(shard: SchoolShard, lang: Language, level: number) {
  const t = DETAILS_MESSAGES[lang];
  const mentees = shard.mentees ?? [];
  if (mentees.length === 0) return nothing;
  return section(
    'mentees',
    level,
    t.mentees(mentees.length),
    html`<ul class="mentors">
      ${mentees.map(
        (m) =>
          html`<li>
            ${openButton(m.code, m.name)} · ${m.comuneName} · ${m.sameComune ? t.sameComune : t.distance(formatValue(m.distanceKm, 'count', lang, 1))} ·
            <code>${m.code}</code>
          </li>`,
      )}
    </ul>`,
  );
}
