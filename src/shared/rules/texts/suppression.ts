import type { LocalizedText } from '../language';

/** Footnote for tables with suppressed cells; `{k}` stands for the threshold. */
export const SUPPRESSION_NOTE: LocalizedText = {
  nl: '< {k}: minder dan {k} werknemers, niet getoond om de privacy te beschermen. ≥: (bijna) de hele groep, afgerond zodat niet te zien is dat het iedereen betreft. *: verborgen zodat een kleine groep niet uit de totalen kan worden berekend.',
  fr: '< {k} : moins de {k} travailleurs, non affiché pour protéger la vie privée. ≥ : (presque) tout le groupe, arrondi pour qu’on ne voie pas qu’il s’agit de tout le monde. * : masqué pour qu’un petit groupe ne puisse pas être calculé à partir des totaux.',
  en: '< {k}: fewer than {k} workers, not shown to protect privacy. ≥: (almost) the whole group, rounded so that it does not show that it is everyone. *: hidden so that a small group cannot be worked out from the totals.',
};
