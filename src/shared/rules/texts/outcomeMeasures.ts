import type { LocalizedText } from '../language';

/*
 * Texts of the outcome measures. The Roland-Morris items are our own plain-language statements of
 * what each item asks, in the first person so a worker can answer them; they are NOT the official
 * validated wording (see docs/outcome-measures.md).
 */

export const ROLAND_MORRIS_TITLE: LocalizedText = {
  nl: 'Roland-Morris vragenlijst (functie)',
  fr: 'Questionnaire de Roland-Morris (fonction)',
  en: 'Roland-Morris Disability Questionnaire',
};

export const ROLAND_MORRIS_RECALL: LocalizedText = {
  nl: 'Vink aan wat vandaag voor u klopt door uw rug.',
  fr: 'Cochez ce qui est vrai pour vous aujourd’hui à cause de votre dos.',
  en: 'Tick what is true for you today because of your back.',
};

export const ROLAND_MORRIS_LICENCE: LocalizedText = {
  nl: 'Roland-Morris Disability Questionnaire © Martin Roland en Richard Morris (Spine 1983;8:141-144). Gratis in de eigen klinische praktijk; commercieel gebruik vraagt een licentie van de rechthebbenden. De vragen hier zijn eigen samenvattingen, niet de gevalideerde tekst.',
  fr: 'Roland-Morris Disability Questionnaire © Martin Roland et Richard Morris (Spine 1983;8:141-144). Gratuit en pratique clinique ; un usage commercial demande une licence des ayants droit. Les questions ici sont nos propres résumés, pas le texte validé.',
  en: 'Roland-Morris Disability Questionnaire © Martin Roland and Richard Morris (Spine 1983;8:141-144). Free in clinical practice; commercial use needs a licence from the copyright holders. The questions here are our own summaries, not the validated wording.',
};

/** The 24 statements, item 1 first. */
export const ROLAND_MORRIS_ITEM_LABELS: readonly LocalizedText[] = [
  { nl: 'Ik ben bijna de hele dag thuis.', fr: 'Je reste presque toute la journée à la maison.', en: 'I am at home almost all day.' },
  { nl: 'Ik moet vaak van houding wisselen.', fr: 'Je dois souvent changer de position.', en: 'I often have to change position.' },
  { nl: 'Ik loop trager dan anders.', fr: 'Je marche moins vite que d’habitude.', en: 'I walk more slowly than usual.' },
  {
    nl: 'Ik doe mijn gewone klusjes in huis niet.',
    fr: 'Je ne fais pas mes tâches habituelles à la maison.',
    en: 'I do not do my usual jobs at home.',
  },
  { nl: 'Ik heb de trapleuning nodig om naar boven te gaan.', fr: 'J’ai besoin de la rampe pour monter l’escalier.', en: 'I need the handrail to go upstairs.' },
  { nl: 'Ik ga vaker liggen om te rusten.', fr: 'Je m’allonge plus souvent pour me reposer.', en: 'I lie down to rest more often.' },
  {
    nl: 'Ik moet me ergens aan vasthouden om uit een zetel op te staan.',
    fr: 'Je dois me tenir à quelque chose pour sortir d’un fauteuil.',
    en: 'I have to hold on to something to get out of an armchair.',
  },
  { nl: 'Ik vraag anderen dingen voor mij te doen.', fr: 'Je demande aux autres de faire des choses pour moi.', en: 'I ask others to do things for me.' },
  { nl: 'Ik kleed me trager aan dan anders.', fr: 'Je m’habille moins vite que d’habitude.', en: 'I get dressed more slowly than usual.' },
  { nl: 'Ik kan maar kort blijven staan.', fr: 'Je ne peux rester debout que peu de temps.', en: 'I can only stand for a short time.' },
  { nl: 'Ik probeer niet te bukken of te knielen.', fr: 'J’évite de me pencher ou de m’agenouiller.', en: 'I try not to bend or kneel.' },
  { nl: 'Opstaan uit een stoel is moeilijk.', fr: 'Me lever d’une chaise est difficile.', en: 'Getting up from a chair is hard.' },
  { nl: 'Mijn rug doet bijna altijd pijn.', fr: 'Mon dos me fait mal presque tout le temps.', en: 'My back hurts almost all the time.' },
  { nl: 'Omdraaien in bed is moeilijk.', fr: 'Me retourner dans le lit est difficile.', en: 'Turning over in bed is hard.' },
  { nl: 'Ik heb minder zin in eten.', fr: 'J’ai moins d’appétit.', en: 'I have less appetite.' },
  { nl: 'Sokken aantrekken is moeilijk.', fr: 'Mettre mes chaussettes est difficile.', en: 'Putting on socks is hard.' },
  { nl: 'Ik wandel alleen korte stukjes.', fr: 'Je ne marche que sur de courtes distances.', en: 'I only walk short distances.' },
  { nl: 'Ik slaap slechter.', fr: 'Je dors moins bien.', en: 'I sleep less well.' },
  { nl: 'Ik heb hulp nodig bij het aankleden.', fr: 'J’ai besoin d’aide pour m’habiller.', en: 'I need help to get dressed.' },
  { nl: 'Ik zit het grootste deel van de dag.', fr: 'Je suis assis la plus grande partie de la journée.', en: 'I sit for most of the day.' },
  { nl: 'Ik laat zwaar werk in huis liggen.', fr: 'J’évite les gros travaux à la maison.', en: 'I avoid heavy jobs at home.' },
  { nl: 'Ik ben sneller geïrriteerd.', fr: 'Je m’énerve plus vite.', en: 'I get irritated more easily.' },
  { nl: 'Ik ga trager de trap op.', fr: 'Je monte l’escalier plus lentement.', en: 'I go upstairs more slowly.' },
  { nl: 'Ik lig bijna de hele dag in bed.', fr: 'Je reste au lit presque toute la journée.', en: 'I stay in bed almost all day.' },
];

