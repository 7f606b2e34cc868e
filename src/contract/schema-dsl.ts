/**
 * A tiny schema language for the contract: plain data nodes that one small
 * interpreter validates (`check`), that TypeScript reads as types (`Infer`), and
 * that `scripts/json-schema.ts` turns into the shipped JSON Schema.
 *
 * Why not valibot or zod: the loader and validator must weigh at most 6 KB gzip
 * in the browser; valibot alone took 2.5 KB of that and its schema definitions
 * another 2 KB (measured with `npm run size`). These nodes cost a fraction.
 *
 * Objects are open: unknown fields of a newer minor version are accepted and kept.
 */
import { isCalendarDay } from '../util/calendar-day.js';
import { markNumbersOnly } from '../util/number-arrays.js';

/** Constraints on a string or number; `key` names the expectation in messages (src/i18n/error-text.ts). */
export interface Constraint {
  key?: string;
  re?: RegExp;
  min?: number;
  max?: number;
  int?: boolean;
  /** A text whose first ten characters are a day of the calendar (no 30 February: src/util/calendar-day.ts). */
  day?: boolean;
}

export type Node =
  | ({ t: 'string' } & Constraint)
  | ({ t: 'number' } & Constraint)
  | { t: 'boolean' }
  | { t: 'unknown' }
  | { t: 'literal'; value: string; key?: string }
  | { t: 'enum'; values: readonly string[] }
  | { t: 'nullable'; of: Node }
  | { t: 'array'; of: Node }
  | { t: 'record'; keys: Node; of: Node }
  | { t: 'object'; shape: Readonly<Record<string, Node>>; optional: readonly string[] }
  | { t: 'tuple'; of: readonly Node[] }
  | { t: 'union'; of: readonly Node[] };

/** A node carrying, for TypeScript only, the type of the values it accepts. */
export type Schema<T> = Node & { readonly __type?: T };
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Marks an object field as optional. */
export interface Optional<T> {
  readonly optional: Schema<T>;
}

