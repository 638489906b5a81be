import type { Message } from '../message';

/** The export of a worker's whole dossier (right of access and data portability). */
export const dossierExportMessages = {
  'dossierExport.button': { nl: 'Dossier exporteren (PDF en JSON)', fr: 'Exporter le dossier (PDF et JSON)', en: 'Export dossier (PDF and JSON)' },
  'dossierExport.done': {
    nl: 'Het dossier is geëxporteerd als {pdf} en {json}. De export staat in de inzagelijst.',
    fr: 'Le dossier est exporté en {pdf} et {json}. L’export figure dans la liste des accès.',
    en: 'The dossier was exported as {pdf} and {json}. The export is in the access list.',
  },
  'dossierExport.title': { nl: 'Uw dossier', fr: 'Votre dossier', en: 'Your dossier' },
  'dossierExport.subject': {
    nl: 'Volledig dossier op verzoek van de werknemer',
    fr: 'Dossier complet à la demande du travailleur',
    en: 'Complete dossier at the worker’s request',
  },
  'dossierExport.subtitle': { nl: '{worker}, opgemaakt op {date}', fr: '{worker}, établi le {date}', en: '{worker}, made on {date}' },
  'dossierExport.intro': {
    nl: 'U hebt het recht uw gegevens in te zien en mee te nemen (AVG, artikelen 15 en 20). Dit document bevat alles wat de praktijk over u heeft vastgelegd; het bijgevoegde JSON-bestand bevat dezelfde gegevens in een vorm die een ander programma kan lezen.',
    fr: 'Vous avez le droit de consulter vos données et de les emporter (RGPD, articles 15 et 20). Ce document contient tout ce que le cabinet a enregistré à votre sujet ; le fichier JSON joint contient les mêmes données sous une forme lisible par un autre programme.',
    en: 'You have the right to see your data and take it with you (GDPR, articles 15 and 20). This document holds everything the practice has recorded about you; the attached JSON file holds the same data in a form another program can read.',
  },
  'dossierExport.personal': { nl: 'Persoonsgegevens', fr: 'Données personnelles', en: 'Personal details' },
  'dossierExport.episode': {
    nl: 'Episode sinds {onset}',
    fr: 'Épisode depuis le {onset}',
    en: 'Episode from {onset}',
  },
  'dossierExport.episodeClosed': { nl: 'Afgesloten op', fr: 'Clôturé le', en: 'Closed on' },
  'dossierExport.episodeOpen': { nl: 'Loopt nog', fr: 'En cours', en: 'Ongoing' },
  'dossierExport.consultation': { nl: 'Consult van {date}', fr: 'Consultation du {date}', en: 'Consultation of {date}' },
  'dossierExport.noConsultations': { nl: 'Er zijn geen consulten vastgelegd.', fr: 'Aucune consultation enregistrée.', en: 'No consultations recorded.' },
  'dossierExport.accessLog': { nl: 'Wie uw dossier heeft ingezien', fr: 'Qui a consulté votre dossier', en: 'Who accessed your dossier' },
  'dossierExport.accessLogEmpty': { nl: 'Niets vastgelegd.', fr: 'Rien d’enregistré.', en: 'Nothing recorded.' },
  'dossierExport.when': { nl: 'Wanneer', fr: 'Quand', en: 'When' },
  'dossierExport.who': { nl: 'Wie', fr: 'Qui', en: 'Who' },
  'dossierExport.role': { nl: 'Rol', fr: 'Rôle', en: 'Role' },
  'dossierExport.what': { nl: 'Wat', fr: 'Quoi', en: 'What' },
  'accessLog.action.export': { nl: 'Export', fr: 'Export', en: 'Export' },
} satisfies Record<string, Message>;
