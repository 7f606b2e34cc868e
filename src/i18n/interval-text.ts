/**
 * An interval in parentheses as a table's cell writes it, its dash kept with the low end by a no-break space: a narrow
 * column read «(0,4%», «–», «100%)». A module of its own: the profile's badge, which loads format.ts, carries none.
 */
export const intervalInParentheses = (low: string, high: string): string => `(${low}\u00a0– ${high})`;
