import { css } from 'lit';

/** The error box and the visually-hidden helper: the little every element needs, the badge included. */
export const statusStyles = css`
  [part~='error'] {
    padding: 0.75em 1em;
    border-inline-start: 4px solid #d9364f;
    background: #fbe9ec;
    color: #1a1a1a;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
