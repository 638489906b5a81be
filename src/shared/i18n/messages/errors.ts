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
  'error.doctorSignatureRequired': {
    nl: 'Een verwijsbrief of advies aan de werkgever wordt door een arts ondertekend. Vraag de arts om dit document te maken.',
    fr: 'Une lettre de renvoi ou un avis à l’employeur est signé par un médecin. Demandez au médecin de créer ce document.',
    en: 'A referral letter or an employer advice is signed by a doctor. Ask the doctor to make this document.',
  },
  'error.locked': {
    nl: 'Het scherm is vergrendeld. Ontgrendel het met uw wachtwoord.',
    fr: 'L’écran est verrouillé. Déverrouillez-le avec votre mot de passe.',
    en: 'The screen is locked. Unlock it with your password.',
  },
  'error.signInDelayed.one': {
    nl: 'Te veel mislukte pogingen. Wacht {count} seconde en probeer het opnieuw.',
    fr: 'Trop de tentatives échouées. Attendez {count} seconde et réessayez.',
    en: 'Too many failed attempts. Wait {count} second and try again.',
  },
  'error.signInDelayed.other': {
    nl: 'Te veel mislukte pogingen. Wacht {count} seconden en probeer het opnieuw.',
    fr: 'Trop de tentatives échouées. Attendez {count} secondes et réessayez.',
    en: 'Too many failed attempts. Wait {count} seconds and try again.',
  },
  'error.signInLocked': {
    nl: 'Na te veel mislukte pogingen is aanmelden tijdelijk geblokkeerd. Probeer het over {minutes} minuten opnieuw, of vraag een collega-arts om hulp.',
    fr: 'Après trop de tentatives échouées, la connexion est bloquée temporairement. Réessayez dans {minutes} minutes ou demandez de l’aide à un collègue médecin.',
    en: 'After too many failed attempts, signing in is blocked for a while. Try again in {minutes} minutes, or ask a fellow doctor for help.',
  },
  'error.invalidCredentials': {
    nl: 'Naam of wachtwoord klopt niet.',
    fr: 'Nom ou mot de passe incorrect.',
    en: 'Name or password is not correct.',
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
  'error.changedMeanwhile': {
    nl: 'Iemand anders heeft dit intussen opgeslagen. Uw wijzigingen staan nog op het scherm en zijn niet opgeslagen: vergelijk ze met de opgeslagen versie en kies wat blijft.',
    fr: 'Quelqu’un d’autre a enregistré ceci entre-temps. Vos modifications sont toujours à l’écran et n’ont pas été enregistrées : comparez-les avec la version enregistrée et choisissez ce qui reste.',
    en: 'Someone else saved this in the meantime. Your changes are still on screen and were not saved: compare them with the saved version and choose what stays.',
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
  'validation.nulCharacter': {
    nl: 'Deze tekst bevat een verborgen teken dat niet bewaard kan worden. Typ de tekst opnieuw in plaats van hem te plakken.',
    fr: 'Ce texte contient un caractère caché qui ne peut pas être enregistré. Retapez le texte au lieu de le coller.',
    en: 'This text holds a hidden character that cannot be saved. Type the text again instead of pasting it.',
  },
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
    nl: 'Kies een wachtwoord van minstens 10 tekens.',
    fr: 'Choisissez un mot de passe d’au moins 10 caractères.',
    en: 'Choose a password of at least 10 characters.',
  },
  'validation.passphraseMismatch': {
    nl: 'De twee wachtwoorden zijn niet gelijk.',
    fr: 'Les deux mots de passe ne correspondent pas.',
    en: 'The two passwords do not match.',
  },
  'validation.nonNegative': { nl: 'Geef 0 of meer.', fr: 'Indiquez 0 ou plus.', en: 'Enter 0 or more.' },
  'validation.duplicateDepartment': {
    nl: 'Deze werkgever heeft al een afdeling met deze naam.',
    fr: 'Cet employeur a déjà un département portant ce nom.',
    en: 'This employer already has a department with this name.',
  },
  'validation.tooDeep': {
    nl: 'Deze gegevens zijn te diep genest om op te slaan.',
    fr: 'Ces données sont trop imbriquées pour être enregistrées.',
    en: 'This data is nested too deeply to be saved.',
  },
  'validation.passphraseOneCharacter': {
    nl: 'Dit wachtwoord bestaat uit één en hetzelfde teken. Zo’n wachtwoord is als eerste geraden; kies een wachtwoord van een paar woorden.',
    fr: 'Ce mot de passe répète un seul caractère. C’est le premier qu’on devine ; choisissez une phrase de quelques mots.',
    en: 'This password repeats one character. It is the first thing anyone guesses; choose a sentence of a few words.',
  },
  'validation.passphraseDigitsOnly': {
    nl: 'Dit wachtwoord bestaat alleen uit cijfers. Cijfers zijn snel allemaal geprobeerd; kies een wachtwoord van een paar woorden.',
    fr: 'Ce mot de passe ne contient que des chiffres. Ils sont vite tous essayés ; choisissez une phrase de quelques mots.',
    en: 'This password is digits only. Digits are quickly tried one by one; choose a sentence of a few words.',
  },
  'validation.passphraseCommon': {
    nl: 'Dit is een van de meest gebruikte wachtwoorden. Wie wil inbreken probeert die als eerste; kies een wachtwoord dat alleen u kent.',
    fr: 'C’est l’un des mots de passe les plus courants. Un intrus les essaie en premier ; choisissez une phrase que vous seul connaissez.',
    en: 'This is one of the most common passwords. Anyone breaking in tries those first; choose a sentence only you know.',
  },
  'validation.passphraseIsName': {
    nl: 'Het wachtwoord is gelijk aan de naam van het account. Die naam is bekend bij anderen; kies iets anders.',
    fr: 'Le mot de passe est identique au nom du compte. Ce nom est connu d’autres personnes ; choisissez autre chose.',
    en: 'The password is the same as the account name. Others know that name; choose something else.',
  },
  'validation.idleLockMinutes': {
    nl: 'Kies een tijd van 1 tot en met 240 minuten.',
    fr: 'Choisissez une durée de 1 à 240 minutes.',
    en: 'Choose a time from 1 to 240 minutes.',
  },
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
