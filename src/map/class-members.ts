/**
 * The areas of one class of a map's legend, for the element to set them apart
 * on the map: a class by its colour (the view colours every area with a value
 * by its class), and the areas without data by having none.
 */
import type { MapViewModel } from './map-view.js';

/** The legend's entry of the areas without data, beside the classes 0 to n − 1. */
export const NO_DATA_CLASS = -1;

/** The shown areas of class `k` (or of {@link NO_DATA_CLASS}), in the order they are drawn; none for a class the view has not. */
export function classMembers(view: Pick<MapViewModel, 'shown' | 'fills' | 'colours'>, k: number): number[] {
  const colour = k === NO_DATA_CLASS ? null : view.colours[k];
  if (colour === undefined) return [];
  const members: number[] = [];
  for (const i of view.shown) if ((view.fills.get(i) ?? null) === colour) members.push(i);
  return members;
}
