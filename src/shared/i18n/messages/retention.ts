import type { Message } from '../message';

/** Retention: dossiers past their legal term, and erasing them. */
export const retentionMessages = {
  'validation.retentionYears': {
    nl: 'Kies een termijn van 1 tot 100 jaar.',
    fr: 'Choisissez un délai de 1 à 100 ans.',
    en: 'Choose a term from 1 to 100 years.',
  },
  'error.withinRetentionTerm': {
    nl: 'Dit dossier valt nog binnen de bewaartermijn en kan niet gewist worden.',
    fr: 'Ce dossier est encore dans le délai de conservation et ne peut pas être effacé.',
    en: 'This dossier is still within its retention term and cannot be erased.',
  },
  'retention.section': { nl: 'Bewaartermijn', fr: 'Délai de conservation', en: 'Retention term' },
  'retention.hintNL': {
    nl: 'Medische dossiers worden 20 jaar bewaard na de laatste wijziging (WGBO). Daarna mag een arts ze wissen.',
    fr: 'Les dossiers médicaux sont conservés 20 ans après la dernière modification (WGBO). Ensuite un médecin peut les effacer.',
    en: 'Medical dossiers are kept for 20 years after their last change (WGBO). After that a doctor may erase them.',
  },
  'retention.hintBE': {
    nl: 'Het gezondheidsdossier wordt minstens 15 jaar bewaard (Codex welzijn op het werk); voor sommige blootstellingen langer. Stel de termijn van uw dienst in.',
    fr: 'Le dossier de santé est conservé au moins 15 ans (Code du bien-être au travail), plus longtemps pour certaines expositions. Réglez le délai de votre service.',
    en: 'The health file is kept for at least 15 years (Belgian Code on well-being at work), longer for some exposures. Set your service’s term.',
  },
  'retention.years': { nl: 'Termijn in jaren', fr: 'Délai en années', en: 'Term in years' },
  'retention.saveYears': { nl: 'Termijn opslaan', fr: 'Enregistrer le délai', en: 'Save term' },
  'retention.cutoff': {
    nl: 'Dossiers zonder wijziging sinds vóór {date} ({years} jaar):',
    fr: 'Dossiers sans modification depuis avant le {date} ({years} ans) :',
    en: 'Dossiers without a change since before {date} ({years} years):',
  },
  'retention.none': { nl: 'Geen dossiers over de termijn.', fr: 'Aucun dossier au-delà du délai.', en: 'No dossiers past the term.' },
  'retention.lastChange': { nl: 'Laatste wijziging', fr: 'Dernière modification', en: 'Last change' },
  'retention.erase': { nl: 'Wissen', fr: 'Effacer', en: 'Erase' },
  'retention.confirm': {
    nl: 'Het dossier van {name} definitief wissen? Dit kan niet ongedaan worden gemaakt.',
    fr: 'Effacer définitivement le dossier de {name} ? Cette action est irréversible.',
    en: 'Erase the dossier of {name} for good? This cannot be undone.',
  },
  'retention.erased': {
    nl: 'Het dossier van {name} is gewist. Het wissen is vastgelegd in het inzagelog.',
    fr: 'Le dossier de {name} est effacé. L’effacement figure dans le journal des accès.',
    en: 'The dossier of {name} has been erased. The erasure is in the access log.',
  },
} satisfies Record<string, Message>;
