import type { LocalizedText } from '../language';
import type { OrebroShortAnswers } from '../orebro';
import type { StartBackAnswers } from '../startBack';

/*
 * Short paraphrases of what each questionnaire item measures (by construct). They are NOT the
 * official validated wording: a practice loads that under its own licence.
 */

export const START_BACK_TITLE: LocalizedText = {
  nl: 'STarT Back Screening Tool',
  fr: 'STarT Back Screening Tool',
  en: 'STarT Back Screening Tool',
};

export const START_BACK_RECALL: LocalizedText = {
  nl: 'Over de afgelopen 2 weken.',
  fr: 'Au cours des 2 dernières semaines.',
  en: 'Over the last 2 weeks.',
};

export const START_BACK_LICENCE: LocalizedText = {
  nl: 'STarT Back Screening Tool © Keele University. Vrij te gebruiken voor niet-commerciële doeleinden; commercieel gebruik vraagt toestemming van Keele University. Nederlandse validatie: Bier et al. 2017.',
  fr: 'STarT Back Screening Tool © Keele University. Utilisation libre à des fins non commerciales ; toute utilisation commerciale demande l’autorisation de Keele University.',
  en: 'STarT Back Screening Tool © Keele University. Free to use for non-commercial purposes; commercial use needs permission from Keele University. Dutch validation: Bier et al. 2017.',
};

export const START_BACK_ITEM_LABELS: Record<keyof StartBackAnswers, LocalizedText> = {
  legPain: {
    nl: 'Rugpijn die uitstraalt naar been of benen',
    fr: 'Douleur du dos qui descend dans la ou les jambes',
    en: 'Back pain spreading down the leg(s)',
  },
  shoulderOrNeckPain: {
    nl: 'Ook pijn in schouder of nek',
    fr: 'Douleur aussi à l’épaule ou à la nuque',
    en: 'Pain in the shoulder or neck as well',
  },
  walkedOnlyShortDistances: {
    nl: 'Door de rugpijn alleen korte stukken gelopen',
    fr: 'N’a marché que sur de courtes distances à cause du dos',
    en: 'Walked only short distances because of the back pain',
  },
  dressedMoreSlowly: {
    nl: 'Door de rugpijn trager aangekleed dan gewoonlijk',
    fr: 'S’est habillé plus lentement que d’habitude à cause du dos',
    en: 'Got dressed more slowly than usual because of the back pain',
  },
  notSafeToBeActive: {
    nl: 'Vindt bewegen met deze klachten eigenlijk niet veilig (angst)',
    fr: 'Trouve qu’il n’est pas vraiment sûr de bouger avec ce problème (peur)',
    en: 'Feels it is not really safe to be active with this problem (fear)',
  },
  worryingThoughts: {
    nl: 'Vaak piekergedachten (ongerustheid)',
    fr: 'Pensées inquiètes fréquentes (anxiété)',
    en: 'Worrying thoughts often on the mind (anxiety)',
  },
  painTerribleNeverBetter: {
    nl: 'Vindt de rugpijn vreselijk en denkt dat het nooit beter wordt (catastroferen)',
    fr: 'Trouve la douleur terrible et pense qu’elle ne s’améliorera jamais (catastrophisme)',
    en: 'Feels the back pain is terrible and will never get better (catastrophising)',
  },
  notEnjoyingThings: {
    nl: 'Genoot minder van dingen dan gewoonlijk (somberheid)',
    fr: 'A moins pris plaisir aux choses que d’habitude (humeur basse)',
    en: 'Enjoyed things less than usual (low mood)',
  },
  bothersomeness: {
    nl: 'Hoeveel last de rugpijn in het algemeen gaf',
    fr: 'À quel point le mal de dos a gêné dans l’ensemble',
    en: 'How much the back pain has been a bother overall',
  },
};

export const AGREE_LABEL: LocalizedText = { nl: 'Eens', fr: 'D’accord', en: 'Agree' };
export const DISAGREE_LABEL: LocalizedText = { nl: 'Oneens', fr: 'Pas d’accord', en: 'Disagree' };

