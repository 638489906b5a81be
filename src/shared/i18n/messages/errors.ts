import type { Message } from '../message';

export const errorMessages = {
  'error.unauthenticated': {
    nl: 'U bent niet (meer) aangemeld. Meld u opnieuw aan.',
    fr: 'Vous n’êtes plus connecté. Veuillez vous reconnecter.',
    en: 'You are not signed in. Please sign in again.',
  },
  'error.forbidden': {
    nl: 'Uw rol geeft geen toegang tot deze gegevens.',
    fr: 'Votre rôle ne donne pas accès à ces données.',
    en: 'Your role does not give access to this information.',
  },
  'error.notFound': {
    nl: 'Dit gegeven bestaat niet (meer).',
    fr: 'Cette donnée n’existe pas (ou plus).',
    en: 'This item does not exist (any more).',
  },
  'error.invalidCredentials': {
    nl: 'Naam of wachtzin klopt niet.',
    fr: 'Nom ou phrase secrète incorrect.',
    en: 'Name or passphrase is not correct.',
  },
  'error.alreadyInitialized': {
    nl: 'Deze praktijk is al ingericht. Meld u aan.',
    fr: 'Ce cabinet est déjà configuré. Veuillez vous connecter.',
    en: 'This practice has already been set up. Please sign in.',
  },
  'error.practiceNotEmpty': {
    nl: 'De voorbeeldpraktijk kan alleen in een lege praktijk worden geladen.',
    fr: 'Le cabinet d’exemple ne peut être chargé que dans un cabinet vide.',
    en: 'The example practice can only be loaded into an empty practice.',
  },
  'error.duplicatePersonnelNumber': {
    nl: 'Personeelsnummer {personnelNumber} is bij deze werkgever al in gebruik.',
    fr: 'Le matricule {personnelNumber} est déjà utilisé chez cet employeur.',
    en: 'Personnel number {personnelNumber} is already in use at this employer.',
  },
  'error.duplicateAccount': {
    nl: 'Er bestaat al een account met de naam {name}.',
    fr: 'Un compte nommé {name} existe déjà.',
    en: 'An account named {name} already exists.',
  },
  'error.validation': {
    nl: 'Niet alle velden zijn goed ingevuld. Kijk de gemarkeerde velden na.',
    fr: 'Certains champs ne sont pas correctement remplis. Vérifiez les champs signalés.',
    en: 'Some fields are not filled in correctly. Please check the marked fields.',
  },
  'error.internal': {
    nl: 'Er ging iets mis. Er is niets half opgeslagen; probeer het opnieuw.',
    fr: 'Un problème est survenu. Rien n’a été enregistré à moitié ; réessayez.',
    en: 'Something went wrong. Nothing was half-saved; please try again.',
  },
  'error.offline': {
    nl: 'Geen verbinding met de toepassing. Herstart Ruggensteun.',
    fr: 'Pas de connexion avec l’application. Redémarrez Ruggensteun.',
    en: 'No connection with the application. Restart Ruggensteun.',
  },
  'validation.required': { nl: 'Vul dit veld in.', fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
  'validation.immediateNotEvaluable': {
    nl: 'Een spoedvlag kan niet als geëvalueerd worden gemarkeerd.',
    fr: 'Un drapeau d’urgence ne peut pas être marqué comme évalué.',
    en: 'An emergency flag cannot be marked as evaluated.',
  },
  'validation.tooLong': { nl: 'Deze tekst is te lang.', fr: 'Ce texte est trop long.', en: 'This text is too long.' },
  'validation.date': {
    nl: 'Geef een geldige datum, bijvoorbeeld 01-03-1980.',
    fr: 'Indiquez une date valide, par exemple 01-03-1980.',
    en: 'Enter a valid date, for example 01-03-1980.',
  },
  'validation.email': {
    nl: 'Geef een geldig e-mailadres.',
    fr: 'Indiquez une adresse e-mail valide.',
    en: 'Enter a valid email address.',
  },
  'validation.hoursRange': {
    nl: 'Geef een aantal uren tussen 1 en 60.',
    fr: 'Indiquez un nombre d’heures entre 1 et 60.',
    en: 'Enter a number of hours between 1 and 60.',
  },
  'validation.number': { nl: 'Geef een getal.', fr: 'Indiquez un nombre.', en: 'Enter a number.' },
  'validation.passphraseTooShort': {
    nl: 'Kies een wachtzin van minstens 10 tekens.',
    fr: 'Choisissez une phrase secrète d’au moins 10 caractères.',
    en: 'Choose a passphrase of at least 10 characters.',
  },
  'validation.passphraseMismatch': {
    nl: 'De twee wachtzinnen zijn niet gelijk.',
    fr: 'Les deux phrases secrètes ne correspondent pas.',
    en: 'The two passphrases do not match.',
  },
  'validation.nonNegative': { nl: 'Geef 0 of meer.', fr: 'Indiquez 0 ou plus.', en: 'Enter 0 or more.' },
  'validation.tooLarge': { nl: 'Deze waarde is te groot.', fr: 'Cette valeur est trop grande.', en: 'This value is too large.' },
  'validation.smallCellK': {
    nl: 'De kleinste groep telt 3 tot en met 50 personen.',
    fr: 'Le plus petit groupe compte de 3 à 50 personnes.',
    en: 'The smallest group must be 3 to 50 people.',
  },
  'validation.birthDateFuture': {
    nl: 'De geboortedatum ligt in de toekomst.',
    fr: 'La date de naissance est dans le futur.',
    en: 'The birth date is in the future.',
  },
  'validation.invalid': { nl: 'Deze waarde is niet geldig.', fr: 'Cette valeur n’est pas valide.', en: 'This value is not valid.' },
} satisfies Record<string, Message>;
