import type { Message } from '../message';

/** A save refused because someone else saved the same record in the meantime: compare and choose. */
export const concurrencyMessages = {
  'concurrency.title': {
    nl: 'Intussen door iemand anders opgeslagen',
    fr: 'Enregistré entre-temps par quelqu’un d’autre',
    en: 'Saved by someone else in the meantime',
  },
  'concurrency.differences': {
    nl: 'Wat verschilt tussen uw invoer en de opgeslagen versie',
    fr: 'Ce qui diffère entre votre saisie et la version enregistrée',
    en: 'What differs between your input and the saved version',
  },
  'concurrency.field': { nl: 'Gegeven', fr: 'Donnée', en: 'Field' },
  'concurrency.yours': { nl: 'Uw invoer (niet opgeslagen)', fr: 'Votre saisie (non enregistrée)', en: 'Your input (not saved)' },
  'concurrency.saved': { nl: 'Nu opgeslagen', fr: 'Enregistré maintenant', en: 'Saved now' },
  'concurrency.noDifferences': {
    nl: 'De opgeslagen versie is gelijk aan uw invoer.',
    fr: 'La version enregistrée est identique à votre saisie.',
    en: 'The saved version is the same as your input.',
  },
  'concurrency.keepMine': { nl: 'Mijn invoer opslaan', fr: 'Enregistrer ma saisie', en: 'Save my input' },
  'concurrency.takeSaved': { nl: 'De opgeslagen versie overnemen', fr: 'Reprendre la version enregistrée', en: 'Use the saved version' },
  'concurrency.empty': { nl: '(leeg)', fr: '(vide)', en: '(empty)' },
  'concurrency.plan.step': { nl: 'Stap {number}', fr: 'Étape {number}', en: 'Step {number}' },
  'concurrency.plan.savedAs': {
    nl: 'Opgeslagen als versie {version} door {name}.',
    fr: 'Enregistré comme version {version} par {name}.',
    en: 'Saved as version {version} by {name}.',
  },
  'concurrency.draft.title': {
    nl: 'Intussen op een andere werkplek bewaard',
    fr: 'Conservé entre-temps sur un autre poste',
    en: 'Kept on another workstation in the meantime',
  },
  'concurrency.draft': {
    nl: 'Dit consult is intussen op een andere werkplek bewaard. Uw invoer staat nog op het scherm maar wordt niet meer automatisch bewaard tot u kiest.',
    fr: 'Cette consultation a été conservée entre-temps sur un autre poste. Votre saisie est toujours à l’écran, mais n’est plus conservée automatiquement jusqu’à votre choix.',
    en: 'This consultation was kept on another workstation in the meantime. Your input is still on screen but is no longer kept automatically until you choose.',
  },
  'concurrency.draft.status': {
    nl: 'Niet bewaard: kies welke versie blijft',
    fr: 'Non conservé : choisissez la version qui reste',
    en: 'Not kept: choose which version stays',
  },
  'concurrency.draft.keepMine': { nl: 'Mijn invoer houden', fr: 'Garder ma saisie', en: 'Keep my input' },
  'concurrency.draft.loadSaved': { nl: 'De bewaarde versie laden', fr: 'Charger la version conservée', en: 'Load the kept version' },
} satisfies Record<string, Message>;
