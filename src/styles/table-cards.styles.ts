import { css } from 'lit';

/**
 * A table as cards where its element is narrower than 14em of its text (a
 * phone's 296 px column with the reader's text a third larger or more; 224 px
 * at its usual size, where a sidebar's 240 px still scroll sideways): each
 * row a card, its heading (the row's `th`) first, where a rank came before it
 * too (its class `sticky`), then each cell after its column's heading, which
 * the cell carries as `data-label`.
 * Side by side, the columns left a strip of 130 px beside row headings capped
 * at 55% (sticky-heads.styles.ts): «Indicatore» read «Indicato re», «eTwinning»
 * «eTwinni ng», and the values passed by a word at a time. The column
 * headings' row is not drawn; the labels are read aloud with their values
 * (a browser may drop a table's semantics once its cells are blocks, and the
 * values would be read without their columns). Include it after the table's
 * own styles.
 */
export const tableCardsStyles = css`
  @container (max-width: 14em) {
    [part~='table'] :is(table, tbody, th, td) {
      display: block;
    }
    [part~='table'] thead {
      display: none;
    }
    [part~='table'] tr {
      display: flex;
      flex-direction: column;
      padding-block: 0.4em;
      border-block-end: 1px solid var(--_rule);
    }
    [part~='table'] :is(th, td) {
      border: 0;
      padding: 0.1em 0;
      text-align: start;
    }
    [part~='table'] .sticky {
      order: -1;
      position: static;
      inline-size: auto;
      min-inline-size: 0;
      max-inline-size: none;
    }
    [data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
      font-weight: 400;
    }
  }
`;
