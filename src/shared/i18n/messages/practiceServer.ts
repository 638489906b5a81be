import type { Message } from '../message';

/** A workstation that uses the practice server: its address, the certificate check and refusals. */
export const practiceServerMessages = {
  'practiceServer.link': { nl: 'Praktijkserver gebruiken', fr: 'Utiliser le serveur du cabinet', en: 'Use the practice server' },
  'practiceServer.title': { nl: 'Praktijkserver', fr: 'Serveur du cabinet', en: 'Practice server' },
  'practiceServer.intro': {
    nl: 'Met een praktijkserver staan de gegevens op die server en niet op deze computer. Vul het adres in dat uw beheerder u gaf.',
    fr: 'Avec un serveur du cabinet, les données se trouvent sur ce serveur et non sur cet ordinateur. Saisissez l’adresse donnée par votre administrateur.',
    en: 'With a practice server the data lives on that server, not on this computer. Enter the address your administrator gave you.',
  },
  'practiceServer.address': { nl: 'Adres van de praktijkserver', fr: 'Adresse du serveur du cabinet', en: 'Practice server address' },
  'practiceServer.addressHint': {
    nl: 'Bijvoorbeeld praktijkserver.local:8443',
    fr: 'Par exemple serveur-cabinet.local:8443',
    en: 'For example practice-server.local:8443',
  },
  'practiceServer.connect': { nl: 'Verbinden', fr: 'Se connecter', en: 'Connect' },
  'practiceServer.checkTitle': {
    nl: 'Controleer de praktijkserver',
    fr: 'Vérifiez le serveur du cabinet',
    en: 'Check the practice server',
  },
  'practiceServer.checkIntro': {
    nl: 'Dit is de eerste verbinding met {url}. Vergelijk de vingerafdruk hieronder met die van uw beheerder. Vertrouw de server alleen als alle tekens gelijk zijn.',
    fr: 'C’est la première connexion à {url}. Comparez l’empreinte ci-dessous avec celle de votre administrateur. Ne faites confiance au serveur que si tous les caractères sont identiques.',
    en: 'This is the first connection to {url}. Compare the fingerprint below with the one from your administrator. Trust the server only if every character matches.',
  },
  'practiceServer.presented': {
    nl: 'Vingerafdruk van de server (SHA-256)',
    fr: 'Empreinte du serveur (SHA-256)',
    en: 'Server fingerprint (SHA-256)',
  },
  'practiceServer.pinned': {
    nl: 'Vingerafdruk bij de eerste verbinding',
    fr: 'Empreinte lors de la première connexion',
    en: 'Fingerprint at the first connection',
  },
  'practiceServer.trust': {
    nl: 'De vingerafdruk klopt: vertrouw deze server',
    fr: 'L’empreinte correspond : faire confiance à ce serveur',
    en: 'The fingerprint matches: trust this server',
  },
  'practiceServer.changedTitle': {
    nl: 'De praktijkserver is veranderd',
    fr: 'Le serveur du cabinet a changé',
    en: 'The practice server has changed',
  },
  'practiceServer.changedBody': {
    nl: '{url} toont een ander certificaat dan bij de eerste verbinding. Ruggensteun maakt geen verbinding, want iemand anders kan zich voor de server uitgeven. Neem contact op met uw beheerder.',
    fr: '{url} présente un autre certificat que lors de la première connexion. Ruggensteun refuse la connexion, car quelqu’un d’autre pourrait se faire passer pour le serveur. Contactez votre administrateur.',
    en: '{url} shows another certificate than at the first connection. Ruggensteun refuses to connect, because someone else could be posing as the server. Contact your administrator.',
  },
  'practiceServer.unreachableTitle': {
    nl: 'Praktijkserver niet bereikbaar',
    fr: 'Serveur du cabinet injoignable',
    en: 'Practice server not reachable',
  },
  'practiceServer.unreachableBody': {
    nl: 'Ruggensteun kan {url} niet bereiken. Controleer de netwerkverbinding of vraag uw beheerder of de server draait.',
    fr: 'Ruggensteun ne peut pas joindre {url}. Vérifiez la connexion réseau ou demandez à votre administrateur si le serveur fonctionne.',
    en: 'Ruggensteun cannot reach {url}. Check the network connection or ask your administrator whether the server is running.',
  },
  'practiceServer.retry': { nl: 'Opnieuw proberen', fr: 'Réessayer', en: 'Try again' },
  'error.serverUnreachable': {
    nl: 'De praktijkserver is niet bereikbaar. Controleer de netwerkverbinding en probeer het opnieuw.',
    fr: 'Le serveur du cabinet est injoignable. Vérifiez la connexion réseau et réessayez.',
    en: 'The practice server cannot be reached. Check the network connection and try again.',
  },
  'error.serverCertificateChanged': {
    nl: 'De praktijkserver toont een ander certificaat dan het vastgelegde. Ruggensteun weigert de verbinding. Neem contact op met uw beheerder.',
    fr: 'Le serveur du cabinet présente un autre certificat que celui enregistré. Ruggensteun refuse la connexion. Contactez votre administrateur.',
    en: 'The practice server shows another certificate than the pinned one. Ruggensteun refuses the connection. Contact your administrator.',
  },
  'validation.serverUrl': {
    nl: 'Vul een adres in zoals praktijkserver.local:8443 (alleen https).',
    fr: 'Saisissez une adresse comme serveur-cabinet.local:8443 (https uniquement).',
    en: 'Enter an address such as practice-server.local:8443 (https only).',
  },
} satisfies Record<string, Message>;
