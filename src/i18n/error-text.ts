/**
 * The catalogue of error messages in Italian and English. It is loaded only when
 * something fails (see `localizeError` in errors.ts), so it may be as explicit
 * as users need without weighing on any element's success path.
 */
import type { ContractIssue, LocalizedText } from '../contract/contract.types.js';
import type { Node, RawIssue } from '../contract/schema-dsl.js';
import type { ErrorFacts, SchemaErrorFacts } from '../error-facts.js';
import { isPlainHttp } from '../util/loopback.js';
import { andList } from './and-list.js';

// ── issues as found → issues as shown ─────────────────────────────────────

/** Renders a found value briefly and safely (it ends up in messages, never in markup). */
export function describeValue(value: unknown): string {
  if (value === undefined) return '—';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[…] (${value.length})`;
  return typeof value === 'object' ? '{…}' : typeof value;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** JSONPath of a list of keys: `$.regions[3]["etwinning.projects"]`. */
export function jsonPath(keys: readonly (string | number)[]): string {
  let path = '$';
  for (const key of keys) path += typeof key === 'number' ? `[${key}]` : IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return path;
}

type Expectation = Pick<ContractIssue, 'expect' | 'params'>;

function expectationOf(node: Node, value: unknown): Expectation {
  // A value of the right type that breaks a constraint is described by the constraint.
  if ('key' in node && node.key && (node.t === typeof value || node.t === 'literal')) return { expect: node.key };
  switch (node.t) {
    case 'enum':
      return { expect: 'enum', params: node.values };
    case 'literal':
      return { expect: 'literal', params: [node.value] };
    case 'nullable':
      return expectationOf(node.of, value);
    default:
      return { expect: `type.${node.t}` };
  }
}

/** Converts one raw issue into a contract issue. */
export function toContractIssue(issue: RawIssue): ContractIssue {
  const path = jsonPath(issue.path);
  if (!issue.node)
    return { path, expect: issue.expect ?? 'document', ...(issue.params && { params: issue.params }), found: describeValue(issue.value) };
  if (issue.missing) {
    const inner = expectationOf(issue.node, undefined);
    return { path, expect: 'required', params: [inner.expect, ...(inner.params ?? [])], found: '—' };
  }
  return { path, ...expectationOf(issue.node, issue.value), found: describeValue(issue.value) };
}

// ── the catalogue ─────────────────────────────────────────────────────────

const t = (it: string, en: string): LocalizedText => ({ it, en });

/** Expectations named by message keys in the schemas. */
const EXPECTATIONS: Record<string, LocalizedText | ((params: readonly (string | number)[]) => LocalizedText)> = {
  'code.region': t('un codice ISTAT di regione da "01" a "20"', 'an ISTAT region code from "01" to "20"'),
  'code.province': t('un codice ISTAT di provincia di tre cifre, come "017"', 'a three-digit ISTAT province code, like "017"'),
  'code.comune': t('un codice ISTAT di comune di sei cifre, come "058091"', 'a six-digit ISTAT comune code, like "058091"'),
  'code.belfiore': t('un codice catastale (Belfiore), come "H501"', 'a cadastral (Belfiore) code, like "H501"'),
  'code.school': t(
    'un codice meccanografico di 10 caratteri maiuscoli, come "BSIC8AH00E"',
    'a 10-character upper-case school code, like "BSIC8AH00E"',
  ),
  'code.acronym': t('una sigla di provincia di due lettere maiuscole, come "BS"', 'a two-letter upper-case province acronym, like "BS"'),
  'code.country': t('un codice di paese ISO 3166-1 di due lettere, come "FR"', 'a two-letter ISO 3166-1 country code, like "FR"'),
  'code.metric': t('un identificativo di indicatore, come "etwinning.projects"', 'a metric id, like "etwinning.projects"'),
  'code.identifier': t('un identificativo in minuscolo, come "erasmus"', 'a lower-case identifier, like "erasmus"'),
  'code.nation': t('il codice "IT"', 'the code "IT"'),
  'code.area': t(
    'il codice ISTAT di un comune (sei cifre) o di una provincia (tre)',
    'an ISTAT code of a comune (six digits) or a province (three)',
  ),
  count: t('un numero intero maggiore o uguale a zero', 'a whole number greater than or equal to zero'),
  rank: t('una posizione in classifica (intero da 1)', 'a rank (a whole number from 1)'),
  'non-negative': t('un numero maggiore o uguale a zero', 'a number greater than or equal to zero'),
  positive: t('un numero maggiore di zero', 'a number greater than zero'),
  score: t('un punteggio da 0 a 100', 'a score from 0 to 100'),
  weight: t('un peso da 0 a 1', 'a weight from 0 to 1'),
  share: t('una quota da 0 a 1', 'a share from 0 to 1'),
  band: t('una fascia da 1 a 10', 'a band from 1 to 10'),
  year: t('un anno scolastico tra 1990 e 2100 (2023 = 2023/24)', 'a school year between 1990 and 2100 (2023 = 2023/24)'),
  'non-empty': t('un testo non vuoto', 'a non-empty text'),
  timestamp: t('una data e ora ISO 8601, come "2025-09-01T00:00:00Z"', 'an ISO 8601 date and time, like "2025-09-01T00:00:00Z"'),
  contract: t('la versione del contratto, come "scuole-europa/1"', 'the contract version, like "scuole-europa/1"'),
  cap: t('un CAP di cinque cifre', 'a five-digit postal code'),
  'kind.index': t('il tipo di documento "index"', 'the document kind "index"'),
  'kind.region': t('il tipo di documento "region"', 'the document kind "region"'),
  'kind.school': t('il tipo di documento "school"', 'the document kind "school"'),
  'kind.bundle': t('il tipo di documento "bundle"', 'the document kind "bundle"'),
  'kind.areas': t('il tipo di documento "areas"', 'the document kind "areas"'),
  'kind.areasLatest': t('il tipo di documento "areas-latest"', 'the document kind "areas-latest"'),
  'kind.survey': t('il tipo di documento "survey"', 'the document kind "survey"'),
  date: t('una data ISO 8601, come "2026-03-02"', 'an ISO 8601 date, like "2026-03-02"'),
  'kind.search': t('il tipo di documento "search"', 'the document kind "search"'),
  topology: t('una topologia TopoJSON ("type": "Topology")', 'a TopoJSON topology ("type": "Topology")'),
  'topology.packed': t('una topologia compatta ("type": "PackedTopology")', 'a packed topology ("type": "PackedTopology")'),
  'arc.length': t('il numero di posizioni di un arco, intero e almeno 2', "an arc's number of positions, a whole number of at least 2"),
  'arcs.positions': (p) => t(`${p[0]} numeri, due per posizione degli archi`, `${p[0]} numbers, two per position of the arcs`),
  'ring.count': t('un numero intero, almeno 1', 'a whole number, at least 1'),
  'packed.features': (p) => t(`${p[0]} valori, uno per elemento`, `${p[0]} values, one per feature`),
  'packed.polygons': (p) => t(`${p[0]} numeri, uno per poligono`, `${p[0]} numbers, one per polygon`),
  'packed.rings': (p) => t(`${p[0]} numeri, uno per anello`, `${p[0]} numbers, one per ring`),
  'packed.indices': (p) => t(`${p[0]} indici, uno per arco degli anelli`, `${p[0]} indices, one per arc of the rings`),
  'ref.arc': (p) => t(`l'indice di uno dei ${p[0]} archi`, `the index of one of the ${p[0]} arcs`),
  'geometry-collection': t('un oggetto TopoJSON "GeometryCollection"', 'a TopoJSON "GeometryCollection" object'),
  // Plain types.
  'type.string': t('un testo', 'a text'),
  'type.number': t('un numero', 'a number'),
  'type.boolean': t('un valore vero/falso', 'a true/false value'),
  'type.array': t('un elenco', 'a list'),
  'type.object': t('un oggetto', 'an object'),
  'type.record': t('un oggetto', 'an object'),
  'type.tuple': t('una coppia di numeri', 'a pair of numbers'),
  'type.union': t('un numero, un testo o un valore vero/falso', 'a number, a text or a true/false value'),
  enum: (p) => t(`uno di ${list(p)}`, `one of ${list(p)}`),
  literal: (p) => t(`il valore ${list(p)}`, `the value ${list(p)}`),
  required: (p) => {
    const inner = expectation(String(p[0]), p.slice(1));
    return t(`un campo obbligatorio: ${inner.it}`, `a required field: ${inner.en}`);
  },
  // The document as a whole.
  document: t('un documento del contratto (un oggetto JSON)', 'a contract document (a JSON object)'),
  kind: (p) => t(`il tipo di documento ${list(p)}`, `the document kind ${list(p)}`),
  'topology.object': (p) => t(`un oggetto chiamato ${list(p)}`, `an object named ${list(p)}`),
  'feature.code': (p) => t(`il codice ISTAT dell'area (livello ${p[0]})`, `the area's ISTAT code (${p[0]} layer)`),
  'search.lines': (p) => t(`${p[0]} righe, una per scuola`, `${p[0]} lines, one per school`),
  'search.head': t('il codice di un\'istituzione ("*CODICE") prima dei suoi plessi', 'an institution code ("*CODE") before its plessi'),
  'search.char': t('un solo segno di punteggiatura', 'a single punctuation character'),
  'search.acronym': t('la sigla di una provincia (due lettere maiuscole)', "a province's acronym (two capital letters)"),
  'search.provinces': (p) =>
    t(`al più ${p[0]} comuni in tutto, quanti ne elenca "comuni"`, `at most ${p[0]} comuni in all, as many as "comuni" lists`),
  'shard.key': (p) => t(`${list(p)}, il codice richiesto`, `${list(p)}, the code asked for`),
  'shards.areas': t('il modello dei file delle aree, accanto a "areasLatest"', 'the template of the area files, beside "areasLatest"'),
  'year.latest': (p) =>
    t(
      `${p[0]}, l'ultimo anno dell'indice (un file di un'altra pubblicazione?)`,
      `${p[0]}, the index's last year (a file of another release?)`,
    ),
  // Rules between fields (semantic-checks.ts).
  'years.ascending': (p) =>
    t(`un anno successivo a ${p[0]} (anni in ordine crescente, senza ripetizioni)`, `a year after ${p[0]} (years ascending, no repeats)`),
  'metric.defined': t('un indicatore definito in "metrics" dell\'indice', 'a metric defined in the index "metrics"'),
  'series.length': (p) => t(`un elenco di ${p[0]} valori, uno per anno`, `a list of ${p[0]} values, one per year`),
  'columns.length': (p) => t(`un elenco di ${p[0]} valori, uno per comune`, `a list of ${p[0]} values, one per comune`),
  'ref.reason': t('il numero di una delle ragioni in "reasons"', 'the number of one of the reasons in "reasons"'),
  'survey.code': (p) =>
    t(
      `un codice di livello ${p[0]} ("IT", una regione o una provincia ISTAT)`,
      `a code of the ${p[0]} level ("IT", an ISTAT region or province)`,
    ),
  'survey.count': (p) => t(`un numero non oltre ${p[0]}`, `a number no greater than ${p[0]}`),
  'survey.results': (p) => t(`${p[0]} risultati, uno per domanda od opzione`, `${p[0]} results, one per question or option`),
  'survey.question': (p) => t(`la domanda "${p[0]}", nell'ordine delle domande`, `the question "${p[0]}", in the questions' order`),
  'survey.option': (p) => t(`l'opzione "${p[0]}", nell'ordine delle opzioni`, `the option "${p[0]}", in the options' order`),
  'survey.interval': (p) =>
    t(`una stima tra gli estremi del suo intervallo (${p[0]}–${p[1]})`, `an estimate within its interval (${p[0]}–${p[1]})`),
  'survey.suppressed': t('nessuna stima in un risultato soppresso', 'no estimate in a suppressed result'),
  unique: (p) => t(`un valore non ripetuto (${p[0]} compare già)`, `a unique value (${p[0]} appears already)`),
  'ref.programme': t('un programma presente nel documento', 'a programme present in the document'),
  'ref.source': t('una fonte presente nel documento', 'a source present in the document'),
  'ref.province': t('una provincia presente nel documento', 'a province present in the document'),
  'ref.comune': t('un comune presente nel documento', 'a comune present in the document'),
  'ref.institution': t("il codice di un'istituzione presente nel documento", 'the code of an institution present in the document'),
  'ref.region': t("una regione dell'indice", 'a region of the index'),
  'region.match': (p) => t(`il codice della regione del documento, "${p[0]}"`, `the document's region code, "${p[0]}"`),
  'weights.sum': t('pesi dei pilastri che sommano a 1', 'pillar weights adding up to 1'),
  'interval.order': (p) =>
    t(`un numero non inferiore a ${p[0]}, l'altro estremo dell'intervallo`, `a number no lower than ${p[0]}, the interval's other end`),
  'day.order': (p) => t(`un giorno non precedente a ${p[0]}`, `a day not before ${p[0]}`),
  'annotation.order': (p) => t(`un anno non precedente a ${p[0]}`, `a year not before ${p[0]}`),
  'final.year': (p) => t(`un anno precedente a ${p[0]}, l'anno del file`, `a year before ${p[0]}, the file's year`),
  template: (p) => t(`un modello di URL che contiene ${p[0]}`, `a URL template containing ${p[0]}`),
};

