/**
 * The demo pages show what their text says: each timeline names its metrics,
 * but the stacked view's programme mix (its default). A sparkline captioned
 * "Progetti eTwinning in Italia" drew the index's first metric, the active
 * institutions, without the attribute.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

describe('the demo pages', () => {
  it('name the metrics of every timeline but the programme mix of a stacked view', () => {
    const timelines = readdirSync('demo')
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) =>
        [...readFileSync(`demo/${file}`, 'utf8').matchAll(/<trend-timeline\b([^>]*)>/g)].map((m) => ({ file, attributes: m[1]! })),
      );
    assert.ok(timelines.length >= 6, 'the timelines are found');
    for (const { file, attributes } of timelines)
      assert.ok(/\smetrics="[^"]+"/.test(attributes) || /\sview="stacked"/.test(attributes), `${file}: <trend-timeline${attributes}>`);
  });
});
