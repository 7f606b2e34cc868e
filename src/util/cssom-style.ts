/**
 * Inline styles through the CSSOM only. Lit's `styleMap` writes the `style`
 * attribute on its first render, which a strict Content-Security-Policy
 * (`style-src` without 'unsafe-inline') refuses; `element.style.setProperty`
 * is always allowed. Use it as the only expression of a `style` attribute, with
 * dash-case property names: `style=${cssomStyle({ left: '4px' })}`.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type StyleProps = Readonly<Record<string, string | null | undefined>>;

class CssomStyleDirective extends Directive {
  private _names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') throw new Error('cssomStyle belongs in a style attribute');
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const names = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined) continue;
      style.setProperty(name, value);
      names.add(name);
    }
    for (const name of this._names) if (!names.has(name)) style.removeProperty(name);
    this._names = names;
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
