/**
 * The map's Play button, as a controller: it steps through the school years
 * every 1.2 s until paused or disconnected, and never starts when the reader
 * asked for reduced motion.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const STEP_MS = 1200;

export class YearPlayer implements ReactiveController {
  playing = false;
  readonly reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  private _timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly _host: ReactiveControllerHost,
    /** Moves to the next year; false when there is nothing to play. */
    private readonly _step: () => boolean,
  ) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  toggle(): void {
    if (this.playing) return this.stop();
    if (this.reducedMotion) return;
    this.playing = true;
    this._timer = setInterval(() => this._step() || this.stop(), STEP_MS);
    this._host.requestUpdate();
  }

  stop(): void {
    clearInterval(this._timer);
    if (!this.playing) return;
    this.playing = false;
    this._host.requestUpdate();
  }
}
