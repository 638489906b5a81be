import type { LocalizedText } from '../language';
import type { NioshBand } from '../niosh';

/** Shown with every lifting-equation result. */
export const NIOSH_LIMITATIONS: LocalizedText = {
  nl: 'De NIOSH-tilvergelijking is één hulpmiddel naast andere (zoals observatie, gesprekken met werknemers en andere methoden). Hoe het risico precies toeneemt met de tilindex is niet bekend: een index onder 1 is geen garantie op veilig werk, en 23 kg geldt alleen onder ideale omstandigheden.',
  fr: 'L’équation de levage du NIOSH est un outil parmi d’autres (observation, échanges avec les travailleurs, autres méthodes). La forme exacte de la relation entre l’indice de levage et le risque n’est pas connue : un indice inférieur à 1 ne garantit pas un travail sans risque, et 23 kg ne vaut que dans des conditions idéales.',
  en: 'The NIOSH lifting equation is one tool among others (such as observation, talking with workers and other methods). The shape of the risk curve is unknown: an index below 1 does not guarantee safe work, and 23 kg applies only under ideal conditions.',
};

export const NIOSH_BAND_TEXTS: Record<NioshBand, LocalizedText> = {
  acceptable: {
    nl: 'Tilindex ≤ 1: aanvaardbaar voor bijna alle werknemers',
    fr: 'Indice de levage ≤ 1 : acceptable pour presque tous les travailleurs',
    en: 'Lifting index ≤ 1: acceptable for nearly all workers',
  },
  increased: {
    nl: 'Tilindex tussen 1 en 3: verhoogd risico voor sommige werknemers',
    fr: 'Indice de levage entre 1 et 3 : risque accru pour certains travailleurs',
    en: 'Lifting index between 1 and 3: increased risk for some workers',
  },
  high: {
    nl: 'Tilindex > 3: verhoogd risico voor bijna alle werknemers',
    fr: 'Indice de levage > 3 : risque accru pour presque tous les travailleurs',
    en: 'Lifting index > 3: increased risk for nearly all workers',
  },
};
