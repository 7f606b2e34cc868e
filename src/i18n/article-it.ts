/**
 * The Italian article a number is read with: elided before a vowel, as the
 * number is said aloud. "l’8%" (otto), "l’11º" (undicesimo), "l’1%" (uno),
 * "lo 0%" (zero), else "il 34%". An ordinal 1 is "primo": "il 1º".
 */
export function articleIt(n: number, ordinal = false): string {
  if (!ordinal && n === 0) return 'lo ';
  if (!ordinal && /^1(\.|$)/.test(String(n))) return 'l’';
  // "otto…", "ottanta…", "ottocento…"; "undici", "undicimila…" (but "centodieci", "millecento").
  return /^(8|11(\d{3})*(\.|$))/.test(String(n)) ? 'l’' : 'il ';
}
