import type { Message } from '../message';

/** Making the PDF documents of a saved consultation: buttons, the referral form, file names, errors. */
export const documentsUiMessages = {
  'documentsUi.title': { nl: 'Documenten', fr: 'Documents', en: 'Documents' },
  'documentsUi.intro': {
    nl: 'Gemaakt van het opgeslagen consult, in de taal van de praktijk. Elk document wordt vastgelegd in het inzagelog.',
    nlBE: 'Gemaakt van de opgeslagen consultatie, in de taal van de praktijk. Elk document wordt vastgelegd in het inzagelog.',
    fr: 'Établis à partir de la consultation enregistrée, dans la langue du service. Chaque document est consigné dans le journal des accès.',
    en: 'Made from the saved consultation, in the practice’s language. Every document is recorded in the access log.',
  },
  'documentsUi.unsaved': {
    nl: 'U hebt wijzigingen die nog niet zijn opgeslagen. De documenten tonen de laatst opgeslagen versie.',
    fr: 'Certaines modifications ne sont pas encore enregistrées. Les documents montrent la dernière version enregistrée.',
    en: 'You have changes that are not saved yet. The documents show the last saved version.',
  },
  'documentsUi.kind.consultation-record': { nl: 'Consultverslag', nlBE: 'Consultatieverslag', fr: 'Rapport de consultation', en: 'Consultation record' },
  'documentsUi.kind.employer-advice': { nl: 'Advies aan werkgever', fr: 'Avis à l’employeur', en: 'Advice to employer' },
  'documentsUi.kind.referral-letter': { nl: 'Verwijsbrief', fr: 'Lettre d’orientation', en: 'Referral letter' },
  'documentsUi.kind.worker-leaflet': { nl: 'Folder voor de werknemer', fr: 'Dépliant pour le travailleur', en: 'Leaflet for the worker' },
  'documentsUi.making': { nl: 'Bezig met maken…', fr: 'Création…', en: 'Making…' },
  'documentsUi.ready': { nl: '{file} is gemaakt.', fr: '{file} a été créé.', en: '{file} has been made.' },
  'documentsUi.referral.legend': { nl: 'Verwijsbrief', fr: 'Lettre d’orientation', en: 'Referral letter' },
  'documentsUi.referral.recipient': { nl: 'Aan', fr: 'Destinataire', en: 'To' },
  'documentsUi.referral.gp': { nl: 'Huisarts', fr: 'Médecin généraliste', en: 'General practitioner' },
  'documentsUi.referral.specialist': { nl: 'Specialist', fr: 'Spécialiste', en: 'Specialist' },
  'documentsUi.referral.recipientName': {
    nl: 'Naam en specialisme',
    fr: 'Nom et spécialité',
    en: 'Name and specialty',
  },
  'documentsUi.referral.reason': { nl: 'Reden van verwijzing', fr: 'Motif de l’orientation', en: 'Reason for referral' },
  'documentsUi.referral.reasonWithFlag': {
    nl: 'De rode vlaggen van dit consult staan al in de brief. Vul aan wat u de collega wilt vragen.',
    nlBE: 'De rode vlaggen van deze consultatie staan al in de brief. Vul aan wat u de collega wilt vragen.',
    fr: 'Les drapeaux rouges de cette consultation figurent déjà dans la lettre. Ajoutez ce que vous demandez au confrère.',
    en: 'The red flags of this consultation are already in the letter. Add what you want to ask your colleague.',
  },
  'documentsUi.referral.reasonRequired': {
    nl: 'Dit consult heeft geen rode vlag: schrijf waarom u verwijst.',
    nlBE: 'Deze consultatie heeft geen rode vlag: schrijf waarom u verwijst.',
    fr: 'Cette consultation n’a pas de drapeau rouge : indiquez pourquoi vous orientez.',
    en: 'This consultation has no red flag: say why you refer.',
  },
  'documentsUi.referral.consent': {
    nl: 'De werknemer stemt in met deze verwijzing en met het delen van deze gegevens',
    fr: 'Le travailleur accepte cette orientation et le partage de ces informations',
    en: 'The worker agrees to this referral and to sharing these details',
  },
  'validation.referralConsent': {
    nl: 'Vraag eerst de toestemming van de werknemer en vink die hier aan.',
    fr: 'Demandez d’abord l’accord du travailleur et cochez-le ici.',
    en: 'Ask for the worker’s consent first and tick it here.',
  },
  'documentsUi.referral.make': { nl: 'Verwijsbrief maken', fr: 'Créer la lettre', en: 'Make referral letter' },
  /** File names (ASCII, no spaces): `<name>-<last name>-<consultation date>.pdf`. */
  'documentsUi.file.consultation-record': { nl: 'consultverslag', nlBE: 'consultatieverslag', fr: 'rapport-consultation', en: 'consultation-record' },
  'documentsUi.file.employer-advice': { nl: 'advies-werkgever', fr: 'avis-employeur', en: 'employer-advice' },
  'documentsUi.file.referral-letter': { nl: 'verwijsbrief', fr: 'lettre-orientation', en: 'referral-letter' },
  'documentsUi.file.worker-leaflet': { nl: 'folder-werknemer', fr: 'depliant-travailleur', en: 'worker-leaflet' },
  'error.noReferralReason': {
    nl: 'Geef een reden voor de verwijzing: dit consult heeft geen rode vlag.',
    nlBE: 'Geef een reden voor de verwijzing: deze consultatie heeft geen rode vlag.',
    fr: 'Indiquez le motif de l’orientation : cette consultation n’a pas de drapeau rouge.',
    en: 'Give a reason for the referral: this consultation has no red flag.',
  },
  'error.noPlan': {
    nl: 'Sla eerst het werkhervattingsplan op. Het advies aan de werkgever beschrijft het plan zoals u het hebt vastgesteld.',
    fr: 'Enregistrez d’abord le plan de reprise du travail. L’avis à l’employeur décrit le plan tel que vous l’avez établi.',
    en: 'Save the return-to-work plan first. The advice to the employer describes the plan as you have set it.',
  },
} satisfies Record<string, Message>;
