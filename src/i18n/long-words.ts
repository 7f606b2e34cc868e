/**
 * The longest words of the elements' own texts, with soft hyphens (U+00AD) at
 * syllables that leave at least three letters at either end. A badge in a
 * school's narrow sidebar (180 px) broke «internazionalizzazione» wherever the
 * line ran out («internazionalizzazion» over «e»): now it breaks at a syllable,
 * with a hyphen. A soft hyphen is not seen, nor read aloud, unless the word
 * breaks there; a browser's own hyphenation (`hyphens: auto`) needs its
 * dictionary for the language, which not every browser has.
 */
export const INTERNAZIONALIZZAZIONE = 'inter\u00ADna\u00ADzio\u00ADna\u00ADliz\u00ADza\u00ADzione';
export const INTERNATIONALISATION = 'Inter\u00ADnation\u00ADal\u00ADisation';