export const BOTHERSOMENESS_LABELS: Record<StartBackAnswers['bothersomeness'], LocalizedText> = {
  notAtAll: { nl: 'Helemaal niet', fr: 'Pas du tout', en: 'Not at all' },
  slightly: { nl: 'Een beetje', fr: 'Un peu', en: 'Slightly' },
  moderately: { nl: 'Matig', fr: 'Modérément', en: 'Moderately' },
  veryMuch: { nl: 'Erg veel', fr: 'Beaucoup', en: 'Very much' },
  extremely: { nl: 'Extreem veel', fr: 'Extrêmement', en: 'Extremely' },
};

export const OREBRO_TITLE: LocalizedText = {
  nl: 'Örebro-vragenlijst, korte versie',
  fr: 'Questionnaire d’Örebro, version courte',
  en: 'Örebro questionnaire, short form',
};

export const OREBRO_LICENCE: LocalizedText = {
  nl: 'Örebro Musculoskeletal Pain Screening Questionnaire, korte versie: Linton SJ, Nicholas M, MacDonald S. Spine 2011;36(22):1891-1895.',
  fr: 'Örebro Musculoskeletal Pain Screening Questionnaire, version courte : Linton SJ, Nicholas M, MacDonald S. Spine 2011;36(22):1891-1895.',
  en: 'Örebro Musculoskeletal Pain Screening Questionnaire, short form: Linton SJ, Nicholas M, MacDonald S. Spine 2011;36(22):1891-1895.',
};

export const OFFICIAL_WORDING_NOTICE: LocalizedText = {
  nl: 'Dit zijn korte samenvattingen van wat elke vraag meet, niet de gevalideerde vragen. Laad de officiële tekst (met licentie) in de praktijkinstellingen voordat u de vragenlijst met werknemers gebruikt.',
  fr: 'Ce sont de courts résumés de ce que mesure chaque question, pas les questions validées. Chargez le texte officiel (sous licence) dans les paramètres du cabinet avant d’utiliser le questionnaire avec des travailleurs.',
  en: 'These are short summaries of what each question measures, not the validated questions. Load the official (licensed) wording in the practice settings before using the questionnaire with workers.',
};

export const OREBRO_ITEM_LABELS: Record<keyof OrebroShortAnswers, LocalizedText> = {
  durationCategory: {
    nl: 'Hoe lang het huidige pijnprobleem al duurt',
    fr: 'Depuis combien de temps dure le problème de douleur actuel',
    en: 'How long the current pain problem has lasted',
  },
  painLastWeek: {
    nl: 'Pijn in de afgelopen week',
    fr: 'Douleur au cours de la semaine passée',
    en: 'Pain over the past week',
  },
  canDoLightWorkForAnHour: {
    nl: 'Kan een uur licht werk doen',
    fr: 'Peut faire un travail léger pendant une heure',
    en: 'Able to do light work for an hour',
  },
  canSleepAtNight: { nl: 'Kan ’s nachts slapen', fr: 'Peut dormir la nuit', en: 'Able to sleep at night' },
  tenseOrAnxious: {
    nl: 'Gespannen of angstig gevoeld in de afgelopen week',
    fr: 'S’est senti tendu ou anxieux la semaine passée',
    en: 'Felt tense or anxious over the past week',
  },
  botheredByDepression: {
    nl: 'Last gehad van neerslachtigheid in de afgelopen week',
    fr: 'Gêné par un sentiment de déprime la semaine passée',
    en: 'Bothered by feeling down over the past week',
  },
  riskPainBecomesPersistent: {
    nl: 'Eigen inschatting van de kans dat de pijn blijft',
    fr: 'Estimation personnelle du risque que la douleur persiste',
    en: 'Own estimate of the risk that the pain will last',
  },
  chanceWorkingInThreeMonths: {
    nl: 'Eigen inschatting van de kans om over 3 maanden gewoon te werken',
    fr: 'Estimation personnelle des chances de travailler normalement dans 3 mois',
    en: 'Own estimate of the chance of working normally in 3 months',
  },
  stopWhenPainIncreases: {
    nl: 'Vindt dat je moet stoppen met een activiteit als de pijn toeneemt',
    fr: 'Pense qu’il faut arrêter une activité quand la douleur augmente',
    en: 'Believes an activity should stop when the pain increases',
  },
  shouldNotWorkWithCurrentPain: {
    nl: 'Vindt dat gewoon werken met de huidige pijn niet hoort',
    fr: 'Pense qu’il ne faudrait pas faire son travail habituel avec la douleur actuelle',
    en: 'Believes normal work should not be done with the present pain',
  },
};

