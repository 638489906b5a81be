import type { BelgianCode, BelgianRulesVersion } from '../belgium';
import type { FedrisReason } from '../fedris';
import type { LocalizedText } from '../language';
import type { PoortwachterCode } from '../poortwachter';

export const POORTWACHTER_LABELS: Record<PoortwachterCode, LocalizedText> = {
  probleemanalyse: {
    nl: 'Probleemanalyse door de bedrijfsarts',
    fr: 'Analyse du problème par le médecin du travail (bedrijfsarts)',
    en: 'Problem analysis by the company doctor',
  },
  planVanAanpak: {
    nl: 'Plan van aanpak (uiterlijk 2 weken na de probleemanalyse)',
    fr: 'Plan d’action (au plus tard 2 semaines après l’analyse du problème)',
    en: 'Action plan (at most 2 weeks after the problem analysis)',
  },
  ziekmelding42: {
    nl: 'Ziekmelding bij UWV (eerste dag na 42 weken)',
    fr: 'Déclaration de maladie à l’UWV (premier jour après 42 semaines)',
    en: 'Sickness report to UWV (the first day after 42 weeks)',
  },
  eerstejaarsevaluatie: { nl: 'Eerstejaarsevaluatie', fr: 'Évaluation de la première année', en: 'First-year evaluation' },
  wiaAanvraag: {
    nl: 'WIA-aanvraag met re-integratieverslag (geadviseerd week 91, uiterlijk week 93)',
    fr: 'Demande WIA avec rapport de réintégration (conseillé semaine 91, au plus tard semaine 93)',
    en: 'WIA application with re-integration report (advised week 91, week 93 at the latest)',
  },
  eindeLoondoorbetaling: {
    nl: 'Einde loondoorbetaling (2 jaar)',
    fr: 'Fin de la période de maintien du salaire (2 ans)',
    en: 'End of the 2-year wage-payment period',
  },
};

export const POORTWACHTER_EVALUATION_LABEL: LocalizedText = {
  nl: 'Evaluatie van het plan van aanpak (minstens elke 6 weken)',
  fr: 'Évaluation du plan d’action (au moins toutes les 6 semaines)',
  en: 'Evaluation of the action plan (at least every 6 weeks)',
};

export const BELGIAN_LABELS: Record<BelgianCode, LocalizedText> = {
  contactAfter4Weeks: {
    nl: 'Arbeidsongeschiktheid van 4 weken: de arbeidsarts informeert de werknemer over de mogelijkheden om het werk te hervatten',
    fr: 'Incapacité de 4 semaines : le médecin du travail informe le travailleur des possibilités de reprise du travail',
    en: '4 weeks of incapacity: the occupational physician informs the worker of the options to return to work',
  },
  employerMayStartReintegration: {
    nl: 'De werkgever mag een re-integratietraject opstarten',
    fr: 'L’employeur peut lancer un trajet de réintégration',
    en: 'The employer may start a re-integration trajectory',
  },
  workCapacityEstimate: {
    nl: 'Inschatting van het arbeidspotentieel door de arbeidsarts (vanaf 8 weken arbeidsongeschiktheid)',
    fr: 'Estimation du potentiel de travail par le médecin du travail (à partir de 8 semaines d’incapacité)',
    en: 'Estimate of the work capacity by the occupational physician (from 8 weeks of incapacity)',
  },
  medicalForceMajeurePossible: {
    nl: 'Beëindiging wegens medische overmacht mogelijk',
    fr: 'Fin du contrat pour force majeure médicale possible',
    en: 'Termination for medical force majeure possible',
  },
  fedrisWindowOpens: {
    nl: 'Fedris-programma lage rugpijn: aanvraag mogelijk',
    fr: 'Programme Fedris de prévention des lombalgies : demande possible',
    en: 'Fedris low-back-pain programme: request possible',
  },
  fedrisWindowCloses: {
    nl: 'Fedris-programma lage rugpijn: laatste dag voor de aanvraag',
    fr: 'Programme Fedris de prévention des lombalgies : dernier jour pour la demande',
    en: 'Fedris low-back-pain programme: last day for the request',
  },
};

export const RETURN_TO_WORK_EXAM_LABEL: LocalizedText = {
  nl: 'Onderzoek bij werkhervatting: vanaf de dag van hervatting, uiterlijk de 10e werkdag erna',
  fr: 'Examen de reprise du travail : à partir du jour de la reprise, au plus tard le 10e jour ouvrable suivant',
  en: 'Return-to-work examination: from the day of return, the 10th working day after it at the latest',
};

export const PRE_RESUMPTION_VISIT_LABEL: LocalizedText = {
  nl: 'Bezoek voorafgaand aan de werkhervatting: binnen 10 werkdagen na de vraag van de werknemer',
  fr: 'Visite de pré-reprise : dans les 10 jours ouvrables suivant la demande du travailleur',
  en: 'Visit before resumption: within 10 working days of the worker’s request',
};

