/**
 * A word written inside sentences ("provvisorio", "istituzioni") as a table's heading: with its capital. A module of
 * its own, so that a bundle whose first paint needs none (the badge) does not carry it for its lazy parts.
 */
export const heading = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