const list = (params: readonly (string | number)[]) => params.map((p) => JSON.stringify(p)).join(' | ');

/** What was expected, in both languages. */
export function expectation(key: string, params: readonly (string | number)[] = []): LocalizedText {
  const entry = EXPECTATIONS[key];
  if (!entry) return t(key, key);
  return typeof entry === 'function' ? entry(params) : entry;
}

/** True when the catalogue can say what `key` expects (tests check every key the validator emits). */
export function knowsExpectation(key: string): boolean {
  return key in EXPECTATIONS;
}

/** One line for an issue, in the given language. */
export function issueText(issue: ContractIssue, lang: 'it' | 'en'): string {
  const expected = expectation(issue.expect, issue.params)[lang];
  return lang === 'it'
    ? `in ${issue.path}: atteso ${expected}, trovato ${issue.found}`
    : `at ${issue.path}: expected ${expected}, found ${issue.found}`;
}

/** Fills in the readable issues of a schema error (once). */
export function describeSchemaError<E extends SchemaErrorFacts>(error: E): E {
  if (error.issues.length === 0 && error.raw.length > 0) error.issues = error.raw.map(toContractIssue);
  return error;
}

/** `url` as the page reads it (resolved against the page's address); null outside a page, or where it is no address. */
function onPage(url: string | undefined): URL | null {
  if (!url || typeof location === 'undefined') return null;
  try {
    return new URL(url, location.href);
  } catch {
    return null;
  }
}

