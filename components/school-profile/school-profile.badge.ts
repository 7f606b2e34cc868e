/** The badge: name, index gauge with its meaning, programmes, role-model ribbon, link to the full profile. */
import { html, nothing, svg } from 'lit';
import { fundingCounts } from '../../src/contract/funding-counts.js';
import type { Language } from '../../src/contract/vocabulary.js';
import { programmesOf, provisionalSince, sinceYear } from '../../src/profile/programmes.js';
import type { SchoolData } from '../../src/profile/load-school.js';
import { safeHref } from '../../src/util/safe-href.js';
import { MESSAGES } from './school-profile.messages.js';
import { isolateBidi } from '../../src/util/bidi.js';

const formats: Partial<Record<Language, Intl.NumberFormat>> = {};
const number = (value: number, lang: Language) =>
  (formats[lang] ??= new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'it-IT', { maximumFractionDigits: 1 })).format(value);
// The first Intl formatter a page builds, whatever its locale, costs ~15 ms while ICU loads its data (~50 on a slow
// two-core machine): it was most of a badge's time from its data to its paint. Built in a task of its own as the
// module loads, it is paid while the data downloads, as src/i18n/format.ts's prepareNumberFormats does for the other
// elements (whose formats the badge does not carry).
setTimeout(() => number(0, 'it'), 0);
export const schoolYear = (year: number) => `${year}/${String((year + 1) % 100).padStart(2, '0')}`;

/** Re-exported for the profile's other variants, which link from data too. */
export { safeHref };

function gauge(score: number, lang: Language) {
  const t = MESSAGES[lang];
  const shown = number(score, lang);
  return html`<div part="gauge" role="meter" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${score} aria-valuetext=${t.outOf(shown)} aria-labelledby="gauge-label">
    <svg viewBox="0 0 100 56" aria-hidden="true">
      ${
        // Closing tags, not "/>": the bundle's template minifier once dropped a self-closing slash, nesting the fill in the track.
        svg`<path class="track" d="M8 50A42 42 0 0 1 92 50" fill="none" stroke-width="10" pathLength="100"></path>
      <path class="fill" d="M8 50A42 42 0 0 1 92 50" fill="none" stroke-width="10" pathLength="100" stroke-dasharray=${`${score} 100`}></path>`
      }
    </svg>
    <span class="score">${shown}</span>
  </div>`;
}

export function renderBadge({ index, shard }: SchoolData, lang: Language, headingLevel: number, href: string | null) {
  const t = MESSAGES[lang];
  const { school } = shard;
  const score = shard.index.score;
  // A rank is never shown bare: the band (decile among institutions with activity) and the 90% interval of the uncertainty analysis.
  const interval = shard.index.rankInterval;
  const ranks = [
    shard.index.band ? t.band(shard.index.band) : '',
    interval ? t.between(interval.nation[0], interval.nation[1], t.italy) : '',
    interval ? t.between(interval.region[0], interval.region[1], school.address.region.name) : '',
  ].filter(Boolean);
  const since = sinceYear(index.methods?.index?.referenceYears, index.years ?? []);
  // Funding is a programme of the badge only where it counts as internationalisation (an index pillar).
  const withFunding = fundingCounts(index);
  const programmes = programmesOf(shard, since, withFunding);
  // The index reads these programmes in these years: where one is still being reported it may change, as the card says.
  const reporting = programmes.some((p) => provisionalSince(index, p.id, since));
  const province = school.address.province.acronym ? ` (${school.address.province.acronym})` : '';
  return html`<article part="base badge" aria-labelledby="name">
    ${shard.roleModel.is ? html`<p part="ribbon">${t.roleModel}</p>` : nothing}
    <div id="name" class="name" part="name" role="heading" aria-level=${headingLevel}>${isolateBidi(school.name)}</div>
    <p class="place">${isolateBidi(school.address.comune.name)}${province} · ${school.code}</p>
    ${school.institution.code === school.code ? nothing : html`<p class="place">${t.ofInstitution(isolateBidi(school.institution.name))}</p>`}
    ${
      score === null
        ? html`<p class="muted">${t.noScore}</p>`
        : html`${gauge(score, lang)}
          <p class="muted"><span id="gauge-label">${t.index}${reporting ? t.stillProvisional : ''}</span>${ranks.length ? html`: ${ranks.join(' · ')}` : nothing}</p>`
    }
    <ul part="programmes" aria-label=${t.programmes}>
      ${programmes.map(
        (p) =>
          html`<li class=${p.active ? 'on' : 'off'}>
            <strong>${t.names[p.id]}</strong>${p.recognised ? ` (${t.recognised[p.id]})` : ''}: ${p.active && p.lastYear !== null ? t.active(schoolYear(p.lastYear)) : t.inactive}${p.active || !provisionalSince(index, p.id, since) ? '' : t.stillProvisional}
          </li>`,
      )}
    </ul>
    ${shard.synthetic ? html`<p part="notice">${t.synthetic}</p>` : nothing}
    ${href ? html`<a part="link" href=${href}>${t.fullProfile}<span class="visually-hidden">: ${school.name}</span></a>` : nothing}
  </article>`;
}