type Shape = Record<string, Schema<unknown> | Optional<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type ShapeType<S extends Shape> = Simplify<
  { [K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Schema<infer T> ? T : never } & {
    [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T> ? T : never;
  }
>;

export const string = (c: Constraint = {}): Schema<string> => ({ t: 'string', ...c });
export const number = (c: Constraint = {}): Schema<number> => ({ t: 'number', ...c });
export const boolean = (): Schema<boolean> => ({ t: 'boolean' });
/** Anything: for parts the contract passes through untouched (TopoJSON arcs of a feature). */
export const unknown = (): Schema<unknown> => ({ t: 'unknown' });
export const literal = <const V extends string>(value: V, key?: string): Schema<V> => ({ t: 'literal', value, key });
export const oneOf = <const V extends readonly string[]>(values: V): Schema<V[number]> => ({ t: 'enum', values });
export const nullable = <T>(of: Schema<T>): Schema<T | null> => ({ t: 'nullable', of });
export const array = <T>(of: Schema<T>): Schema<T[]> => ({ t: 'array', of });
export const record = <T>(keys: Schema<string>, of: Schema<T>): Schema<Record<string, T>> => ({ t: 'record', keys, of });
export const tuple = <A, B>(a: Schema<A>, b: Schema<B>): Schema<[A, B]> => ({ t: 'tuple', of: [a, b] });
export const union = <A, B>(a: Schema<A>, b: Schema<B>): Schema<A | B> => ({ t: 'union', of: [a, b] });
export const optional = <T>(of: Schema<T>): Optional<T> => ({ optional: of });

export function object<S extends Shape>(shape: S): Schema<ShapeType<S>> {
  const nodes: Record<string, Node> = {};
  const optionalKeys: string[] = [];
  for (const [name, field] of Object.entries(shape)) {
    if ('optional' in field && !('t' in field)) {
      nodes[name] = field.optional;
      optionalKeys.push(name);
    } else nodes[name] = field as Node;
  }
  return { t: 'object', shape: nodes, optional: optionalKeys };
}

type ColumnShape<S extends Shape> = {
  [K in keyof S]: S[K] extends Optional<infer T> ? Schema<(T | null)[]> : S[K] extends Schema<infer T> ? Schema<T[]> : never;
};

/** The fields of `shape` as columns: each an array of its values, null where an optional field is absent. */
export function columnShape<S extends Shape>(shape: S): ColumnShape<S> {
  const columns: Record<string, Node> = {};
  for (const [name, field] of Object.entries(shape))
    columns[name] = array('optional' in field && !('t' in field) ? nullable(field.optional) : (field as Node));
  return columns as ColumnShape<S>;
}

/**
 * A problem as found: where, what was expected (the failing node, or a message
 * key with its blanks for rules between fields), and the value found. Turned into
 * readable `ContractIssue`s only when an error is shown (`i18n/error-text.ts`).
 */
export interface RawIssue {
  path: (string | number)[];
  value: unknown;
  node?: Node;
  expect?: string;
  params?: readonly (string | number)[];
  /** The field is required and missing. */
  missing?: boolean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function meets(node: Constraint, value: number | string): boolean {
  const size = typeof value === 'string' ? value.length : value;
  return (
    (node.re === undefined || node.re.test(value as string)) &&
    (node.day !== true || isCalendarDay(value as string)) &&
    (node.int !== true || Number.isInteger(value)) &&
    (node.min === undefined || size >= node.min) &&
    (node.max === undefined || size <= node.max)
  );
}

/**
 * Whether every item of every list in `lists` is a finite number that meets
 * `node` (or null, when `nullable`): the columns of an area file (~190,000
 * values) and the positions of TopoJSON arcs (~94,000 for Italy's comuni),
 * checked in these loops without a call per value. A first picture runs
 * them before V8 has optimised anything, when a call costs more than the check.
 * With `mark`, each list found so is marked for the sealing (src/util/number-arrays.ts).
 */
function numberLists(node: Constraint, lists: unknown[], nullable: boolean, mark = true): boolean {
  const { int, min = -Infinity, max = Infinity } = node;
  for (let l = 0; l < lists.length; l++) {
    const items: unknown = lists[l];
    if (!Array.isArray(items)) return false;
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      if (typeof item !== 'number') {
        if (nullable && item === null) continue;
        return false;
      }
      // `item - item` is 0 for a finite number, NaN for NaN and ±Infinity.
      if (item - item !== 0 || item < min || item > max || (int === true && item % 1 !== 0)) return false;
    }
    // Sealed later without a walk over its items (src/util/number-arrays.ts).
    if (mark) markNumbersOnly(items);
  }
  return true;
}

/**
 * Whether every item of `items` is a text that meets `node` (or one of its
 * values, for an enum; or null, when `nullable`): the code, name and status
 * columns of an area file and a packed layer's ids (~7,900 each), in one loop
 * without a call per item, as `numberLists`.
 */
function textList(node: Extract<Node, { t: 'string' | 'enum' }>, items: unknown[], nullable: boolean): boolean {
  const values = node.t === 'enum' ? node.values : null;
  const { re, day, min = 0, max = Infinity } = node.t === 'string' ? node : ({} as Constraint);
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (typeof item !== 'string') {
      if (nullable && item === null) continue;
      return false;
    }
    if (
      values
        ? !values.includes(item)
        : item.length < min || item.length > max || (re !== undefined && !re.test(item)) || (day && !isCalendarDay(item))
    )
      return false;
  }
  return true;
}

/**
 * Whether `value` passes `node`, saying nothing else: the fast path, which
 * makes no path and no issue. A national area file or comuni geometry holds
 * hundreds of thousands of values, and making a path for each took most of
 * the time to the first picture (~200 ms each in Node); `check` walks with
 * paths only where this fails, to say where and why.
 */
function valid(node: Node, value: unknown): boolean {
  switch (node.t) {
    case 'string':
    case 'number':
      return typeof value === node.t && (node.t === 'string' || Number.isFinite(value)) && meets(node, value as string | number);
    case 'boolean':
      return typeof value === 'boolean';
    case 'unknown':
      return true;
    case 'literal':
      return value === node.value;
    case 'enum':
      return node.values.includes(value as string);
    case 'nullable':
      return value === null || valid(node.of, value);
    case 'array': {
      if (!Array.isArray(value)) return false;
      const of = node.of;
      // Columns of numbers and the arcs' positions: loops of their own, without a call per value.
      const leaf = of.t === 'nullable' ? of.of : of;
      if (leaf.t === 'number') return numberLists(leaf, [value], of !== leaf);
      if (leaf.t === 'string' || leaf.t === 'enum') return textList(leaf, value, of !== leaf);
      if (of.t === 'array' && of.of.t === 'number') return numberLists(of.of, value, false);
      if (of.t === 'array' && of.of.t === 'array' && of.of.of.t === 'number') {
        // TopoJSON's arcs: not marked, since sealing skips them (src/util/deep-freeze.ts) and ~118,000 marks would go unread.
        for (let i = 0; i < value.length; i++) if (!Array.isArray(value[i]) || !numberLists(of.of.of, value[i], false, false)) return false;
      } else for (let i = 0; i < value.length; i++) if (!valid(of, value[i])) return false;
      return true;
    }
    case 'tuple':
      return Array.isArray(value) && value.length === node.of.length && node.of.every((item, i) => valid(item, value[i]));
    case 'union':
      for (let i = 0; i < node.of.length; i++) if (valid(node.of[i]!, value)) return true;
      return false;
    case 'record': {
      if (!isPlainObject(value)) return false;
      for (const key in value) if (!valid(node.keys, key) || !valid(node.of, value[key])) return false;
      return true;
    }
    case 'object': {
      if (!isPlainObject(value)) return false;
      for (const key in node.shape) {
        const item = value[key];
        if (item === undefined ? !node.optional.includes(key) : !valid(node.shape[key]!, item)) return false;
      }
      return true;
    }
  }
}

/**
 * Validates `value` against `node`, pushing every problem into `issues` (at most
 * `limit`, to keep a broken file from producing millions). Returns true when valid.
 */
export function check(node: Node, value: unknown, path: (string | number)[], issues: RawIssue[], limit = Infinity): boolean {
  if (valid(node, value)) return true;
  // Here `value` fails: find where, and say why.
  const fail = () => {
    if (issues.length < limit) issues.push({ path, node, value });
    return false;
  };
  switch (node.t) {
    case 'nullable':
      return check(node.of, value, path, issues, limit);
    case 'array': {
      if (!Array.isArray(value)) return fail();
      let ok = true;
      for (let i = 0; i < value.length && issues.length < limit; i++) ok = check(node.of, value[i], [...path, i], issues, limit) && ok;
      return ok;
    }
    case 'tuple':
      if (!Array.isArray(value) || value.length !== node.of.length) return fail();
      return node.of.every((item, i) => check(item, value[i], [...path, i], issues, limit));
    case 'record': {
      if (!isPlainObject(value)) return fail();
      let ok = true;
      for (const [key, item] of Object.entries(value)) {
        ok = check(node.keys, key, [...path, key], issues, limit) && ok;
        ok = check(node.of, item, [...path, key], issues, limit) && ok;
      }
      return ok;
    }
    case 'object': {
      if (!isPlainObject(value)) return fail();
      let ok = true;
      for (const [key, field] of Object.entries(node.shape)) {
        const item = value[key];
        if (item === undefined) {
          if (!node.optional.includes(key)) {
            if (issues.length < limit) issues.push({ path: [...path, key], node: field, value: undefined, missing: true });
            ok = false;
          }
        } else ok = check(field, item, [...path, key], issues, limit) && ok;
      }
      return ok;
    }
    default:
      // A leaf, or a union none of whose options fits: the value itself is at fault.
      return fail();
  }
}