/** Labels of the ten duration categories of Örebro item 1 (category 1 first). */
export const OREBRO_DURATION_LABELS: readonly LocalizedText[] = [
  { nl: '0-1 week', fr: '0-1 semaine', en: '0-1 week' },
  { nl: '1-2 weken', fr: '1-2 semaines', en: '1-2 weeks' },
  { nl: '3-4 weken', fr: '3-4 semaines', en: '3-4 weeks' },
  { nl: '4-5 weken', fr: '4-5 semaines', en: '4-5 weeks' },
  { nl: '6-8 weken', fr: '6-8 semaines', en: '6-8 weeks' },
  { nl: '9-11 weken', fr: '9-11 semaines', en: '9-11 weeks' },
  { nl: '3-6 maanden', fr: '3-6 mois', en: '3-6 months' },
  { nl: '6-9 maanden', fr: '6-9 mois', en: '6-9 months' },
  { nl: '9-12 maanden', fr: '9-12 mois', en: '9-12 months' },
  { nl: 'Meer dan 1 jaar', fr: 'Plus d’un an', en: 'Over 1 year' },
];

/** End labels of the 0-10 scales. */
export const SCALE_ANCHORS = {
  noPain: { nl: 'Geen pijn', fr: 'Aucune douleur', en: 'No pain' },
  worstPain: { nl: 'Ergst denkbare pijn', fr: 'Pire douleur imaginable', en: 'Worst pain imaginable' },
  notAtAll: { nl: 'Helemaal niet', fr: 'Pas du tout', en: 'Not at all' },
  withoutDifficulty: { nl: 'Zonder enige moeite', fr: 'Sans aucune difficulté', en: 'Without any difficulty' },
  completelyCalm: { nl: 'Helemaal rustig', fr: 'Tout à fait calme', en: 'Completely calm' },
  asTenseAsEver: {
    nl: 'Zo gespannen en angstig als maar kan',
    fr: 'Aussi tendu et anxieux que possible',
    en: 'As tense and anxious as can be',
  },
  extremely: { nl: 'Extreem', fr: 'Extrêmement', en: 'Extremely' },
  noRisk: { nl: 'Geen risico', fr: 'Aucun risque', en: 'No risk' },
  veryLargeRisk: { nl: 'Zeer groot risico', fr: 'Risque très élevé', en: 'Very large risk' },
  noChance: { nl: 'Geen kans', fr: 'Aucune chance', en: 'No chance' },
  veryLargeChance: { nl: 'Zeer grote kans', fr: 'Très grande chance', en: 'Very large chance' },
  completelyDisagree: { nl: 'Helemaal oneens', fr: 'Pas du tout d’accord', en: 'Completely disagree' },
  completelyAgree: { nl: 'Helemaal eens', fr: 'Tout à fait d’accord', en: 'Completely agree' },
} satisfies Record<string, LocalizedText>;

/*
 * The items as put to the worker (worker mode and the paper form): our own plain-language questions
 * about the same thing, in the first person or addressed to the worker. Not the validated wording
 * either; a practice that loads the official wording gets that instead.
 */