/** The origin of `address` when it is not the page's (null on the same origin, or outside a page). */
function crossOrigin(address: URL | null): string | null {
  return address && address.origin !== location.origin ? address.origin : null;
}

/**
 * Whether `address` is asked for over http from a page on https, which the browser blocks as mixed content whatever
 * the data host sends (src/util/loopback.ts).
 */
const insecureFromSecurePage = (address: URL | null): boolean => !!address && location.protocol === 'https:' && isPlainHttp(address);

/** The part of the Reporting API's observer read here (typed here: not every browser has it). */
interface ReportingObserverLike {
  observe(): void;
  takeRecords(): unknown[];
  disconnect(): void;
}

/** What the Reporting API says of a Content-Security-Policy violation (Chromium's `CSPViolationReportBody`). */
interface PolicyReport {
  body?: { effectiveDirective?: string; blockedURL?: string | null } | null;
}

/**
 * The origin of `url` when the page's Content-Security-Policy refused a download from it (connect-src): the browser
 * tells a refused request from a network down only in its violation reports, read here from the page's buffer of
 * them (`ReportingObserver`, buffered), so that nothing listens on the way of a download that succeeds. Where the
 * browser has no such reports (Firefox), the network's text stays.
 */
function refusedByPolicy(address: URL | null): string | null {
  const Observer = (globalThis as { ReportingObserver?: new (callback: () => void, options: object) => ReportingObserverLike })
    .ReportingObserver;
  if (!address || !Observer) return null;
  const { origin } = address;
  try {
    const observer = new Observer(() => undefined, { types: ['csp-violation'], buffered: true });
    observer.observe();
    const reports = observer.takeRecords() as PolicyReport[];
    observer.disconnect();
    const refused = reports.some(
      ({ body }) =>
        body?.effectiveDirective === 'connect-src' && !!body.blockedURL && new URL(body.blockedURL, location.href).origin === origin,
    );
    return refused ? origin : null;
  } catch {
    return null;
  }
}