export const APPLIES_LABEL: LocalizedText = { nl: 'Klopt', fr: 'C’est vrai', en: 'True' };
export const DOES_NOT_APPLY_LABEL: LocalizedText = { nl: 'Klopt niet', fr: 'Pas vrai', en: 'Not true' };

export const PAIN_NOW_TITLE: LocalizedText = { nl: 'Pijn nu', fr: 'Douleur maintenant', en: 'Pain now' };
export const PAIN_NOW_QUESTION: LocalizedText = {
  nl: 'Hoeveel pijn heeft u nu in uw rug?',
  fr: 'Quelle douleur avez-vous au dos en ce moment ?',
  en: 'How much back pain do you have right now?',
};

export const WORK_ABILITY_TITLE: LocalizedText = { nl: 'Werkvermogen (WAS)', fr: 'Capacité de travail (WAS)', en: 'Work ability (WAS)' };
export const WORK_ABILITY_QUESTION: LocalizedText = {
  nl: 'Stel dat uw werkvermogen op zijn best 10 punten is. Hoeveel punten geeft u uw werkvermogen nu?',
  fr: 'Si votre capacité de travail à son meilleur vaut 10 points, combien de points lui donnez-vous maintenant ?',
  en: 'If your ability to work at its best is worth 10 points, how many points would you give it now?',
};
export const WORK_ABILITY_ANCHORS = {
  unable: { nl: 'Kan helemaal niet werken', fr: 'Incapable de travailler', en: 'Cannot work at all' },
  best: { nl: 'Op zijn best', fr: 'À son meilleur', en: 'At its best' },
} satisfies Record<string, LocalizedText>;
export const WORK_ABILITY_LICENCE: LocalizedText = {
  nl: 'Work Ability Score: de eerste vraag van de Work Ability Index (Ilmarinen, Finnish Institute of Occupational Health). Eigen formulering.',
  fr: 'Work Ability Score : la première question du Work Ability Index (Ilmarinen, Finnish Institute of Occupational Health). Formulation propre.',
  en: 'Work Ability Score: the first question of the Work Ability Index (Ilmarinen, Finnish Institute of Occupational Health). Own wording.',
};

export const HOURS_WORKED_TITLE: LocalizedText = { nl: 'Gewerkte uren per week', fr: 'Heures travaillées par semaine', en: 'Hours worked per week' };
export const HOURS_WORKED_QUESTION: LocalizedText = {
  nl: 'Hoeveel uur heeft u de afgelopen week gewerkt?',
  fr: 'Combien d’heures avez-vous travaillé la semaine passée ?',
  en: 'How many hours did you work last week?',
};

export const PSK_TITLE: LocalizedText = {
  nl: 'Patiëntspecifieke klachten (PSK)',
  fr: 'Plaintes spécifiques au patient (PSK)',
  en: 'Patient-specific complaints (PSK)',
};
export const PSK_QUESTION: LocalizedText = {
  nl: 'Hoe moeilijk was deze activiteit de afgelopen week door uw rug?',
  fr: 'À quel point cette activité a-t-elle été difficile la semaine passée à cause de votre dos ?',
  en: 'How hard was this activity over the past week because of your back?',
};
export const PSK_ANCHORS = {
  noDifficulty: { nl: 'Geen moeite', fr: 'Aucune difficulté', en: 'No difficulty' },
  impossible: { nl: 'Onmogelijk', fr: 'Impossible', en: 'Impossible' },
} satisfies Record<string, LocalizedText>;
export const PSK_LICENCE: LocalizedText = {
  nl: 'PSK naar Beurskens et al. 1996 (vrij te gebruiken). De werknemer noemt zelf tot drie activiteiten.',
  fr: 'PSK d’après Beurskens et al. 1996 (libre d’utilisation). Le travailleur nomme lui-même jusqu’à trois activités.',
  en: 'PSK after Beurskens et al. 1996 (free to use). The worker names up to three activities.',
};

/** Column headers of the values table: short enough that no word is ever split. */
export const OUTCOME_SHORT_TITLES = {
  painNow: { nl: 'Pijn nu (0-10)', fr: 'Douleur (0-10)', en: 'Pain now (0-10)' },
  rolandMorris: { nl: 'Roland-Morris (0-24)', fr: 'Roland-Morris (0-24)', en: 'Roland-Morris (0-24)' },
  workAbility: { nl: 'Werkvermogen (0-10)', fr: 'Capacité de travail (0-10)', en: 'Work ability (0-10)' },
  psk: { nl: 'PSK (0-10)', fr: 'PSK (0-10)', en: 'PSK (0-10)' },
  hoursWorked: { nl: 'Uren per week', fr: 'Heures par semaine', en: 'Hours a week' },
} satisfies Record<string, LocalizedText>;

export const CHANGE_LABELS = {
  better: { nl: 'Beter', fr: 'Mieux', en: 'Better' },
  worse: { nl: 'Slechter', fr: 'Moins bien', en: 'Worse' },
  unchanged: { nl: 'Gelijk', fr: 'Inchangé', en: 'Unchanged' },
} satisfies Record<string, LocalizedText>;

export const NO_IMPROVEMENT_TEXT: LocalizedText = {
  nl: 'Geen relevante verbetering sinds het begin van de episode op pijn, functie, werkvermogen of PSK.',
  fr: 'Aucune amélioration pertinente depuis le début de l’épisode pour la douleur, la fonction, la capacité de travail ou le PSK.',
  en: 'No meaningful improvement since the start of the episode in pain, function, work ability or PSK.',
};
