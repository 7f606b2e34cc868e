/**
 * Text from data that could reorder what is written around it: right-to-left
 * letters (Hebrew, Arabic and their neighbours) and bidi controls. A name with
 * an unclosed RIGHT-TO-LEFT OVERRIDE would otherwise reverse the rest of its
 * line ("(AO) · AOIP015000" read as "000510PIOA · (OA)"). Such text is shown
 * between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: the isolate keeps
 * it to itself wherever it goes (HTML, SVG, canvas, a file), and its own
 * isolate controls are dropped so that none of them can close ours early.
 * Italian names, with neither, are left exactly as they are.
 */
const REORDERING = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u061C\u200F\u202A-\u202E\u2066-\u2069]/;
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;

export function isolateBidi(text: string): string {
  return REORDERING.test(text) ? `\u2068${text.replace(ISOLATE_CONTROLS, '')}\u2069` : text;
}
