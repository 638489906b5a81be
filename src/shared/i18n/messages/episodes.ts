import type { Message } from '../message';

/** Closing a back-pain episode from the dossier. */
export const episodeMessages = {
  'episodes.close': { nl: 'Episode afsluiten', fr: 'Clôturer l’épisode', en: 'Close episode' },
  'episodes.closedOn': { nl: 'Afgesloten op', fr: 'Clôturé le', en: 'Closed on' },
  'episodes.closeHint': {
    nl: 'Het verzuim eindigt op deze datum als het nog loopt. De termijnen verdwijnen uit de agenda.',
    nlBE: 'De arbeidsongeschiktheid eindigt op deze datum als ze nog loopt. De termijnen verdwijnen uit de agenda.',
    fr: 'Une incapacité de travail en cours prend fin à cette date. Les échéances disparaissent de l’agenda.',
    en: 'Sick leave still running ends on this date. Its deadlines leave the agenda.',
  },
  'episodes.confirmClose': { nl: 'Afsluiten', fr: 'Clôturer', en: 'Close' },
  'validation.episodeClosed': {
    nl: 'Deze episode is al afgesloten.',
    fr: 'Cet épisode est déjà clôturé.',
    en: 'This episode is already closed.',
  },
  'validation.closedBeforeOnset': {
    nl: 'Deze datum ligt vóór het begin van de klachten.',
    fr: 'Cette date précède le début des plaintes.',
    en: 'This date is before the complaints began.',
  },
  'validation.closedBeforeConsultation': {
    nl: 'Deze datum ligt vóór het laatste consult van deze episode.',
    fr: 'Cette date précède la dernière consultation de cet épisode.',
    en: 'This date is before the last consultation of this episode.',
  },
  'validation.closedInFuture': {
    nl: 'Kies vandaag of een eerdere datum.',
    fr: 'Choisissez aujourd’hui ou une date antérieure.',
    en: 'Choose today or an earlier date.',
  },
} satisfies Record<string, Message>;
