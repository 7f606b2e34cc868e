/**
 * A React 19 page that uses <territory-list> as React code would: a string
 * attribute, a number property, and a custom event handled by React (React 19
 * passes props that are element properties as properties, and `on` + event
 * name as a listener). Choosing a region re-renders with that region.
 */
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

function App({ src, onChosen }: { src: string; onChosen: (detail: unknown) => void }) {
  const [scope, setScope] = useState('nation');
  return createElement('territory-list', {
    src,
    kind: 'role-models',
    scope,
    limit: 5,
    'onterritory-list-select': (event: Event & { detail: { level: string; code: string } }) => {
      onChosen(event.detail);
      if (event.detail.level === 'regions') setScope(`region:${event.detail.code}`);
    },
  });
}

export function mountReact(container: HTMLElement, src: string, onChosen: (detail: unknown) => void): Root {
  const root = createRoot(container);
  root.render(createElement(App, { src, onChosen }));
  return root;
}

/**
 * A React 19 page whose profile shows the school its state holds, none at first (`code={null}`), as a dashboard
 * wires a search to a profile: React sets the element's `code` property to the value, null included.
 */
export function mountReactProfile(container: HTMLElement, src: string): { show(code: string | null): void; unmount(): void } {
  const root = createRoot(container);
  const show = (code: string | null) => flushSync(() => root.render(createElement('school-profile', { src, code })));
  show(null);
  return { show, unmount: () => root.unmount() };
}
