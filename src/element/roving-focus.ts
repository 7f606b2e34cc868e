/**
 * One tab stop for a list of buttons (WCAG 2.4.3, and fewer stops to Tab
 * through): the items carry `data-roving`, the first starts with tabindex 0 and
 * the others -1; the arrow keys, Home and End move the focus and the tab stop.
 */
const STEPS: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

export function moveRovingFocus(event: KeyboardEvent): void {
  const container = event.currentTarget as HTMLElement;
  const items = [...container.querySelectorAll<HTMLElement>('[data-roving]')];
  const at = items.indexOf(event.target as HTMLElement);
  if (at < 0) return;
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : STEPS[event.key] === undefined ? -1 : at + STEPS[event.key]!;
  if (next < 0 || next >= items.length) return;
  event.preventDefault();
  for (const item of items) item.tabIndex = -1;
  items[next]!.tabIndex = 0;
  items[next]!.focus();
}

/**
 * After a render that added or took away items (a legend of fewer classes), exactly one keeps the tab stop: the
 * one that had it, or the first where none has (the list would be out of the keyboard's reach) or several have.
 */
export function keepOneTabStop(container: ParentNode | null): void {
  const items = [...(container?.querySelectorAll<HTMLElement>('[data-roving]') ?? [])];
  const stops = items.filter((item) => item.tabIndex === 0);
  if (stops.length === 1) return;
  for (const item of items) item.tabIndex = item === items[0] ? 0 : -1;
}
