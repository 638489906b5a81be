import type { AgendaItem } from '../../../shared/model';
import { trajectoryTermCode } from '../../../shared/channels/legalChannels';
import type { MessageKey } from '../../../shared/i18n';
import { POORTWACHTER_LABELS, textIn, type PoortwachterCode } from '../../../shared/rules';
import type { Translator } from '../../i18n/LocaleContext';

/** What is due, in a few words. */
export function agendaItemLabel(item: AgendaItem, { t, locale }: Translator): string {
  switch (item.kind) {
    case 'poortwachter':
      return textIn(POORTWACHTER_LABELS[item.code as PoortwachterCode], locale.language, locale.jurisdiction);
    case 'belgianMilestone':
      if (trajectoryTermCode.safeParse(item.code).success) return t(`legal.trajectory.term.${item.code}` as MessageKey);
      return t(`agenda.belgian.${item.code}` as MessageKey);
    default:
      return t(`agenda.kind.${item.kind}`);
  }
}
