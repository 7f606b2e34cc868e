import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../src/contract/vocabulary.js';
import { absoluteUrl } from '../../src/data/shard-urls.js';
import { DataView, initialState } from '../../src/element/data-view.js';
import { ScuoleElement } from '../../src/element/scuole-element.js';
import { UsageError } from '../../src/element/usage-error.js';
import { isDataError } from '../../src/errors.js';
import { loadSchool, type SchoolData } from '../../src/profile/load-school.js';
import { renderBadge, safeHref } from './school-profile.badge.js';
import { MESSAGES, type BadgeMessages, type ProfileUsage } from './school-profile.messages.js';
import type { renderNotFound } from './school-profile.not-found.js';
import { schoolProfileStyles } from './school-profile.styles.js';

export const PROFILE_VARIANTS = ['badge', 'card', 'full'] as const;
export type ProfileVariant = (typeof PROFILE_VARIANTS)[number];

/** What the card and full variants add, loaded only when one of them is shown. */
export interface DetailsModule {
  /** Once per element, when a card or full profile first shows: its styles, and the focus kept in it (src/element/keep-focus.ts). */
  attach(host: SchoolProfile): void;
  load(src: string, code: string, variant: 'card' | 'full', signal: AbortSignal): Promise<unknown>;
  render(data: unknown, variant: 'card' | 'full', lang: Language, headingLevel: number): TemplateResult;
}

type ProfileData =
  | { status: 'badge'; data: SchoolData }
  | { status: 'details'; data: unknown; details: DetailsModule; variant: 'card' | 'full' }
  | { status: 'not-found'; code: string; render: typeof renderNotFound };

/**
 * One school's internationalisation: a compact badge for the school's own site,
 * a card, or the full profile (identity, participation by programme and year,
 * partner countries, funding, the index and its reasons, mentors, comparison
 * with its areas, provenance). A badge downloads the index and the school's own
 * shard only. Content written inside the element (a plain link, say) shows
 * until the profile is ready, and stays if scripts fail.
 *
 * @tagname school-profile
 * @summary A school's internationalisation at a glance.
 *
 * @slot - Fallback content, shown while loading, on errors and without scripts.
 *
 * @csspart base - The wrapper of everything.
 * @csspart badge - The badge's box.
 * @csspart name - The school's name.
 * @csspart ribbon - The role-model ribbon.
 * @csspart gauge - The index gauge.
 * @csspart programmes - The list of programmes.
 * @csspart link - The link to the full profile.
 * @csspart notice - The synthetic-data notice.
 * @csspart section - A section of the card or full profile.
 * @csspart sparkline - A sparkline of the card or full profile.
 * @csspart table - A table of the card or full profile.
 * @csspart error - The error message.
 *
 * @cssproperty --school-profile-accent - Links (default: --se-color-primary, #0066cc).
 * @cssproperty --school-profile-gauge - The filled part of the gauge and the sparklines.
 * @cssproperty --school-profile-ribbon - The role-model ribbon's background.
 * @cssproperty --school-profile-text - Text colour.
 * @cssproperty --school-profile-muted - Secondary text.
 * @cssproperty --school-profile-rule - Borders and the gauge's track.
 * @cssproperty --school-profile-background - Background colour.
 * @cssproperty --school-profile-focus - Focus ring.
 * @cssproperty --school-profile-font - Font family.
 */
export class SchoolProfile extends ScuoleElement<BadgeMessages> {
  static override styles = schoolProfileStyles;

