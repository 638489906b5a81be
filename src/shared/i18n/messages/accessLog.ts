import type { Message } from '../message';

/** The access log shown in a worker's dossier: who looked at or changed it, and when. */
export const accessLogMessages = {
  'accessLog.title': { nl: 'Wie heeft dit dossier geopend', fr: 'Qui a ouvert ce dossier', en: 'Who opened this dossier' },
  'accessLog.intro': {
    nl: 'Wie dit dossier heeft bekeken of gewijzigd, en wanneer. Het nieuwste staat bovenaan. Ook dit openen wordt vastgelegd.',
    fr: 'Qui a consulté ou modifié ce dossier, et quand. Le plus récent figure en haut. Cette consultation est elle aussi enregistrée.',
    en: 'Who looked at or changed this dossier, and when. The newest is at the top. Opening this list is recorded too.',
  },
  'accessLog.limited': {
    nl: 'Alleen de {count} meest recente regels worden getoond.',
    fr: 'Seules les {count} lignes les plus récentes sont affichées.',
    en: 'Only the {count} most recent lines are shown.',
  },
  'accessLog.empty': { nl: 'Nog niets vastgelegd.', fr: 'Rien d’enregistré pour l’instant.', en: 'Nothing recorded yet.' },
  'accessLog.when': { nl: 'Wanneer', fr: 'Quand', en: 'When' },
  'accessLog.who': { nl: 'Wie', fr: 'Qui', en: 'Who' },
  'accessLog.role': { nl: 'Rol', fr: 'Rôle', en: 'Role' },
  'accessLog.what': { nl: 'Wat', fr: 'Quoi', en: 'What' },
  'accessLog.details': { nl: 'Handeling', fr: 'Action', en: 'Action' },
  'accessLog.unknownUser': { nl: 'onbekend', fr: 'inconnu', en: 'unknown' },
  'accessLog.action.read': { nl: 'Gelezen', fr: 'Lu', en: 'Read' },
  'accessLog.action.write': { nl: 'Gewijzigd', fr: 'Modifié', en: 'Changed' },
  'accessLog.action.amend': { nl: 'Gecorrigeerd', fr: 'Rectifié', en: 'Amended' },
  'accessLog.action.document': { nl: 'Document', fr: 'Document', en: 'Document' },
  'accessLog.action.refused': { nl: 'Geweigerd', fr: 'Refusé', en: 'Refused' },
  'accessLog.channel.dossier.get': { nl: 'dossier bekeken', fr: 'dossier consulté', en: 'dossier viewed' },
  'accessLog.channel.workers.get': { nl: 'persoonsgegevens bekeken', fr: 'données personnelles consultées', en: 'personal details viewed' },
  'accessLog.channel.workers.save': { nl: 'persoonsgegevens opgeslagen', fr: 'données personnelles enregistrées', en: 'personal details saved' },
  'accessLog.channel.workers.accessLog': { nl: 'inzage bekeken', fr: 'liste des accès consultée', en: 'access list viewed' },
  'accessLog.channel.consultations.open': { nl: 'consult geopend', fr: 'consultation ouverte', en: 'consultation opened' },
  'accessLog.channel.consultations.saveDraft': { nl: 'concept bewaard', fr: 'brouillon enregistré', en: 'draft kept' },
  'accessLog.channel.consultations.discardDraft': { nl: 'concept weggegooid', fr: 'brouillon supprimé', en: 'draft discarded' },
  'accessLog.channel.consultations.save': { nl: 'consult opgeslagen', fr: 'consultation enregistrée', en: 'consultation saved' },
  'accessLog.channel.plans.get': {
    nl: 'werkhervattingsplan bekeken',
    fr: 'plan de reprise du travail consulté',
    en: 'return-to-work plan viewed',
  },
  'accessLog.channel.plans.save': {
    nl: 'werkhervattingsplan opgeslagen',
    fr: 'plan de reprise du travail enregistré',
    en: 'return-to-work plan saved',
  },
  'accessLog.channel.documents.generate': { nl: 'document gemaakt', fr: 'document créé', en: 'document made' },
  'accessLog.channel.agenda.list': { nl: 'in de agenda getoond', fr: 'affiché dans l’agenda', en: 'shown in the agenda' },
} satisfies Record<string, Message>;
