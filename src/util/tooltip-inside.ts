/**
 * A tooltip's offset from one side of its box (its `left` or `right`), pushed
 * back where the tooltip, as wide as its text up to 18em and the box
 * (chrome.styles.ts), would pass the other side. Placed beside a point, it was
 * as narrow as the room there: in a phone's box with the reader's text twice
 * the size, the map's was 136 px wide and 2,400 tall, the timeline's 140 and
 * 600.
 */
export const insideBox = (offset: number): string => `max(0px, min(${Math.round(offset)}px, 100% - min(18em, 100%)))`;
