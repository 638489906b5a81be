import { useCallback, useEffect, useState } from 'react';
import type { LegalTrajectory } from '../../../shared/channels/legalChannels';
import { call } from '../../api/client';
import { errorText } from '../../api/errorText';
import { Notice } from '../../components/Notice';
import { useT } from '../../i18n/LocaleContext';
import { BelgianCasePanel } from './BelgianCasePanel';
import { FedrisPanel } from './FedrisPanel';
import { PoortwachterCasePanel } from './PoortwachterCasePanel';
import { PoortwachterDocuments } from './PoortwachterDocuments';

/** A worker's legal trajectory: the Dutch Poortwachter case with the doctor's documents, or the Belgian re-integration. */
export function LegalScreen({ workerId }: { workerId: number }) {
  const translator = useT();
  const { t } = translator;
  const [trajectory, setTrajectory] = useState<LegalTrajectory | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await call('legal.get', { workerId });
    if (result.ok) setTrajectory(result.value);
    else setFailure(errorText(result.error, translator));
  }, [workerId, translator]);
  useEffect(() => void load(), [load]);

  if (failure) return <Notice tone="error">{failure}</Notice>;
  if (!trajectory) return <p className="muted">{t('common.loading')}</p>;

  return (
    <div className="legal">
      <header className="page-header">
        <a href={`#/workers/${workerId}`} className="back-link">
          ← {t('legal.back')}
        </a>
        <h1>{t('legal.title')}</h1>
      </header>
      {trajectory.jurisdiction === 'NL' &&
        (trajectory.poortwachter === null ? (
          <p className="muted">{t('legal.poortwachter.none')}</p>
        ) : (
          <>
            <PoortwachterCasePanel poortwachter={trajectory.poortwachter} states={trajectory.milestoneStates} today={trajectory.today} />
            <PoortwachterDocuments workerId={workerId} today={trajectory.today} documents={trajectory.poortwachterDocuments} onSaved={() => void load()} />
          </>
        ))}
      {trajectory.jurisdiction === 'BE' &&
        (trajectory.belgium === null ? (
          <p className="muted">{t('legal.belgium.none')}</p>
        ) : (
          <BelgianCasePanel workerId={workerId} today={trajectory.today} belgian={trajectory.belgium} states={trajectory.milestoneStates} />
        ))}
      {trajectory.fedris !== null && <FedrisPanel workerId={workerId} today={trajectory.today} fedris={trajectory.fedris} />}
    </div>
  );
}