  // Declared without decorators: the badge's budget has no room for their code.
  static override properties = {
    src: {},
    code: {},
    variant: { reflect: true },
    href: {},
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** URL of the contract's index.json (or of a self-contained bundle). */
  src = '';

  /** The school's codice meccanografico (case-insensitive). */
  code = '';

  /** badge, card or full. */
  variant: ProfileVariant = 'badge';

  /** Link of the badge to the full profile; `{code}` is replaced by the school's code. */
  href = '';

  /** Level of the school name's heading (1-6), to fit the host page's outline. */
  headingLevel = 2;

  protected readonly _messages = MESSAGES;
  /** After a mentor or a mentee is opened from the profile, the focus goes to the new school's name. */
  private _focusName = false;

  private readonly _data = new DataView(this, {
    args: () => [this.src, this.code.trim().toUpperCase(), this.variant] as const,
    load: (args, signal) => this._load(...args, signal),
  });

  constructor() {
    super();
    // A mentor or a mentee opened from the profile: show it here (a <linked-view> around also moves the page's state).
    this.addEventListener('school-profile-select', (event) => {
      this.code = (event as Event & { detail: { code: string } }).detail.code;
      this._focusName = true;
    });
  }

  protected override updated(): void {
    const name = this._focusName && this._data.view && this.renderRoot.querySelector<HTMLElement>('[part~="name"]');
    if (name) {
      this._focusName = false;
      name.tabIndex = -1;
      name.focus();
    }
  }

  private async _load(src: string, code: string, variant: string, signal: AbortSignal): Promise<ProfileData | typeof initialState> {
    // No school yet: the profile waits, saying nothing in the page, with a hint in the console unless
    // the page shows how it gets one: hidden (a dashboard before any choice) or named by a search's `profile`.
    if (!code) {
      if (!this.hidden && !this._awaitsSearch())
        this._warnOnce(`${MESSAGES.en.usage.code()} It shows nothing until one is set.`, 'no-code');
      return initialState;
    }
    if (!src) throw new UsageError<ProfileUsage>('src');
    if (!(PROFILE_VARIANTS as readonly string[]).includes(variant)) throw new UsageError<ProfileUsage>('variant', variant);
    try {
      if (variant === 'badge') return { status: 'badge', data: await loadSchool(src, code, signal) };
      const details = (await import('./school-profile.details.js')) as DetailsModule;
      const data = await details.load(src, code, variant as 'card' | 'full', signal);
      details.attach(this);
      return { status: 'details', details, variant: variant as 'card' | 'full', data };
    } catch (error) {
      // Unknown school: its shard is missing, or the data does not name it. A missing index is a data error like any other.
      if (!signal.aborted && isDataError(error) && error.notFound && (error.code === 'not-found' || error.url !== absoluteUrl(src))) {
        this._warnOnce(`no school ${JSON.stringify(code)} in ${src}`);
        // The sentence and the way to search (<school-search>) come only now.
        const { renderNotFound } = await import('./school-profile.not-found.js');
        return { status: 'not-found', code, render: renderNotFound };
      }
      throw error;
    }
  }

  /** Whether a `<school-search>` of the same page or shadow root opens its choice here. */
  private _awaitsSearch(): boolean {
    const searches = (this.getRootNode() as ParentNode).querySelectorAll('school-search');
    return this.id !== '' && [...searches].some((search) => search.getAttribute('profile') === this.id);
  }

  private _href(code: string): string | null {
    return this.href ? safeHref(this.href.replace(/\{code\}/g, encodeURIComponent(code))) : null;
  }

  /** @internal While loading, the content written inside the element shows (a plain link, say). */
  override renderLoading() {
    return html`<slot></slot><p class="visually-hidden" role="status">${this._t.loading}</p>`;
  }

  /** @internal The error, and the content written inside the element after it. */
  override renderError(error: unknown) {
    return html`${super.renderError(error)}<slot></slot>`;
  }

  protected override render() {
    const view = this._data.view;
    if (!view) return this._data.status === 'idle' ? html`<slot></slot>` : this._data.renderStatus();
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    switch (view.status) {
      case 'badge':
        return renderBadge(view.data, this._lang, level, this._href(view.data.shard.school.code));
      case 'details':
        return view.details.render(view.data, view.variant, this._lang, level);
      case 'not-found':
        return view.render(view.code, this.src, this._lang, (code) => (this.code = code));
    }
    return nothing;
  }
}