export const WORKING_DAYS_NOTE: LocalizedText = {
  nl: 'Werkdagen zijn maandag tot en met vrijdag, zonder de wettelijke feestdagen. Een vervangingsdag voor een feestdag op zondag legt elke werkgever zelf vast; die is hier niet meegeteld.',
  fr: 'Les jours ouvrables vont du lundi au vendredi, hors jours fériés légaux. Le jour de remplacement d’un jour férié tombant un dimanche est fixé par chaque employeur : il n’est pas pris en compte ici.',
  en: 'Working days are Monday to Friday, without the public holidays. The replacement day for a holiday on a Sunday is set by each employer and is not counted here.',
};

/** Poortwachter: the week-42 report also on UWV's reading (the first working day after 42 weeks). */
export const ZIEKMELDING42_WORKING_DAY_LABEL: LocalizedText = {
  nl: 'UWV noemt de eerste werkdag na 42 weken',
  fr: 'L’UWV indique le premier jour ouvrable après 42 semaines',
  en: 'UWV states the first working day after 42 weeks',
};

export const FEDRIS_REASON_TEXTS: Record<FedrisReason, LocalizedText> = {
  tooEarly: {
    nl: 'Te vroeg: de arbeidsongeschiktheid duurt nog geen 4 weken (1 week bij herval)',
    fr: 'Trop tôt : l’incapacité de travail dure depuis moins de 4 semaines (1 semaine en cas de rechute)',
    en: 'Too early: the incapacity has lasted less than 4 weeks (1 week for a relapse)',
  },
  tooLate: {
    nl: 'Te laat: de arbeidsongeschiktheid duurt langer dan 6 maanden',
    fr: 'Trop tard : l’incapacité de travail dure depuis plus de 6 mois',
    en: 'Too late: the incapacity has lasted more than 6 months',
  },
  noQualifyingExposure: {
    nl: 'Geen blootstelling aan manueel hanteren van lasten, ergonomische rugbelasting of trillingen van het hele lichaam (beeldschermwerk telt niet)',
    fr: 'Pas d’exposition à la manutention manuelle de charges, à une contrainte ergonomique du dos ou aux vibrations du corps entier (le travail sur écran ne compte pas)',
    en: 'No exposure to manual handling of loads, ergonomic back load or whole-body vibration (screen work does not count)',
  },
  sectorNotCovered: {
    nl: 'Sector niet gedekt: alleen de privésector en provinciale of lokale overheidsdiensten',
    fr: 'Secteur non couvert : uniquement le secteur privé et les services publics provinciaux ou locaux',
    en: 'Sector not covered: only the private sector and provincial or local public services',
  },
};

export const FEDRIS_PROGRAMME_TEXT: LocalizedText = {
  nl: 'Fedris betaalt een multidisciplinaire rugrevalidatie (maximaal 36 sessies van 2 uur binnen 6 maanden, gratis voor de werknemer) en een ergonomische interventie op de werkplek die de werkgever kan terugvragen. De arbeidsarts dient de aanvraag in.',
  fr: 'Fedris finance une revalidation multidisciplinaire du dos (au maximum 36 séances de 2 heures en 6 mois, gratuite pour le travailleur) et une intervention ergonomique au poste de travail que l’employeur peut se faire rembourser. Le médecin du travail introduit la demande.',
  en: 'Fedris funds a multidisciplinary back rehabilitation (at most 36 sessions of 2 hours within 6 months, free for the worker) and an ergonomic intervention at the workplace that the employer can claim. The occupational physician files the request.',
};

export const FEDRIS_SOURCES_NOTE: LocalizedText = {
  nl: 'Bronnen verschillen: een oudere overheidspagina noemt nog 3 maanden; Fedris zelf noemt 6 maanden (hier gebruikt).',
  fr: 'Les sources divergent : une ancienne page publique mentionne encore 3 mois ; Fedris indique 6 mois (utilisé ici).',
  en: 'Sources disagree: an older government page still says 3 months; Fedris itself says 6 months (used here).',
};

/** Which Belgian rules govern an incapacity (shown under its milestones). */
export const BELGIAN_RULES_LABELS: Record<BelgianRulesVersion, LocalizedText> = {
  '2022-10': {
    nl: 'Regels van 1-10-2022 (arbeidsongeschiktheid begonnen vóór 2026): de werkgever start een traject pas na 3 maanden ononderbroken arbeidsongeschiktheid; medische overmacht na minstens 9 maanden.',
    fr: 'Règles du 1-10-2022 (incapacité commencée avant 2026) : l’employeur ne lance un trajet qu’après 3 mois d’incapacité ininterrompue ; force majeure médicale après au moins 9 mois.',
    en: 'Rules of 1-10-2022 (incapacity that began before 2026): the employer starts a trajectory only after 3 uninterrupted months of incapacity; medical force majeure after at least 9 months.',
  },
  '2026-01': {
    nl: 'Regels van 1-1-2026: de werkgever mag met akkoord van de werknemer vanaf de eerste dag een traject opstarten; inschatting van het arbeidspotentieel vanaf 8 weken; medische overmacht na 6 maanden.',
    fr: 'Règles du 1-1-2026 : avec l’accord du travailleur, l’employeur peut lancer un trajet dès le premier jour ; estimation du potentiel de travail à partir de 8 semaines ; force majeure médicale après 6 mois.',
    en: 'Rules of 1-1-2026: with the worker’s consent the employer may start a trajectory from the first day; work-capacity estimate from 8 weeks; medical force majeure after 6 months.',
  },
};
