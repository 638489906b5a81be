import type { Message } from '../message';

/** The recovery key, forgotten passphrases and the OS keychain. */
export const keyMessages = {
  'error.invalidRecoveryKey': {
    nl: 'Deze herstelsleutel past niet bij dit praktijkbestand. Controleer de tekens.',
    fr: 'Cette clé de récupération ne correspond pas à ce fichier du cabinet. Vérifiez les caractères.',
    en: 'This recovery key does not fit this practice file. Check the characters.',
  },
  'error.keychainUnavailable': {
    nl: 'Deze computer heeft geen sleutelbos die de toepassing kan gebruiken.',
    fr: 'Cet ordinateur n’a pas de trousseau utilisable par l’application.',
    en: 'This computer has no keychain the app can use.',
  },
  'recoveryKey.title': { nl: 'Uw herstelsleutel', fr: 'Votre clé de récupération', en: 'Your recovery key' },
  'recoveryKey.intro': {
    nl: 'Het praktijkbestand is versleuteld. Met deze sleutel opent u het als alle wachtwoorden kwijt zijn, of zet u een reservekopie terug. Hij wordt maar één keer getoond.',
    fr: 'Le fichier du cabinet est chiffré. Cette clé l’ouvre si tous les mots de passe sont perdus, ou pour restaurer une sauvegarde. Elle n’est affichée qu’une seule fois.',
    en: 'The practice file is encrypted. This key opens it when every password is lost, or to restore a backup. It is shown only once.',
  },
  'recoveryKey.serverIntro': {
    nl: 'Met deze sleutel kiest iemand van de praktijk een nieuw wachtwoord als het oude vergeten is. De vorige herstelsleutel werkt niet meer. Hij wordt maar één keer getoond.',
    fr: 'Avec cette clé, un membre du cabinet choisit un nouveau mot de passe s’il a oublié l’ancien. L’ancienne clé de récupération ne fonctionne plus. Elle n’est affichée qu’une seule fois.',
    en: 'With this key someone in the practice sets a new password when they forgot the old one. The previous recovery key no longer works. It is shown only once.',
  },
  'recoveryKey.keep': {
    nl: 'Druk hem af of schrijf hem op en bewaar hem op een veilige plek, apart van deze computer.',
    fr: 'Imprimez-la ou recopiez-la et gardez-la en lieu sûr, à l’écart de cet ordinateur.',
    en: 'Print it or write it down and keep it somewhere safe, away from this computer.',
  },
  'recoveryKey.label': { nl: 'Herstelsleutel', fr: 'Clé de récupération', en: 'Recovery key' },
  'recoveryKey.print': { nl: 'Afdrukken', fr: 'Imprimer', en: 'Print' },
  'recoveryKey.copy': { nl: 'Kopiëren', fr: 'Copier', en: 'Copy' },
  'recoveryKey.copied': { nl: 'Gekopieerd.', fr: 'Copiée.', en: 'Copied.' },
  'recoveryKey.confirm': {
    nl: 'Ik heb de herstelsleutel bewaard',
    fr: 'J’ai mis la clé de récupération en sécurité',
    en: 'I have kept the recovery key',
  },
  'recoveryKey.done': { nl: 'Verder', fr: 'Continuer', en: 'Continue' },
  'recoveryKey.printHeading': {
    nl: 'Herstelsleutel van het praktijkbestand',
    fr: 'Clé de récupération du fichier du cabinet',
    en: 'Recovery key of the practice file',
  },
  'recover.link': { nl: 'Wachtwoord vergeten?', fr: 'Mot de passe oublié ?', en: 'Forgot your password?' },
  'recover.title': { nl: 'Toegang herstellen', fr: 'Rétablir l’accès', en: 'Restore access' },
  'recover.intro': {
    nl: 'Geef de herstelsleutel van de praktijk, uw naam en een nieuw wachtwoord.',
    fr: 'Indiquez la clé de récupération du cabinet, votre nom et un nouveau mot de passe.',
    en: 'Enter the practice’s recovery key, your name and a new password.',
  },
  'recover.newPassphrase': { nl: 'Nieuw wachtwoord', fr: 'Nouveau mot de passe', en: 'New password' },
  'recover.submit': { nl: 'Wachtwoord instellen en aanmelden', fr: 'Définir et se connecter', en: 'Set password and sign in' },
  'recover.back': { nl: 'Terug naar aanmelden', fr: 'Retour à la connexion', en: 'Back to sign in' },
  'keys.section': { nl: 'Versleuteling', fr: 'Chiffrement', en: 'Encryption' },
  'keys.serverSection': { nl: 'Herstelsleutel en reservekopieën', fr: 'Clé de récupération et sauvegardes', en: 'Recovery key and backups' },
  'keys.serverHint': {
    nl: 'Deze praktijk staat op de praktijkserver. Wie zijn wachtwoord vergeten is, kiest met de herstelsleutel een nieuw. De beheerder van de server beveiligt de database en maakt de reservekopieën.',
    fr: 'Ce cabinet se trouve sur le serveur du cabinet. Qui a oublié son mot de passe en choisit un nouveau avec la clé de récupération. L’administrateur du serveur protège la base de données et fait les sauvegardes.',
    en: 'This practice is on the practice server. Anyone who forgot their password sets a new one with the recovery key. The server’s administrator protects the database and makes the backups.',
  },
  'keys.hint': {
    nl: 'Het praktijkbestand en de reservekopieën zijn versleuteld. Aanmelden met een wachtwoord opent het bestand; de herstelsleutel opent het ook.',
    fr: 'Le fichier du cabinet et les sauvegardes sont chiffrés. Se connecter avec un mot de passe ouvre le fichier ; la clé de récupération l’ouvre aussi.',
    en: 'The practice file and the backups are encrypted. Signing in with a password opens the file; the recovery key opens it too.',
  },
  'keys.newRecoveryKey': { nl: 'Nieuwe herstelsleutel maken', fr: 'Créer une nouvelle clé de récupération', en: 'Make a new recovery key' },
  'keys.newServerRecoveryKeyHint': {
    nl: 'De oude herstelsleutel werkt daarna niet meer.',
    fr: 'L’ancienne clé de récupération ne fonctionne plus ensuite.',
    en: 'The old recovery key stops working.',
  },
  'keys.newRecoveryKeyHint': {
    nl: 'De oude sleutel werkt daarna niet meer voor dit bestand; oudere reservekopieën openen nog met de sleutel van toen.',
    fr: 'L’ancienne clé ne fonctionne plus pour ce fichier ; les sauvegardes plus anciennes s’ouvrent encore avec la clé de l’époque.',
    en: 'The old key then stops working for this file; older backups still open with the key of their time.',
  },
  'keys.keychain': {
    nl: 'Bij het starten openen met de sleutelbos van deze computer (aanmelden blijft nodig)',
    fr: 'Ouvrir au démarrage avec le trousseau de cet ordinateur (la connexion reste nécessaire)',
    en: 'Open at start with this computer’s keychain (signing in is still needed)',
  },
} satisfies Record<string, Message>;
