// The demo page: loads a data source through the library's shared loader and
// shows what it holds, or the loader's localized error. Text from data is set
// with textContent, never as markup.
import { sharedLoader, formatSchoolYear, formatValue } from '../dist/index.js';

const form = document.querySelector('#inspect');
const input = document.querySelector('#src');
const result = document.querySelector('#result');
const params = new URLSearchParams(location.search);
input.value = params.get('src') ?? new URL('../demo-data/index.json', location.href).href;

const el = (tag, text, attrs = {}) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = String(text);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
};

let controller;
async function inspect(src) {
  controller?.abort();
  controller = new AbortController();
  result.replaceChildren(el('p', 'Caricamento…'));
  try {
    const { index, bundle } = await sharedLoader().index(src, { signal: controller.signal });
    const out = [
      el('h2', index.title.it),
      el(
        'p',
        `Generato il ${new Date(index.generatedAt).toLocaleString('it-IT')} · versione ${index.release}${bundle ? ' · file unico' : ''}`,
      ),
    ];
    if (index.synthetic)
      out.push(
        el('p', 'Attenzione: questi dati contengono valori sintetici generati da un modello, non dati reali.', {
          class: 'synthetic',
          role: 'note',
        }),
      );
    out.push(el('h3', 'Fonti'));
    const sources = el('ul');
    for (const source of index.sources)
      sources.append(el('li', `${source.name} — ${source.licence} — ${source.attribution}${source.synthetic ? ' (sintetico)' : ''}`));
    out.push(sources, el('h3', 'Indicatori'));
    const metrics = el('ul');
    for (const metric of index.metrics) metrics.append(el('li', `${metric.label.it} (${metric.id}, ${metric.unit})`));
    out.push(metrics, el('h3', 'Regioni'));
    const table = el('table');
    const head = el('tr');
    for (const title of ['Regione', 'Scuole', 'Istituzioni', ...index.years.map(formatSchoolYear)])
      head.append(el('th', title, { scope: 'col' }));
    table.append(el('caption', `${index.metrics[0]?.label.it ?? ''} per anno scolastico`), head);
    for (const region of index.regions) {
      const row = el('tr');
      row.append(
        el('th', region.name, { scope: 'row' }),
        el('td', formatValue(region.schools, 'count', 'it'), { class: 'num' }),
        el('td', formatValue(region.institutions, 'count', 'it'), { class: 'num' }),
      );
      const series = region.values[index.metrics[0]?.id ?? ''] ?? [];
      for (let i = 0; i < index.years.length; i++)
        row.append(el('td', formatValue(series[i] ?? null, index.metrics[0]?.unit ?? 'count', 'it'), { class: 'num' }));
      table.append(row);
    }
    const scroller = el('div', undefined, { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': 'Tabella delle regioni' });
    scroller.append(table);
    out.push(scroller);
    result.replaceChildren(...out);
  } catch (error) {
    if (error?.name === 'AbortError') return;
    console.warn('[scuole-europa demo]', error);
    const message = typeof error?.localizedMessage === 'function' ? error.localizedMessage('it') : String(error);
    result.replaceChildren(el('p', message, { class: 'error', role: 'alert' }));
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set('src', input.value);
  history.replaceState(null, '', url);
  inspect(input.value);
});
inspect(input.value);
