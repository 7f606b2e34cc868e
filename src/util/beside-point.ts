/**
 * A tooltip beside a point, inside its box: its `side` (`left` or `right`)
 * `offset` px from that edge of the box, as wide as its text up to 18em and
 * the box (chrome.styles.ts) rather than the `room` beside the point, and
 * moved back by as much as it would pass the box's other edge (a translation
 * by its own width less the room). Placed beside the point with the room as
 * its width, it was as narrow as that room: in a phone's box with the
 * reader's text twice the size, the map's was 136 px wide and 2,400 tall, the
 * timeline's 140 and 600.
 */
export function besidePoint(side: 'left' | 'right', offset: number, room: number): Record<string, string> {
  const fits = `${Math.max(0, Math.round(room))}px`;
  return {
    [side]: `${Math.round(offset)}px`,
    width: 'max-content',
    transform: side === 'left' ? `translateX(min(0px, ${fits} - 100%))` : `translateX(max(0px, 100% - ${fits}))`,
  };
}
