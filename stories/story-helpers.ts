/**
 * What every element's stories share: the URLs of the story data (written by
 * scripts/write-story-data.ts), the error cases, and a render function that
 * turns Storybook args into attributes (strings, numbers) and properties
 * (booleans), so that controls drive the real public API.
 */
export const DATA = '/data/contract/index.json';

/** A small site's file: one region (Toscana), everything inlined, its schools' search index too. */
export const BUNDLE = '/data/bundle/bundle-09.json';

/** Every data error an element can meet, by the `src` that causes it. */
export const ERROR_SOURCES = {
  NotFound: '/data/missing/index.json',
  BrokenJson: '/data/broken/index.json',
  WebPage: '/data/web-page/index.json',
  WrongShape: '/data/wrong-shape/index.json',
  FutureVersion: '/data/future/index.json',
} as const;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A fresh element with the args applied: attributes for text and numbers, properties for booleans. */
export function renderElement(tag: string, args: Record<string, unknown>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '' || typeof value === 'function' || typeof value === 'object') continue;
    if (typeof value === 'boolean') (element as unknown as Record<string, unknown>)[name] = value;
    else element.setAttribute(kebab(name), String(value));
  }
  return element;
}

/** The controls of a vocabulary (an `as const` array of the element's types). */
export const choice = (options: readonly string[]) => ({ control: 'select' as const, options: [...options] });
