import { css } from 'lit';

/**
 * The same shades at the top and bottom of a list the page caps in height
 * (`downward`): the dashboard's third shadow zone lay under a box that showed
 * two and a line cut in half. As `scroll-cue.styles.ts` draws them sideways,
 * in its own module so that only the elements with such a list carry it.
 */
export const downwardCueStyles = css`
  .downward {
    --_shade: color-mix(in srgb, var(--_text) 30%, transparent);
    background:
      linear-gradient(var(--_background) 40%, transparent) top / 100% 2em no-repeat local,
      linear-gradient(to top, var(--_background) 40%, transparent) bottom / 100% 2em no-repeat local,
      linear-gradient(var(--_shade), transparent) top / 100% 0.75em no-repeat scroll,
      linear-gradient(to top, var(--_shade), transparent) bottom / 100% 0.75em no-repeat scroll;
  }
`;
