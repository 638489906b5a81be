import type { PoortwachterDocumentKind } from '../../../../shared/model';

/*
 * The Dutch wording of the Poortwachter documents. They go to a Dutch employer (and from there to
 * UWV), so they are written in Dutch whatever the language of the screens.
 */

export const KIND_TEXTS: Record<PoortwachterDocumentKind, { title: string; intro: string; next: string | null }> = {
  probleemanalyse: {
    title: 'Probleemanalyse',
    intro:
      'Dit is de probleemanalyse van de bedrijfsarts in het kader van de Wet verbetering poortwachter. Ze beschrijft wat uw werknemer wel en niet kan in het werk, hoe de verwachting eruitziet en welke stappen de bedrijfsarts adviseert. Medische gegevens staan er niet in.',
    next: 'Het plan van aanpak stelt u samen met uw werknemer op, uiterlijk op',
  },
  bijstelling: {
    title: 'Bijstelling van de probleemanalyse',
    intro:
      'De situatie van uw werknemer is veranderd. De bedrijfsarts heeft de probleemanalyse daarom bijgesteld. Pas het plan van aanpak aan waar dit advies dat vraagt.',
    next: null,
  },
  planVanAanpakAdvies: {
    title: 'Advies voor het plan van aanpak',
    intro:
      'Dit advies helpt u en uw werknemer bij het opstellen van het plan van aanpak: welke mogelijkheden er zijn, welke aanpassingen het werk nodig heeft en welke stappen de bedrijfsarts voorstelt.',
    next: null,
  },
  evaluatieAdvies: {
    title: 'Advies bij de evaluatie van het plan van aanpak',
    intro:
      'U bespreekt het plan van aanpak regelmatig met uw werknemer. Dit is het advies van de bedrijfsarts voor deze evaluatie.',
    next: 'UWV adviseert de volgende evaluatie rond (advies, geen wettelijke termijn):',
  },
  eerstejaarsevaluatie: {
    title: 'Inbreng bedrijfsarts voor de eerstejaarsevaluatie',
    intro:
      'Na een jaar ziekte kijken u en uw werknemer terug op het afgelopen jaar en bepalen jullie het re-integratiedoel voor het tweede jaar. Dit is de inbreng van de bedrijfsarts.',
    next: null,
  },
  actueelOordeel: {
    title: 'Actueel oordeel van de bedrijfsarts',
    intro:
      'Dit actuele oordeel hoort bij het re-integratieverslag voor de WIA-aanvraag. Het beschrijft de huidige mogelijkheden en beperkingen van uw werknemer en de verwachting.',
    next: null,
  },
};

export const PROGNOSIS_TEXTS = {
  fullRecovery: 'Volledig herstel wordt verwacht.',
  partialRecovery: 'Gedeeltelijk herstel wordt verwacht; sommige beperkingen blijven waarschijnlijk bestaan.',
  noRecovery: 'Herstel wordt niet verwacht; de huidige beperkingen blijven waarschijnlijk bestaan.',
  unclear: 'De verwachting is nog niet duidelijk.',
} as const;

export const WORK_OUTLOOK_TEXTS = {
  ownWork: 'Uw werknemer kan het eigen werk doen.',
  ownWorkAdapted: 'Uw werknemer kan het eigen werk doen, met aanpassingen.',
  otherWork: 'Uw werknemer kan ander werk doen dan het eigen werk.',
  noWorkYet: 'Uw werknemer kan nog geen werk doen.',
} as const;

export const LABELS = {
  worker: 'Werknemer',
  personnelNumber: 'Personeelsnummer',
  employer: 'Werkgever',
  department: 'Afdeling',
  job: 'Functie',
  firstSickDay: 'Eerste ziektedag',
  madeOn: 'Opgesteld op',
  week: 'Ziekteweek',
  possibilities: 'Wat uw werknemer wel kan',
  limitations: 'Wat uw werknemer niet of beperkt kan',
  prognosis: 'Verwachting',
  expectedReturn: 'Verwachte terugkeer in het eigen werk',
  work: 'Eigen of ander werk',
  workAdaptations: 'Advies over aanpassing van het werk',
  actionPlanAdvice: 'Advies voor het plan van aanpak',
  next: 'Vervolg',
  contact: 'Contact',
  doctor: 'Bedrijfsarts',
  phone: 'Telefoon',
  email: 'E-mail',
  address: 'Adres',
  none: 'Geen bijzonder advies.',
  privacy:
    'Volgens de regels van de Autoriteit Persoonsgegevens ontvangt u als werkgever alleen wat uw werknemer kan en niet kan, de verwachte duur en het advies over werk en re-integratie. Vraag uw werknemer niet naar de aard of oorzaak van de ziekte.',
  confidential: 'Vertrouwelijk: voor de werkgever, zonder medische gegevens',
  subject: 'Wet verbetering poortwachter',
} as const;
