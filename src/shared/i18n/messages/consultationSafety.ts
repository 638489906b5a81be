import type { Message } from '../message';

/**
 * Texts of what keeps a consultation honest: the red-flag screening state, the acknowledgement of an
 * immediate red flag, signing and amendments (screen and consultation record).
 */
export const consultationSafetyMessages = {
  // ---- red-flag screening -------------------------------------------------------------------------
  'validation.redFlagsNotScreened': {
    nl: 'Loop eerst de rode vlaggen na: vink aan wat aanwezig is, of bevestig dat geen ervan aanwezig is.',
    fr: 'Passez d’abord les drapeaux rouges en revue : cochez ce qui est présent ou confirmez qu’aucun n’est présent.',
    en: 'Go through the red flags first: tick what is present, or confirm that none is present.',
  },
  'screening.noneConfirmed': { nl: 'Geen van deze aanwezig', fr: 'Aucun de ces signes n’est présent', en: 'None of these present' },
  'screening.restConfirmed': {
    nl: 'Nagelopen: wat niet is aangevinkt, is niet aanwezig',
    fr: 'Passé en revue : ce qui n’est pas coché est absent',
    en: 'Gone through: what is not ticked is not present',
  },
  'screening.derived': { nl: 'Afgeleid uit de gegevens (automatisch)', fr: 'Déduit des données (automatique)', en: 'Derived from the details (automatic)' },
  'screening.derived.age': {
    nl: 'automatisch: {age} jaar bij eerste klachten',
    fr: 'automatique : {age} ans aux premières plaintes',
    en: 'automatic: {age} years at first complaints',
  },
  'screening.derived.ageUnknown': {
    nl: 'automatisch: leeftijd bij eerste klachten volgt uit de begindatum',
    fr: 'automatique : l’âge aux premières plaintes découle de la date de début',
    en: 'automatic: the age at first complaints follows from the onset date',
  },
  'screening.derived.course': {
    nl: 'automatisch: beloop "{course}" na {weeks} weken',
    fr: 'automatique : évolution « {course} » après {weeks} semaines',
    en: 'automatic: course "{course}" after {weeks} weeks',
  },
  'screening.derived.inflammatory': {
    nl: 'automatisch: {features} van 4 inflammatoire kenmerken, {weeks} weken klachten',
    fr: 'automatique : {features} signes inflammatoires sur 4, plaintes depuis {weeks} semaines',
    en: 'automatic: {features} of 4 inflammatory features, {weeks} weeks of complaints',
  },
  'screening.derived.present': { nl: 'rode vlag', fr: 'drapeau rouge', en: 'red flag' },
  'screening.derived.absent': { nl: 'geen vlag', fr: 'pas de drapeau', en: 'no flag' },
  'clinicalPanel.notScreened': { nl: 'Nog niet nagelopen', fr: 'Pas encore passés en revue', en: 'Not yet screened' },
  'clinicalPanel.notScreenedHint': {
    nl: 'De checklist rode vlaggen is nog niet nagelopen. Vink aan wat aanwezig is, of bevestig dat geen ervan aanwezig is.',
    fr: 'La liste des drapeaux rouges n’a pas encore été passée en revue. Cochez ce qui est présent ou confirmez qu’aucun n’est présent.',
    en: 'The red-flag checklist has not been gone through yet. Tick what is present, or confirm that none is present.',
  },
  'clinicalPanel.flagAction': { nl: 'Actie', fr: 'Action', en: 'Action' },
  'intake.section.done': { nl: 'klaar', fr: 'fait', en: 'done' },
  'intake.section.notYet': { nl: 'nog niet', fr: 'pas encore', en: 'not yet' },
  'documents.record.screening': { nl: 'Screening', fr: 'Dépistage', en: 'Screening' },
  'documents.record.screened': { nl: 'Nagelopen in dit consult', fr: 'Passés en revue lors de cette consultation', en: 'Gone through in this consultation' },
  'documents.record.notScreened': {
    nl: 'Niet nagelopen in dit consult',
    fr: 'Non passés en revue lors de cette consultation',
    en: 'Not gone through in this consultation',
  },
  'documents.record.redFlagsNotScreened': {
    nl: 'De rode vlaggen zijn in dit consult niet nagelopen: er is niets over vast te stellen.',
    fr: 'Les drapeaux rouges n’ont pas été passés en revue lors de cette consultation : rien ne peut en être conclu.',
    en: 'The red flags were not gone through in this consultation: nothing can be concluded about them.',
  },
  'documents.referral.doneHistory': {
    nl: 'Anamnese en lichamelijk onderzoek, met een inschatting van het risico op chronische klachten.',
    fr: 'Anamnèse et examen clinique, avec une estimation du risque de chronicité.',
    en: 'History and physical examination, with an estimate of the risk of chronic pain.',
  },
  'error.leafletNeedsScreening': {
    nl: 'De rode vlaggen zijn in dit consult niet nagelopen. De folder stelt de werknemer gerust en wordt daarom pas gemaakt als ze zijn nagelopen (maak een correctie).',
    fr: 'Les drapeaux rouges n’ont pas été passés en revue lors de cette consultation. Le dépliant rassure le travailleur : il n’est donc établi qu’après ce contrôle (faites une rectification).',
    en: 'The red flags were not gone through in this consultation. The leaflet reassures the worker, so it is made only once they have been (make a correction).',
  },
  'dossier.redFlagsNotScreened': { nl: 'rode vlaggen niet nagelopen', fr: 'drapeaux rouges non passés en revue', en: 'red flags not screened' },

  'intake.orebroPainCarried': {
    nl: 'Uit de klacht overgenomen: {pain}. Pas aan als de pijn van de afgelopen week anders was.',
    fr: 'Repris de la plainte : {pain}. Modifiez si la douleur de la semaine passée était différente.',
    en: 'Carried over from the complaint: {pain}. Change it if last week’s pain was different.',
  },

  // ---- immediate red flag: acknowledgement ------------------------------------------------------
  'acknowledgement.referredTo': { nl: 'Verwezen naar', fr: 'Adressé à', en: 'Referred to' },
  'acknowledgement.referredToHint': {
    nl: 'bijvoorbeeld spoedeisende hulp van het dichtstbijzijnde ziekenhuis',
    nlBE: 'bijvoorbeeld spoedgevallendienst van het dichtstbijzijnde ziekenhuis',
    fr: 'par exemple les urgences de l’hôpital le plus proche',
    en: 'for example the emergency department of the nearest hospital',
  },
  'acknowledgement.line': {
    nl: 'Gezien door {name} op {date} om {time}; verwezen naar {referredTo}',
    fr: 'Vu par {name} le {date} à {time} ; adressé à {referredTo}',
    en: 'Seen by {name} on {date} at {time}; referred to {referredTo}',
  },
  'acknowledgement.pending': {
    nl: 'Verwezen naar {referredTo} (wie en wanneer worden bij het opslaan vastgelegd)',
    fr: 'Adressé à {referredTo} (qui et quand sont enregistrés à l’enregistrement)',
    en: 'Referred to {referredTo} (who and when are recorded on saving)',
  },
  'acknowledgement.unrecorded': {
    nl: 'Bevestigd; wie, wanneer en waarheen is niet vastgelegd (opgeslagen vóór deze gegevens werden bijgehouden)',
    fr: 'Confirmé ; qui, quand et vers où n’ont pas été enregistrés (enregistré avant que ces données soient tenues)',
    en: 'Acknowledged; who, when and where to were not recorded (saved before these were kept)',
  },

  // ---- signing and amendments ---------------------------------------------------------------------
  'documents.record.signed': { nl: 'Ondertekend', fr: 'Signée', en: 'Signed' },
  'documents.record.signedValue': { nl: '{name}, {date} om {time}', fr: '{name}, le {date} à {time}', en: '{name}, {date} at {time}' },
  'signing.signedBy': {
    nl: 'Ondertekend door {name} op {date} om {time}',
    fr: 'Signée par {name} le {date} à {time}',
    en: 'Signed by {name} on {date} at {time}',
  },
  'signing.readOnly': {
    nl: 'Dit consult is ondertekend en alleen te lezen. Een correctie wordt vastgelegd met uw naam, de tijd en de reden; de eerdere tekst blijft zichtbaar.',
    fr: 'Cette consultation est signée et en lecture seule. Une rectification est enregistrée avec votre nom, l’heure et le motif ; le texte antérieur reste visible.',
    en: 'This consultation is signed and read-only. A correction is recorded with your name, the time and the reason; the earlier text stays visible.',
  },
  'signing.amend': { nl: 'Correctie maken', fr: 'Rectifier', en: 'Make a correction' },
  'signing.cancelAmend': { nl: 'Correctie annuleren', fr: 'Annuler la rectification', en: 'Cancel the correction' },
  'signing.amending': {
    nl: 'U maakt een correctie op een ondertekend consult. Geef de reden; de huidige versie blijft in de geschiedenis.',
    fr: 'Vous rectifiez une consultation signée. Indiquez le motif ; la version actuelle reste dans l’historique.',
    en: 'You are correcting a signed consultation. Give the reason; the current version stays in the history.',
  },
  'signing.reason': { nl: 'Reden van de correctie', fr: 'Motif de la rectification', en: 'Reason for the correction' },
  'signing.saveAmendment': { nl: 'Correctie opslaan', fr: 'Enregistrer la rectification', en: 'Save the correction' },
  'signing.amendedMessage': {
    nl: 'De correctie is opgeslagen; de eerdere versie staat in de geschiedenis.',
    fr: 'La rectification est enregistrée ; la version antérieure figure dans l’historique.',
    en: 'The correction has been saved; the earlier version is in the history.',
  },
  'signing.correctedMeanwhileStatus': {
    nl: 'Correctie niet opgeslagen: iemand anders heeft intussen een correctie opgeslagen',
    fr: 'Rectification non enregistrée : quelqu’un d’autre a enregistré une rectification entre-temps',
    en: 'Correction not saved: someone else saved a correction in the meantime',
  },
  'signing.chooseInComparison': {
    nl: 'Kies hierboven: uw invoer opslaan of de opgeslagen versie overnemen.',
    fr: 'Choisissez ci-dessus : enregistrer votre saisie ou reprendre la version enregistrée.',
    en: 'Choose above: save your input or use the saved version.',
  },
  'signing.history': { nl: 'Geschiedenis van dit consult', fr: 'Historique de cette consultation', en: 'History of this consultation' },
  'signing.amendment': {
    nl: 'Correctie door {name} op {date} om {time}',
    fr: 'Rectification par {name} le {date} à {time}',
    en: 'Correction by {name} on {date} at {time}',
  },
  'signing.amendmentReason': { nl: 'Reden: {reason}', fr: 'Motif : {reason}', en: 'Reason: {reason}' },
  'signing.before': { nl: 'Eerder', fr: 'Avant', en: 'Before' },
  'signing.after': { nl: 'Daarna', fr: 'Après', en: 'After' },
  'signing.field': { nl: 'Gegeven', fr: 'Donnée', en: 'Item' },
  'signing.noVisibleChange': {
    nl: 'Geen wijziging in de getoonde gegevens.',
    fr: 'Aucune modification des données affichées.',
    en: 'No change in the items shown.',
  },
  'signing.amendedCount.one': { nl: '{count} correctie', fr: '{count} rectification', en: '{count} correction' },
  'signing.amendedCount.other': { nl: '{count} correcties', fr: '{count} rectifications', en: '{count} corrections' },
  'signing.empty': { nl: '(leeg)', fr: '(vide)', en: '(empty)' },
} satisfies Record<string, Message>;
