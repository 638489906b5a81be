import type { LocalizedText } from '../language';

/** Footnote for tables with suppressed cells; `{k}` stands for the threshold. */
export const SUPPRESSION_NOTE: LocalizedText = {
  nl: '< {k}: minder dan {k} werknemers, niet getoond om de privacy te beschermen. *: verborgen zodat een kleine groep niet uit de totalen kan worden berekend.',
  fr: '< {k} : moins de {k} travailleurs, non affiché pour protéger la vie privée. * : masqué pour qu’un petit groupe ne puisse pas être calculé à partir des totaux.',
  en: '< {k}: fewer than {k} workers, not shown to protect privacy. *: hidden so that a small group cannot be worked out from the totals.',
};
