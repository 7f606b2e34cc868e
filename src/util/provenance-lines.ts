/**
 * The provenance under a picture (the map's and the timeline's SVG and PNG). A
 * module of its own, loaded with the downloads: the elements read
 * provenance.ts as they render, and the day's words would come with it.
 */
import type { Language } from '../contract/vocabulary.js';
import { dayArticleIt } from '../i18n/day-article-it.js';
import { formatDay } from '../i18n/format-day.js';
import { provenanceRows, publicationDate, type Provenance } from './provenance.js';

/**
 * As lines of text under a picture ("Fonte: …"); the title is the picture's own heading, not repeated, and the day is
 * written as people read it («Dati del 7 dicembre 2026», «Dati dell’8 …»), where a file's cell keeps 2026-12-07.
 */
export function provenanceLines(p: Provenance, lang: Language): string[] {
  const day = formatDay(publicationDate(p.generatedAt), lang);
  const published = lang === 'it' ? `Dati ${dayArticleIt('di', day)}${day}` : `Data of ${day}`;
  // The rows in provenanceRows' order: title (the picture's heading), source, day, then the notes.
  const [, source, , ...notes] = provenanceRows(p, lang);
  return [source!.join(': '), published, ...notes.map((note) => note.join(': '))];
}