/** The texts of a data error. */
export function errorText(error: ErrorFacts): LocalizedText {
  const at = error.url ? ` (${error.url})` : '';
  // A `src` written as the data's folder («…/dati/»), which a server answers with a listing, its home page or an error.
  const path = error.url?.split(/[?#]/)[0] ?? '';
  const folder = path.endsWith('/') ? path : '';
  const inFolder = (text: LocalizedText): LocalizedText =>
    folder
      ? {
          it: `${text.it} L'indirizzo è quello di una cartella: scrivete in src quello del suo index.json (${folder}index.json).`,
          en: `${text.en} The address is a folder's: write the address of its index.json in src (${folder}index.json).`,
        }
      : text;
  switch (error.code) {
    case 'network': {
      const address = onPage(error.url);
      const refused = refusedByPolicy(address);
      if (refused)
        return t(
          `Impossibile scaricare i dati${at}: la Content-Security-Policy di questa pagina non consente di scaricarli da ${refused}. Aggiungete ${refused} alla sua direttiva connect-src.`,
          `Could not download the data${at}: this page's Content-Security-Policy does not allow downloading it from ${refused}. Add ${refused} to its connect-src directive.`,
        );
      if (insecureFromSecurePage(address))
        return t(
          `Impossibile scaricare i dati${at}: la pagina è in https e i dati in http, e il browser blocca una richiesta non protetta da una pagina protetta. Pubblicate i dati in https e scrivetene in src l'indirizzo https.`,
          `Could not download the data${at}: the page is on https and the data on http, and the browser blocks an insecure request from a secure page. Publish the data on https and write its https address in src.`,
        );
      // The browser does not tell a refused cross-origin request from a network down: say both, and what the data host must send.
      const other = crossOrigin(address);
      return other
        ? t(
            `Impossibile scaricare i dati da ${other}: la richiesta è stata bloccata o la rete non risponde (errore di rete${at}). Se la pagina e i dati sono su siti diversi, il server dei dati deve inviare l'intestazione «Access-Control-Allow-Origin: *» (CORS).`,
            `Could not download the data from ${other}: the request was blocked or the network is down (network error${at}). When the page and the data are on different sites, the data host must send the header "Access-Control-Allow-Origin: *" (CORS).`,
          )
        : t(
            `Impossibile scaricare i dati: la rete non risponde (errore di rete${at}). Controllare la connessione e riprovare.`,
            `Could not download the data: the network is down (network error${at}). Check the connection and try again.`,
          );
    }
    case 'timeout': {
      const seconds = error.timeoutMs / 1000;
      return t(`Il server non ha risposto entro ${seconds} s${at}.`, `The server did not answer within ${seconds} s${at}.`);
    }
    case 'http': {
      const { status, notFound } = error;
      return inFolder(
        notFound
          ? t(`Dati non trovati (HTTP ${status})${at}.`, `Data not found (HTTP ${status})${at}.`)
          : t(`Il server ha risposto con l'errore HTTP ${status}${at}.`, `The server answered with HTTP error ${status}${at}.`),
      );
    }
    case 'parse': {
      const { detail, first } = error;
      if (first === '')
        return t(
          `Il file dei dati è vuoto${at}: il caricamento sul server non è riuscito o si è interrotto. Pubblicatelo di nuovo.`,
          `The data file is empty${at}: its upload to the server failed or stopped. Publish it again.`,
        );
      // The gzip file's own first byte: compressed bytes the server did not say were (Content-Encoding), read as text.
      if (first === '\x1f')
        return t(
          `È arrivato un file compresso (gzip) senza l'intestazione che lo dice${at}: il server deve inviarlo con «Content-Encoding: gzip», perché il browser lo decomprima.`,
          `A compressed (gzip) file came without the header that says so${at}: the server must send it with "Content-Encoding: gzip", for the browser to decompress it.`,
        );
      if (first === '<')
        return inFolder(
          t(
            `Al posto dei dati è arrivata una pagina web (HTML)${at}: l'indirizzo è sbagliato, il sito risponde con la sua pagina principale agli indirizzi che non ha, oppure i dati sono dietro un accesso riservato. Controllate che il file sia pubblicato a quell'indirizzo, aperto a tutti.`,
            `A web page (HTML) came instead of the data${at}: the address is wrong, the site answers addresses it does not have with its home page, or the data is behind a login. Check that the file is published at that address, open to all.`,
          ),
        );
      // The browser's own words are English: the Italian text does not quote them.
      return t(
        `I dati non sono JSON valido${at}: il file è danneggiato o non è un file di dati.`,
        `The data is not valid JSON${at}: ${detail}`,
      );
    }
    case 'version': {
      const { found, supported } = error;
      return t(
        `Versione del contratto dati non supportata: trovato ${JSON.stringify(found)}, questa libreria legge ${supported}${at}.`,
        `Unsupported data contract version: found ${JSON.stringify(found)}, this library reads ${supported}${at}.`,
      );
    }
    case 'schema': {
      const { issues, truncated } = describeSchemaError(error);
      const others = issues.length - 1;
      const count = truncated ? `${others}+` : String(others);
      const [first] = issues;
      const more = (it: boolean) => {
        if (others === 0 && !truncated) return '';
        if (count === '1') return it ? ' (e un altro problema)' : ' (and 1 more problem)';
        return it ? ` (e altri ${count} problemi)` : ` (and ${count} more problems)`;
      };
      return t(
        `I dati non rispettano il contratto${at}: ${first ? issueText(first, 'it') : 'documento non valido'}${more(true)}.`,
        `The data does not match the contract${at}: ${first ? issueText(first, 'en') : 'invalid document'}${more(false)}.`,
      );
    }
    case 'not-found': {
      const { what, key, held } = error;
      const name = {
        region: ['la regione', 'region'],
        province: ['la provincia', 'province'],
        comune: ['il comune', 'comune'],
        school: ['la scuola', 'school'],
        geometry: ['la geometria', 'geometry'],
        search: ["l'indice di ricerca", 'search index'],
        survey: ["l'indagine", 'survey'],
      }[what];
      const shown = JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
      // A bundle of one region asked for another: what it holds is the way out.
      return held
        ? t(
            `Non trovo ${name[0]} ${shown} nei dati${at}, che contengono solo ${andList(held, ' e ')}.`,
            `No ${name[1]} ${shown} in the data${at}, which holds ${andList(held, ' and ')} only.`,
          )
        : t(`Non trovo ${name[0]} ${shown} nei dati${at}.`, `No ${name[1]} ${shown} in the data${at}.`);
    }
  }
}
