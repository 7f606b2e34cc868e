/**
 * The map's Play button, as a controller: it steps through the school years
 * every 1.2 s until paused or disconnected, and never starts while the reader
 * asks for reduced motion. The preference is followed as it changes (a reader
 * may turn it on with the page open: playing stops), and the button says why
 * it is off in text beside it, which a keyboard or touch reader sees too (a
 * `title` on a disabled button shows only to a mouse). It is off with
 * `aria-disabled`, not `disabled`, which would take the focus of a reader on
 * it when the preference turns on, and take it out of the tab order, where its
 * reason could not be found.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

const STEP_MS = 1200;
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

export class YearPlayer implements ReactiveController {
  playing = false;
  private readonly _query = typeof matchMedia === 'function' ? matchMedia(REDUCED_MOTION) : null;
  private _timer?: ReturnType<typeof setInterval>;
  constructor(
    private readonly _host: ReactiveControllerHost,
    /** Moves to the next year; false when there is nothing to play. */
    private readonly _step: () => boolean,
  ) {
    _host.addController(this);
  }

  private readonly _changed = () => {
    if (this.reducedMotion) this.stop();
    this._host.requestUpdate();
  };

  get reducedMotion(): boolean {
    return this._query?.matches ?? false;
  }

  hostConnected(): void {
    this._query?.addEventListener('change', this._changed);
  }

  hostDisconnected(): void {
    this._query?.removeEventListener('change', this._changed);
    this.stop();
  }

  toggle(): void {
    if (this.playing) return this.stop();
    if (this.reducedMotion) return;
    this.playing = true;
    // A step due as the preference turns on, before its change event: no step, playing stops.
    this._timer = setInterval(() => (this.reducedMotion ? this.stop() : this._step() || this.stop()), STEP_MS);
    this._host.requestUpdate();
  }

  stop(): void {
    clearInterval(this._timer);
    if (!this.playing) return;
    this.playing = false;
    this._host.requestUpdate();
  }

  /** The button, and under reduced motion the reason it is off. */
  render(t: { play: string; pause: string; playReduced: string }) {
    const reduced = this.reducedMotion;
    // A render before the preference's change event reaches us (the year's step, say) reads it already: never «Pausa»
    // on a button that is off.
    const playing = this.playing && !reduced;
    return html`<button @click=${() => this.toggle()} aria-disabled=${reduced ? 'true' : nothing} aria-describedby=${reduced ? 'play-reduced' : nothing}>
        ${playing ? t.pause : t.play}</button
      >${reduced ? html`<span id="play-reduced" class="note">${t.playReduced}</span>` : nothing}`;
  }
}
