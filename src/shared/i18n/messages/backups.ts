import type { Message } from '../message';

/** Backups and restoring one, on the practice screen. */
export const backupMessages = {
  'error.backupsOnServer': {
    nl: 'Deze praktijk staat op een praktijkserver. De beheerder van de server maakt de reservekopieën van de database.',
    fr: 'Ce cabinet se trouve sur un serveur de cabinet. L’administrateur du serveur sauvegarde la base de données.',
    en: 'This practice is on a practice server. The server’s administrator backs up its database.',
  },
  'error.noBackupFolder': {
    nl: 'Kies eerst een map voor de reservekopieën.',
    fr: 'Choisissez d’abord un dossier pour les sauvegardes.',
    en: 'Choose a folder for the backups first.',
  },
  'error.backupFolderMissing': {
    nl: 'Deze map bestaat niet. Controleer het pad, of sluit eerst de schijf aan en maak de map aan.',
    fr: 'Ce dossier n’existe pas. Vérifiez le chemin, ou branchez d’abord le disque et créez le dossier.',
    en: 'This folder does not exist. Check the path, or connect the disk and create the folder first.',
  },
  'error.backupFolderUnusable': {
    nl: 'In deze map kan niet geschreven worden. Geef een volledig pad naar een map waar u mag schrijven.',
    fr: 'Impossible d’écrire dans ce dossier. Indiquez le chemin complet d’un dossier accessible en écriture.',
    en: 'This folder cannot be written to. Give the full path of a folder you may write to.',
  },
  'error.noFolderDialog': {
    nl: 'Hier kan geen map gekozen worden; typ het volledige pad.',
    fr: 'Impossible de choisir un dossier ici ; saisissez le chemin complet.',
    en: 'No folder can be picked here; type the full path.',
  },
  'backups.chooseFolder': { nl: 'Map kiezen…', fr: 'Choisir le dossier…', en: 'Choose folder…' },
  'backups.noFolder': { nl: 'Nog geen map gekozen.', fr: 'Aucun dossier choisi.', en: 'No folder chosen yet.' },
  'error.backupFailed': {
    nl: 'De reservekopie is mislukt of doorstond de controle niet. Controleer de map (schijf vol, niet aangesloten?) en probeer opnieuw.',
    fr: 'La sauvegarde a échoué ou n’a pas passé le contrôle. Vérifiez le dossier (disque plein, non connecté ?) et réessayez.',
    en: 'The backup failed or did not pass its check. Check the folder (disk full, not connected?) and try again.',
  },
  'error.backupUnreadable': {
    nl: 'Dit is geen leesbare reservekopie van Ruggensteun (of het bijbehorende .json-bestand ontbreekt).',
    fr: 'Ce n’est pas une sauvegarde lisible de Ruggensteun (ou le fichier .json associé manque).',
    en: 'This is not a readable Ruggensteun backup (or its .json file is missing).',
  },
  'error.backupFromNewerVersion': {
    nl: 'Deze reservekopie is gemaakt met een nieuwere versie van Ruggensteun. Installeer eerst die versie om hem terug te zetten.',
    fr: 'Cette sauvegarde a été faite avec une version plus récente de Ruggensteun. Installez d’abord cette version pour la restaurer.',
    en: 'This backup was made by a newer version of Ruggensteun. Install that version first to restore it.',
  },
  'backups.section': { nl: 'Reservekopieën', fr: 'Sauvegardes', en: 'Backups' },
  'backups.hint': {
    nl: 'Elke dag een versleutelde reservekopie naar een map die u kiest, bijvoorbeeld op een NAS of een USB-schijf. De laatste 7 dagen en 8 weken blijven bewaard.',
    fr: 'Chaque jour une sauvegarde chiffrée vers un dossier de votre choix, par exemple sur un NAS ou un disque USB. Les 7 derniers jours et les 8 dernières semaines sont conservés.',
    en: 'Every day an encrypted backup to a folder you choose, for example on a NAS or a USB disk. The last 7 days and 8 weeks are kept.',
  },
  'backups.lastGood': {
    nl: 'Laatste goede reservekopie: {when}.',
    fr: 'Dernière sauvegarde réussie : {when}.',
    en: 'Last good backup: {when}.',
  },
  'backups.none': { nl: 'Nog geen reservekopie.', fr: 'Aucune sauvegarde pour l’instant.', en: 'No backup yet.' },
  'backups.stale': {
    nl: 'Let op: er is al meer dan 2 dagen geen goede reservekopie gemaakt.',
    fr: 'Attention : aucune sauvegarde réussie depuis plus de 2 jours.',
    en: 'Warning: there has been no good backup for more than 2 days.',
  },
  'backups.failedSince': {
    nl: 'De reservekopie van {when} is mislukt.',
    fr: 'La sauvegarde du {when} a échoué.',
    en: 'The backup of {when} failed.',
  },
  'backups.folder': { nl: 'Map voor reservekopieën', fr: 'Dossier des sauvegardes', en: 'Backup folder' },
  'backups.folderHint': {
    nl: 'Volledig pad, bijvoorbeeld /media/usb/ruggensteun of D:\\Reservekopie.',
    fr: 'Chemin complet, par exemple /media/usb/ruggensteun ou D:\\Sauvegarde.',
    en: 'Full path, for example /media/usb/ruggensteun or D:\\Backup.',
  },
  'backups.saveFolder': { nl: 'Map opslaan', fr: 'Enregistrer le dossier', en: 'Save folder' },
  'backups.runNow': { nl: 'Nu een reservekopie maken', fr: 'Faire une sauvegarde maintenant', en: 'Back up now' },
  'backups.running': { nl: 'Bezig met de reservekopie…', fr: 'Sauvegarde en cours…', en: 'Backing up…' },
  'backups.restoreSection': { nl: 'Reservekopie terugzetten', fr: 'Restaurer une sauvegarde', en: 'Restore a backup' },
  'backups.restoreHint': {
    nl: 'Het huidige praktijkbestand blijft apart bewaard. Open de reservekopie met de herstelsleutel of met een naam en wachtwoord van toen.',
    fr: 'Le fichier actuel du cabinet est conservé à part. Ouvrez la sauvegarde avec la clé de récupération ou avec un nom et un mot de passe de l’époque.',
    en: 'The current practice file is kept aside. Open the backup with the recovery key or with a name and password of that time.',
  },
  'backups.choose': { nl: 'Reservekopie', fr: 'Sauvegarde', en: 'Backup' },
  'backups.kind.daily': { nl: 'dagelijks', fr: 'quotidienne', en: 'daily' },
  'backups.kind.manual': { nl: 'op verzoek', fr: 'à la demande', en: 'on demand' },
  'backups.preview': { nl: 'Bekijken', fr: 'Examiner', en: 'Preview' },
  'backups.previewText': {
    nl: 'Gemaakt op {when} met versie {version} (schema {schema}): {workers} werknemers, {consultations} consulten, {employers} werkgevers, {accounts} accounts.',
    fr: 'Faite le {when} avec la version {version} (schéma {schema}) : {workers} travailleurs, {consultations} consultations, {employers} employeurs, {accounts} comptes.',
    en: 'Made on {when} by version {version} (schema {schema}): {workers} workers, {consultations} consultations, {employers} employers, {accounts} accounts.',
  },
  'backups.restore': { nl: 'Deze reservekopie terugzetten', fr: 'Restaurer cette sauvegarde', en: 'Restore this backup' },
  'backups.restored': {
    nl: 'De reservekopie staat terug. Meld u opnieuw aan.',
    fr: 'La sauvegarde est restaurée. Veuillez vous reconnecter.',
    en: 'The backup has been restored. Please sign in again.',
  },
} satisfies Record<string, Message>;
