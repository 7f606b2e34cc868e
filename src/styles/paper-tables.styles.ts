import { css } from 'lit';

/**
 * Paper cannot scroll sideways: a table fits the page, its text smaller and its cells closer (a survey's table of
 * answers in table view, 876 px, and a profile's year by year table, 801 px, were cut at A4's 680). A word still
 * breaks only where it alone is wider than its cell, a number never. In every element's chrome, and again after the
 * profile's own table rules, which come later in its cascade.
 */
export const paperTablesStyles = css`
  @media print {
    table {
      font-size: 0.7em;
    }
    th,
    td {
      padding-inline: 0.3em;
    }
  }
`;
