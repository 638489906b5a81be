import type { Message } from '../message';

export const dossierMessages = {
  'dossier.backToWorkers': { nl: 'Werknemers', fr: 'Travailleurs', en: 'Workers' },
  'dossier.backToDossier': { nl: 'Terug naar het dossier', fr: 'Retour au dossier', en: 'Back to the dossier' },
  'dossier.age': { nl: '{age} jaar', fr: '{age} ans', en: '{age} years' },
  'dossier.editDetails': { nl: 'Gegevens wijzigen', fr: 'Modifier les données', en: 'Edit details' },
  'dossier.newConsultation': { nl: 'Nieuw consult', fr: 'Nouvelle consultation', en: 'New consultation' },
  'dossier.continueConsultation': {
    nl: 'Consult hervatten (concept {time})',
    fr: 'Reprendre la consultation (brouillon {time})',
    en: 'Continue consultation (draft {time})',
  },
  'dossier.workStatus': { nl: 'Werkstatus', fr: 'Situation de travail', en: 'Work status' },
  'dossier.currentEpisode': { nl: 'Huidige episode', fr: 'Épisode en cours', en: 'Current episode' },
  'dossier.episodeSummary': {
    nl: '{phase}, week {weeks} (sinds {date})',
    fr: '{phase}, semaine {weeks} (depuis le {date})',
    en: '{phase}, week {weeks} (since {date})',
  },
  'dossier.noEpisode': { nl: 'Geen open episode', fr: 'Aucun épisode en cours', en: 'No open episode' },
  'dossier.openActions': { nl: 'Open acties', fr: 'Actions ouvertes', en: 'Open actions' },
  'dossier.noOpenActions': {
    nl: 'Niets te doen in de komende vier weken.',
    fr: 'Rien à faire dans les quatre prochaines semaines.',
    en: 'Nothing due in the next four weeks.',
  },
  'dossier.timeline': { nl: 'Episodes en consulten', fr: 'Épisodes et consultations', en: 'Episodes and consultations' },
  'dossier.noConsultations': {
    nl: 'Nog geen consulten voor deze werknemer.',
    fr: 'Pas encore de consultation pour ce travailleur.',
    en: 'No consultations for this worker yet.',
  },
  'dossier.episodeTitle': { nl: 'Episode sinds {date}', fr: 'Épisode depuis le {date}', en: 'Episode since {date}' },
  'dossier.weeks.one': { nl: '{count} week', fr: '{count} semaine', en: '{count} week' },
  'dossier.weeks.other': { nl: '{count} weken', fr: '{count} semaines', en: '{count} weeks' },
  'dossier.hoursPerWeek': { nl: '{hours} uur', fr: '{hours} h', en: '{hours} h' },
  'dossier.sickLeaveSince': {
    nl: 'verzuim sinds {date}',
    nlBE: 'arbeidsongeschikt sinds {date}',
    fr: 'en incapacité depuis le {date}',
    en: 'off work since {date}',
  },
  'dossier.returnedOn': { nl: 'hervat op {date}', fr: 'reprise le {date}', en: 'back at work on {date}' },
  'dossier.closedOn': { nl: 'afgesloten op {date}', fr: 'clôturé le {date}', en: 'closed on {date}' },
  'dossier.consultationLine': {
    nl: 'pijn {pain}/10 · {doctor}',
    fr: 'douleur {pain}/10 · {doctor}',
    en: 'pain {pain}/10 · {doctor}',
  },
} satisfies Record<string, Message>;
