import type { Message } from '../message';

export const setupMessages = {
  'setup.title': { nl: 'Welkom bij Ruggensteun', fr: 'Bienvenue dans Ruggensteun', en: 'Welcome to Ruggensteun' },
  'setup.intro': {
    nl: 'Richt eerst uw praktijk in. Alle gegevens blijven op deze computer.',
    fr: 'Configurez d’abord votre cabinet. Toutes les données restent sur cet ordinateur.',
    en: 'First set up your practice. All data stays on this computer.',
  },
  'setup.practiceSection': { nl: 'Praktijk', fr: 'Cabinet', en: 'Practice' },
  'setup.practiceName': { nl: 'Naam van de praktijk', fr: 'Nom du cabinet', en: 'Practice name' },
  'setup.jurisdiction': { nl: 'Land', fr: 'Pays', en: 'Country' },
  'setup.jurisdictionHint': {
    nl: 'Bepaalt welke wettelijke termijnen en woorden de toepassing gebruikt.',
    fr: 'Détermine les délais légaux et le vocabulaire utilisés.',
    en: 'Decides which legal deadlines and wording the app uses.',
  },
  'setup.language': { nl: 'Taal van de praktijk', fr: 'Langue du cabinet', en: 'Practice language' },
  'setup.accountSection': { nl: 'Uw account', fr: 'Votre compte', en: 'Your account' },
  'setup.accountHint': {
    nl: 'Het eerste account is dat van een arts. Andere accounts voegt u later toe.',
    fr: 'Le premier compte est celui d’un médecin. Vous ajouterez les autres comptes plus tard.',
    en: 'The first account is a doctor’s. You can add other accounts later.',
  },
  'setup.accountName': { nl: 'Uw naam', fr: 'Votre nom', en: 'Your name' },
  'setup.role': { nl: 'Rol', fr: 'Rôle', en: 'Role' },
  'setup.passphrase': { nl: 'Wachtwoord', fr: 'Mot de passe', en: 'Password' },
  'setup.passphraseHint': {
    nl: 'Minstens 10 tekens. Een zin van enkele woorden is sterk en goed te onthouden.',
    fr: 'Au moins 10 caractères. Une phrase de quelques mots est solide et facile à retenir.',
    en: 'At least 10 characters. A sentence of a few words is strong and easy to remember.',
  },
  'setup.passphraseRepeat': { nl: 'Herhaal het wachtwoord', fr: 'Répétez le mot de passe', en: 'Repeat the password' },
  'setup.submit': { nl: 'Praktijk aanmaken', fr: 'Créer le cabinet', en: 'Create practice' },
  'signIn.title': { nl: 'Aanmelden', fr: 'Connexion', en: 'Sign in' },
  'lock.title': { nl: 'Scherm vergrendeld', fr: 'Écran verrouillé', en: 'Screen locked' },
  'lock.intro': {
    nl: '{name} bij {practice}. Uw werk staat nog klaar; vul uw wachtwoord in om verder te gaan.',
    fr: '{name} chez {practice}. Votre travail vous attend ; saisissez votre mot de passe pour continuer.',
    en: '{name} at {practice}. Your work is still there; enter your password to go on.',
  },
  'lock.unlock': { nl: 'Ontgrendelen', fr: 'Déverrouiller', en: 'Unlock' },
  'lock.signOutHint': {
    nl: 'Stoppen voor nu? Na het afmelden blijft het praktijkbestand gesloten tot iemand zich weer aanmeldt.',
    fr: 'Vous arrêtez ? Après la déconnexion, le fichier du cabinet reste fermé jusqu’à la prochaine connexion.',
    en: 'Stopping for now? After signing out, the practice file stays closed until someone signs in again.',
  },
  'lock.now': { nl: 'Vergrendelen', fr: 'Verrouiller', en: 'Lock' },
  'signIn.name': { nl: 'Naam', fr: 'Nom', en: 'Name' },
  'signIn.passphrase': { nl: 'Wachtwoord', fr: 'Mot de passe', en: 'Password' },
  'signIn.submit': { nl: 'Aanmelden', fr: 'Se connecter', en: 'Sign in' },
  'signIn.privacy': {
    nl: 'Elke inzage in een dossier wordt vastgelegd: wie, wat en wanneer.',
    fr: 'Chaque consultation d’un dossier est enregistrée : qui, quoi et quand.',
    en: 'Every look at a dossier is recorded: who, what and when.',
  },
  'demo.title': { nl: 'Een lege praktijk', fr: 'Un cabinet vide', en: 'An empty practice' },
  'demo.text': {
    nl: 'Wilt u eerst rondkijken? Laad dan een verzonnen voorbeeldpraktijk met drie werkgevers en vijftig werknemers. Alle namen zijn fictief.',
    fr: 'Vous voulez d’abord explorer ? Chargez un cabinet d’exemple inventé avec trois employeurs et cinquante travailleurs. Tous les noms sont fictifs.',
    en: 'Want to look around first? Load a made-up example practice with three employers and fifty workers. All names are fictitious.',
  },
  'demo.load': { nl: 'Voorbeeldpraktijk laden', fr: 'Charger le cabinet d’exemple', en: 'Load example practice' },
  'demo.loaded': {
    nl: 'Voorbeeldpraktijk geladen: {count} fictieve werknemers.',
    fr: 'Cabinet d’exemple chargé : {count} travailleurs fictifs.',
    en: 'Example practice loaded: {count} fictitious workers.',
  },
} satisfies Record<string, Message>;
