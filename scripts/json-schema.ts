/**
 * Turns the contract's schema nodes (src/contract/schema-dsl.ts) into JSON Schema
 * (draft 2020-12). Node-only: the browser never needs it. Named schemas become
 * `$defs` and are referenced wherever the same node object is reused.
 */
import type { Node } from '../src/contract/schema-dsl.ts';

type Json = Record<string, unknown>;

export function toJsonSchema(node: Node, names: ReadonlyMap<Node, string>, root?: Node): Json {
  const name = names.get(node);
  if (name && node !== root) return { $ref: `#/$defs/${name}` };
  const inner = (child: Node) => toJsonSchema(child, names);
  switch (node.t) {
    case 'string':
      return {
        type: 'string',
        ...(node.re && { pattern: node.re.source }),
        ...(node.day && { $comment: 'Its first ten characters are a day of the calendar (no 30 February).' }),
        ...(node.min !== undefined && { minLength: node.min }),
        ...(node.max !== undefined && { maxLength: node.max }),
      };
    case 'number':
      return {
        type: node.int ? 'integer' : 'number',
        ...(node.min !== undefined && { minimum: node.min }),
        ...(node.max !== undefined && { maximum: node.max }),
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'unknown':
      return {};
    case 'literal':
      return { const: node.value };
    case 'enum':
      return { enum: [...node.values] };
    case 'nullable':
      return { anyOf: [inner(node.of), { type: 'null' }] };
    case 'array':
      return { type: 'array', items: inner(node.of) };
    case 'tuple':
      return { type: 'array', prefixItems: node.of.map(inner), minItems: node.of.length, maxItems: node.of.length };
    case 'union':
      return { anyOf: node.of.map(inner) };
    case 'record':
      return { type: 'object', propertyNames: inner(node.keys), additionalProperties: inner(node.of) };
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(node.shape).map(([key, child]) => [key, inner(child)])),
        required: Object.keys(node.shape).filter((key) => !node.optional.includes(key)),
      };
  }
}
