import { css } from 'lit';

/**
 * The accent as text and fills (`--_ink`), from the element's `--_accent`:
 * a host page's brand colour (`--se-color-primary`), darkened on the light
 * background and lightened on the dark one as far as a 4.5:1 contrast needs
 * (OKLCH lightness at most 0.5, or at least 0.8 with its chroma kept within
 * sRGB), so that no brand colour breaks contrast in either scheme. Forced
 * colours replace it with the system's.
 */
export const inkStyles = css`
  :host {
    --_ink: oklch(from var(--_accent) min(l, 0.5) c h);
  }
  @media screen and (prefers-color-scheme: dark) {
    :host {
      --_ink: oklch(from var(--_accent) max(l, 0.8) min(c, 0.12) h);
    }
  }
`;