export const START_BACK_WORKER_QUESTIONS: Record<keyof StartBackAnswers, LocalizedText> = {
  legPain: {
    nl: 'Mijn rugpijn straalde soms uit naar een been of naar beide benen.',
    fr: 'Ma douleur au dos descendait parfois dans une jambe ou dans les deux.',
    en: 'My back pain spread down one or both legs at times.',
  },
  shoulderOrNeckPain: {
    nl: 'Ik had ook pijn in mijn schouder of nek.',
    fr: 'J’avais aussi mal à l’épaule ou à la nuque.',
    en: 'I also had pain in my shoulder or neck.',
  },
  walkedOnlyShortDistances: {
    nl: 'Door mijn rug liep ik alleen korte stukken.',
    fr: 'À cause de mon dos, je n’ai marché que sur de petites distances.',
    en: 'Because of my back, I only walked short distances.',
  },
  dressedMoreSlowly: {
    nl: 'Door mijn rug kleedde ik me trager aan dan anders.',
    fr: 'À cause de mon dos, je m’habillais plus lentement que d’habitude.',
    en: 'Because of my back, I got dressed more slowly than usual.',
  },
  notSafeToBeActive: {
    nl: 'Bewegen voelt voor mij niet echt veilig met deze rugklachten.',
    fr: 'Bouger ne me semble pas vraiment sûr avec ce problème de dos.',
    en: 'Being active does not feel really safe to me with this back problem.',
  },
  worryingThoughts: {
    nl: 'Ik maakte me vaak zorgen; er spookte veel door mijn hoofd.',
    fr: 'Je me faisais souvent du souci ; beaucoup de pensées inquiètes me trottaient dans la tête.',
    en: 'I often worried; anxious thoughts kept going round in my head.',
  },
  painTerribleNeverBetter: {
    nl: 'Mijn rugpijn is vreselijk en ik denk dat het nooit meer goed komt.',
    fr: 'Ma douleur au dos est terrible et je pense que cela ne s’arrangera jamais.',
    en: 'My back pain is terrible and I think it will never get better.',
  },
  notEnjoyingThings: {
    nl: 'Ik genoot minder van dingen dan anders.',
    fr: 'J’ai pris moins de plaisir aux choses que d’habitude.',
    en: 'I enjoyed things less than usual.',
  },
  bothersomeness: {
    nl: 'Hoeveel last had u, alles bij elkaar, van uw rugpijn?',
    fr: 'Dans l’ensemble, à quel point votre douleur au dos vous a-t-elle gêné ?',
    en: 'All in all, how much has your back pain bothered you?',
  },
};

export const OREBRO_WORKER_QUESTIONS: Record<keyof OrebroShortAnswers, LocalizedText> = {
  durationCategory: { nl: 'Hoe lang heeft u deze pijn nu al?', fr: 'Depuis combien de temps avez-vous cette douleur ?', en: 'How long have you had this pain?' },
  painLastWeek: { nl: 'Hoeveel pijn had u de afgelopen week?', fr: 'Quelle douleur avez-vous eue la semaine passée ?', en: 'How much pain did you have over the past week?' },
  canDoLightWorkForAnHour: { nl: 'Kunt u een uur licht werk doen?', fr: 'Pouvez-vous faire un travail léger pendant une heure ?', en: 'Can you do light work for an hour?' },
  canSleepAtNight: { nl: 'Kunt u ’s nachts slapen?', fr: 'Pouvez-vous dormir la nuit ?', en: 'Can you sleep at night?' },
  tenseOrAnxious: {
    nl: 'Hoe gespannen of angstig voelde u zich de afgelopen week?',
    fr: 'À quel point vous êtes-vous senti tendu ou anxieux la semaine passée ?',
    en: 'How tense or anxious did you feel over the past week?',
  },
  botheredByDepression: {
    nl: 'Hoeveel last had u de afgelopen week van een somber gevoel?',
    fr: 'À quel point un sentiment de déprime vous a-t-il gêné la semaine passée ?',
    en: 'How much did feeling down bother you over the past week?',
  },
  riskPainBecomesPersistent: {
    nl: 'Hoe groot is volgens u de kans dat uw pijn blijft?',
    fr: 'Selon vous, quel est le risque que votre douleur persiste ?',
    en: 'How big do you think the risk is that your pain will last?',
  },
  chanceWorkingInThreeMonths: {
    nl: 'Hoe groot is volgens u de kans dat u over 3 maanden gewoon werkt?',
    fr: 'Selon vous, quelles sont vos chances de travailler normalement dans 3 mois ?',
    en: 'How big do you think the chance is that you will be working normally in 3 months?',
  },
  stopWhenPainIncreases: {
    nl: 'Als mijn pijn erger wordt, moet ik stoppen met wat ik aan het doen ben.',
    fr: 'Si ma douleur augmente, je dois arrêter ce que je suis en train de faire.',
    en: 'If my pain gets worse, I should stop what I am doing.',
  },
  shouldNotWorkWithCurrentPain: {
    nl: 'Met de pijn die ik nu heb, hoor ik mijn gewone werk niet te doen.',
    fr: 'Avec la douleur que j’ai maintenant, je ne devrais pas faire mon travail habituel.',
    en: 'With the pain I have now, I should not be doing my normal work.',
  },
};
