import type { ChronicityLevel } from '../chronicity';
import type { LocalizedText } from '../language';
import type { YellowFlagCode } from '../yellowFlags';

export const CHRONICITY_LEVEL_LABELS: Record<ChronicityLevel, LocalizedText> = {
  unknown: { nl: 'Onbekend', fr: 'Inconnu', en: 'Unknown' },
  low: { nl: 'Laag risico', fr: 'Risque faible', en: 'Low risk' },
  medium: { nl: 'Gemiddeld risico', fr: 'Risque moyen', en: 'Medium risk' },
  high: { nl: 'Hoog risico', fr: 'Risque élevé', en: 'High risk' },
};

/** Stratified care per level (KCE / Keele), for the doctor. */
export const STRATIFIED_CARE_TEXTS: Record<ChronicityLevel, LocalizedText> = {
  unknown: {
    nl: 'Risico op chronische klachten nog niet ingeschat: vul bij het eerste contact de STarT Back of de korte Örebro-vragenlijst in. Intussen: advies, geruststelling en in beweging blijven.',
    fr: 'Risque de chronicité pas encore estimé : faites remplir le STarT Back ou la version courte du questionnaire d’Örebro dès le premier contact. En attendant : conseils, explications rassurantes et maintien de l’activité.',
    en: 'Risk of chronic pain not estimated yet: fill in STarT Back or the short Örebro questionnaire at the first contact. Meanwhile: advice, reassurance and staying active.',
  },
  low: {
    nl: 'Laag risico: advies, geruststelling en zelfzorg; in beweging blijven en zo veel mogelijk blijven werken.',
    fr: 'Risque faible : conseils, explications rassurantes et autogestion ; rester actif et continuer à travailler autant que possible.',
    en: 'Low risk: advice, reassurance and self-care; stay active and keep working as much as possible.',
  },
  medium: {
    nl: 'Gemiddeld risico: zoals bij laag risico, plus oefentherapie bij een fysiotherapeut of oefentherapeut.',
    nlBE: 'Gemiddeld risico: zoals bij laag risico, plus oefentherapie bij een kinesitherapeut.',
    fr: 'Risque moyen : comme pour le risque faible, plus des exercices encadrés par un kinésithérapeute.',
    en: 'Medium risk: as for low risk, plus exercise therapy (physiotherapy).',
  },
  high: {
    nl: 'Hoog risico: zoals bij gemiddeld risico, plus psychologisch geïnformeerde fysiotherapie of multidisciplinaire (biopsychosociale) revalidatie met ergonomische, educatieve of sociale ondersteuning.',
    nlBE: 'Hoog risico: zoals bij gemiddeld risico, plus psychologisch geïnformeerde kinesitherapie of multidisciplinaire (biopsychosociale) revalidatie met ergonomische, educatieve of sociale ondersteuning.',
    fr: 'Risque élevé : comme pour le risque moyen, plus une kinésithérapie intégrant l’approche psychologique ou une réadaptation multidisciplinaire (bio-psycho-sociale) avec un soutien ergonomique, éducatif ou social.',
    en: 'High risk: as for medium risk, plus psychologically informed physiotherapy or multidisciplinary (bio-psycho-social) rehabilitation with ergonomic, educational or social support.',
  },
};

export const YELLOW_FLAG_LABELS: Record<YellowFlagCode, LocalizedText> = {
  fearOfMovement: { nl: 'Angst om te bewegen', fr: 'Peur de bouger', en: 'Fear of movement' },
  pessimismAboutCourse: {
    nl: 'Somber over het beloop',
    fr: 'Pessimisme quant à l’évolution',
    en: 'Pessimism about the course',
  },
  beliefProblemIsSerious: {
    nl: 'Denkt dat het probleem ernstig is',
    fr: 'Pense que le problème est grave',
    en: 'Believes the problem is serious',
  },
  catastrophising: { nl: 'Catastroferen', fr: 'Catastrophisme', en: 'Catastrophising' },
  lowMood: { nl: 'Sombere stemming', fr: 'Humeur dépressive', en: 'Low mood' },
  workConflicts: { nl: 'Conflicten op het werk', fr: 'Conflits au travail', en: 'Conflicts at work' },
  workDissatisfaction: {
    nl: 'Ontevreden over het werk',
    fr: 'Insatisfaction au travail',
    en: 'Dissatisfaction with work',
  },
  fearOfJobLoss: {
    nl: 'Angst om de baan te verliezen',
    fr: 'Peur de perdre son emploi',
    en: 'Fear of losing the job',
  },
};
