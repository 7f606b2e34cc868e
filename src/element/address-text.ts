/**
 * An e-mail or web address as the lists and the profile show it: a website
 * without its scheme and trailing slash, and every address with places to
 * break a line (after "@" and "/", before "."). A narrow column wrapped
 * "SIIC828001@PEC.ISTRUZIONE.I" and "T" wherever the box ended; now it wraps
 * "SIIC828001@" and "PEC.ISTRUZIONE.IT". The text stays the same (a copy reads
 * the whole address): `<wbr>` adds no character.
 */
import { html, type TemplateResult } from 'lit';

/** A website as shown: "www.scuola.edu.it", not "https://www.scuola.edu.it/". */
export const shownWebsite = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');

export function breakableAddress(address: string): (string | TemplateResult)[] {
  return address.split(/(?<=[@/])|(?=\.)/).map((part, i) => (i === 0 ? part : html`<wbr />${part}`));
}
