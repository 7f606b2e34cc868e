/**
 * The card and full variants of <school-profile>, loaded only when one of them
 * is shown. They read through the page-wide loader (full validation, shared
 * cache); the full variant also reads the school's region shard, for the
 * comparison with its comune and province.
 */
import { html, nothing, svg, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { classLabel } from '../../src/breakdown/class-labels.js';
import { schoolTypeText } from '../../src/breakdown/grade-group-labels.js';
import type { ComuneContext, NationalIndex, Plesso, RegionShard, SchoolShard, SurveyFile } from '../../src/contract/contract.types.js';
import type { Language } from '../../src/contract/vocabulary.js';
import { sharedLoader } from '../../src/data/loader.js';
import { KeepFocus } from '../../src/element/keep-focus.js';
import { warn } from '../../src/element/warnings.js';
import { breakableAddress, shownWebsite } from '../../src/element/address-text.js';
import { formatSchoolYear, formatValue, prepareNumberFormats } from '../../src/i18n/format.js';
import { formatDay } from '../../src/i18n/format-day.js';
import { localize } from '../../src/i18n/lang.js';
import { provisionalIndexText } from '../../src/i18n/provisional-index.js';
import { publicationDate } from '../../src/util/provenance.js';
import { sourceText } from '../../src/util/source-text.js';
import { lastMeasured, partnerCountries, schoolSeries, sparklinePath, type MetricSeries } from '../../src/profile/school-series.js';
import { renderBadge, safeHref } from './school-profile.badge.js';
import { DETAILS_MESSAGES } from './school-profile.details.messages.js';
import { detailsStyles } from './school-profile.details.styles.js';
import { comparisonSection, menteesSection, mentorsSection } from './school-profile.neighbours.js';
import { heading, provisionalMark, section } from './school-profile.section.js';
import { loadAnsweredSurveys, surveysSection } from './school-profile.surveys.js';

// ICU's one-off set-up (~15 ms) in a task of its own as the page loads, not in the first render.
prepareNumberFormats();

const attached = new WeakSet<ReactiveControllerHost & HTMLElement>();

/**
 * Once per element, when a card or full profile first shows in it: the styles added to its shadow root
 * (constructable sheets: no inline style, CSP-safe), and the focus kept in it when a render takes its control away
 * (src/element/keep-focus.ts: a mentor chosen in the profile, while it loads). Here, not in the element: the badge
 * needs neither.
 */
export function attach(host: ReactiveControllerHost & HTMLElement): void {
  if (attached.has(host)) return;
  attached.add(host);
  const root = host.shadowRoot;
  const sheet = detailsStyles.styleSheet;
  if (root && sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  new KeepFocus(host);
}

interface DetailsData {
  index: NationalIndex;
  shard: SchoolShard;
  /** The school's region shard (full variant); null when it could not be read. */
  region: RegionShard | null;
  /** The survey waves its institution answered (full variant), those that could be read. */
  surveys: SurveyFile[];
}

export async function load(src: string, code: string, variant: 'card' | 'full', signal: AbortSignal): Promise<DetailsData> {
  const loader = sharedLoader();
  const [{ index }, shard] = await Promise.all([loader.index(src, { signal }), loader.school(src, code, { signal })]);
  let region: RegionShard | null = null;
  let surveys: SurveyFile[] = [];
  if (variant === 'full') {
    surveys = await loadAnsweredSurveys(loader, src, index, shard, signal);
    try {
      region = await loader.region(src, shard.school.address.region.code, { signal });
    } catch (error) {
      if (signal.aborted) throw error;
      // Without it the comparison keeps the region and the nation only.
      warn('school-profile', `comune and province averages unavailable: ${(error as Error).message}`);
    }
  }
  return { index, shard, region, surveys };
}

function sparkline(values: readonly (number | null)[]) {
  return html`<svg part="sparkline" viewBox="0 0 120 28" width="120" height="28" aria-hidden="true">${svg`<path d=${sparklinePath(values, 120, 28)} fill="none" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"></path>`}</svg>`;
}

function participation(series: readonly MetricSeries[], index: NationalIndex, lang: Language, level: number) {
  const t = DETAILS_MESSAGES[lang];
  const years = index.years;
  return section(
    'participation',
    level,
    t.participation,
    html`<ul class="metrics">
        ${series.map(({ metric, values, provisional }) => {
          // Its last measured year: PNRR 1.4.1's grants of 2022/23, not "0 € nel 2025/26", when it no longer ran.
          const last = lastMeasured(values);
          const latest = last >= 0 ? t.latest(formatValue(values[last]!, metric.unit, lang), formatSchoolYear(years[last]!)) : t.missing;
          return html`<li>
              <span class="metric">${localize(metric.label, lang)}</span>
              ${sparkline(values)}
              <span class="value">${latest}${provisional[last] ? ` (${t.provisional})` : ''}</span>
            </li>`;
        })}
      </ul>
      <details>
        <summary>${t.valuesByYear}</summary>
        <div part="table" class="scroll by-year" tabindex="0" role="region" aria-label=${t.valuesByYear}>
          <table>
            <thead>
              <tr>
                <th scope="col" class="sticky">${t.year}</th>
                ${series.map(({ metric }) => html`<th scope="col" class="num">${localize(metric.label, lang)}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${years.map(
                (year, i) =>
                  html`<tr>
                    <th scope="row" class="sticky">${formatSchoolYear(year)}</th>
                    ${series.map(
                      ({ metric, values, provisional }) =>
                        html`<td data-label=${localize(metric.label, lang)}>
                          ${formatValue(values[i] ?? null, metric.unit, lang)}${provisionalMark(provisional[i] && values[i] !== null, lang)}
                        </td>`,
                    )}
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>
        ${series.some((s) => s.values.some((v, i) => v !== null && s.provisional[i])) ? html`<p class="muted">${t.provisionalNote}</p>` : nothing}
      </details>`,
  );
}

/**
 * The comune's context as ISTAT's inner-areas map gives it: a provincial capital, its residents, its class and, out of
 * a pole, the minutes to the nearest one (a pole's own "0 min dal polo più vicino" said nothing); "n.d." when it has none.
 */
function contextText(context: ComuneContext, lang: Language): string {
  const t = DETAILS_MESSAGES[lang];
  const pole = context.innerArea === 'A' || context.innerArea === 'B';
  const parts = [
    context.capoluogo ? classLabel('capoluogo', 'capoluogo', lang) : null,
    context.population === null ? null : t.population(formatValue(context.population, 'count', lang)),
    context.innerArea === null
      ? null
      : t.innerArea(classLabel('innerArea', context.innerArea, lang)) +
        (context.travelMinutes === null || pole ? '' : `, ${t.travel(formatValue(context.travelMinutes, 'count', lang))}`),
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join('; ') : t.missing;
}

/**
 * A school's students and the school year they were counted in ("627 nel 2024/25": the rates per 1,000 students divide
 * by them); an institution's says in how many of its plessi, where the students' file lacks some (their pupils are in
 * no count: the sum is of the others).
 */
function studentsText(school: SchoolShard['school'], teaching: readonly Plesso[], year: number | undefined, lang: Language): string {
  const t = DETAILS_MESSAGES[lang];
  if (school.students === null) return t.missing;
  const count = formatValue(school.students, 'count', lang);
  const shown = year === undefined ? count : t.latest(count, formatSchoolYear(year));
  // Older contracts do not say a plesso's students (the key is absent): nothing to add.
  const known = school.code === school.institution.code && teaching.every((p) => p.students !== undefined);
  const counted = teaching.filter((p) => typeof p.students === 'number').length;
  return known && counted < teaching.length ? `${shown}, ${t.countedIn(counted, teaching.length)}` : shown;
}

function identity(shard: SchoolShard, studentsYear: number | undefined, lang: Language, level: number, full: boolean) {
  const t = DETAILS_MESSAGES[lang];
  const { school } = shard;
  const a = school.address;
  const website = safeHref(school.website, true);
  const comune = [a.cap, a.comune.name, a.province.acronym ? `(${a.province.acronym})` : ''].filter(Boolean).join(' ');
  const place = [a.street, comune, a.province.acronym ? '' : a.province.name, a.region.name].filter(Boolean).join(', ');
  const row = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  // The institution's office (its own registry row, no pupils) is not one of its plessi: its code heads the profile.
  const plessi = school.plessi.filter((p) => !p.office);
  // Institutions merged into it since: its participation in every year holds theirs (the build's successors file).
  const predecessors = school.institution.predecessors ?? [];
  return section(
    'identity',
    level,
    t.identity,
    html`<dl>
        ${row(t.institution, `${school.institution.name} (${school.institution.code})${predecessors.length > 0 ? `. ${t.predecessors(predecessors)}` : ''}`)}
        ${row(t.grade, schoolTypeText(school.grade, school.gradeGroup, lang))} ${row(t.address, place)}
        ${school.website ? row(t.website, website ? html`<a href=${website} rel="noopener">${breakableAddress(shownWebsite(school.website))}</a>` : school.website) : nothing}
        ${school.email ? row(t.email, breakableAddress(school.email)) : nothing} ${school.pec ? row('PEC', breakableAddress(school.pec)) : nothing} ${row(t.students, studentsText(school, plessi, studentsYear, lang))}
        ${row(t.plessi, t.plessiCount(plessi.length))} ${school.context ? row(t.context, contextText(school.context, lang)) : nothing}
      </dl>
      ${
        full && plessi.length > 0
          ? html`<ul class="plessi">
            ${plessi.map(
              (p) =>
                html`<li>
                  ${p.name} · ${schoolTypeText(p.grade, p.gradeGroup, lang)} · ${p.comuneName} · <code>${p.code}</code>${
                    p.students === undefined
                      ? nothing
                      : ` · ${t.plessoStudents(p.students === null ? null : formatValue(p.students, 'count', lang))}`
                  }
                </li>`,
            )}
          </ul>`
          : nothing
      }`,
  );
}

const provisionalNote = (text: string | null) => (text ? html`<p class="muted">${text}</p>` : nothing);

function indexSection(shard: SchoolShard, index: NationalIndex, lang: Language, level: number) {
  const t = DETAILS_MESSAGES[lang];
  const pillars = index.methods.index.pillars;
  return section(
    'index',
    level,
    t.index,
    html`<ul class="pillars">
        ${shard.index.pillars.map((p) => {
          const pillar = pillars.find((q) => q.id === p.id);
          const label = pillar ? localize(pillar.label, lang) : p.id;
          return html`<li>
            <span>${label}</span>
            ${
              p.score === null
                ? html`<span class="muted">${p.id === 'survey' && shard.index.band ? t.notAnswered : t.notScored}</span>`
                : html`<meter min="0" max="100" value=${p.score} aria-label=${label}></meter><span>${formatValue(p.score, 'count', lang, 1)}</span>`
            }
          </li>`;
        })}
      </ul>
      ${
        shard.index.band && shard.index.rankInterval
          ? html`<p>${t.position(shard.index.band, shard.index.rankInterval.nation[0], shard.index.rankInterval.nation[1], shard.index.rankInterval.runs)}</p>`
          : nothing
      }
      ${
        shard.index.studentsImputed
          ? html`<p class="muted">${shard.school.institution.students == null ? t.studentsImputed : t.studentsPartlyImputed}</p>`
          : nothing
      }
      ${provisionalNote(provisionalIndexText(index, 'index', lang))}
      ${
        shard.index.explanation.length > 0
          ? html`<p class="muted">${t.reasons}:</p>
            <ul>
              ${shard.index.explanation.map((reason) => html`<li>${localize(reason, lang)}</li>`)}
            </ul>`
          : nothing
      }`,
  );
}

function partnersAndFunding(shard: SchoolShard, lang: Language, level: number) {
  const t = DETAILS_MESSAGES[lang];
  const names = new Intl.DisplayNames([lang === 'en' ? 'en' : 'it'], { type: 'region' });
  const countryName = (code: string) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const partners = partnerCountries(shard);
  const funding = shard.participation.funding;
  return html`${section(
    'partners',
    level,
    t.partners,
    partners.length === 0
      ? html`<p class="muted">${t.noPartners}</p>`
      : html`<ul class="countries">${partners.map((p) => html`<li>${countryName(p.country)} (${t.partnerYears(p.years)})</li>`)}</ul>`,
  )}
  ${section(
    'funding',
    level,
    t.funding,
    funding.length === 0
      ? html`<p class="muted">${t.noFunding}</p>`
      : html`<div part="table" class="scroll" tabindex="0" role="region" aria-label=${t.funding}>
          <table>
            <thead>
              <tr><th scope="col" class="sticky">${t.year}</th><th scope="col">${t.programme}</th><th scope="col" class="num">${t.projects}</th><th scope="col" class="num">${t.amount}</th></tr>
            </thead>
            <tbody>
              ${funding.map(
                (f) =>
                  html`<tr>
                    <th scope="row" class="sticky">${formatSchoolYear(f.year)}</th>
                    <td class="text" data-label=${t.programme}>${localize(f.label, lang)}</td>
                    <td data-label=${t.projects}>${formatValue(f.projects, 'count', lang)}</td>
                    <td data-label=${t.amount}>${formatValue(f.amountEur, 'eur', lang)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`,
  )}`;
}

function provenance(data: DetailsData, lang: Language, level: number) {
  const t = DETAILS_MESSAGES[lang];
  return section(
    'provenance',
    level,
    t.provenance,
    html`<ul class="sources">
        ${data.index.sources.map((s) => {
          const url = safeHref(s.url, true);
          const name = sourceText(s, 'name', lang);
          return html`<li>${url ? html`<a href=${url} rel="noopener">${name}</a>` : name} · ${sourceText(s, 'licence', lang)} · ${sourceText(s, 'attribution', lang)}${s.synthetic ? html` · <strong>${t.syntheticSource}</strong>` : nothing}</li>`;
        })}
      </ul>
      <p class="muted">${t.release(data.shard.release, formatDay(publicationDate(data.shard.generatedAt), lang))}</p>`,
  );
}

export function render(raw: unknown, variant: 'card' | 'full', lang: Language, level: number): TemplateResult {
  const data = raw as DetailsData;
  const t = DETAILS_MESSAGES[lang];
  const { shard, index } = data;
  const series = schoolSeries(shard, index);
  const full = variant === 'full';
  const sub = level + 1;
  return html`<div part="base" class="details ${variant}">
    ${shard.synthetic ? html`<p part="notice" class="banner">${t.synthetic}</p>` : nothing}
    ${renderBadge({ index, shard }, lang, level, null)}
    ${identity(shard, index.studentsYear, lang, sub, full)} ${participation(series, index, lang, sub)} ${indexSection(shard, index, lang, sub)}
    ${
      shard.roleModel.is && shard.roleModel.reasons.length > 0
        ? section('role-model', sub, t.roleModel, html`<ul>${shard.roleModel.reasons.map((r) => html`<li>${localize(r, lang)}</li>`)}</ul>`)
        : nothing
    }
    ${full ? html`${partnersAndFunding(shard, lang, sub)} ${comparisonSection(shard, index, data.region, series, lang, sub)}` : nothing} ${mentorsSection(shard, index, lang, sub)}
    ${menteesSection(shard, lang, sub)}
    ${full ? surveysSection(shard, data.surveys, lang, (title) => heading(sub, title)) : nothing}
    ${full ? provenance(data, lang, sub) : nothing}
  </div>`;
}
