import type { CaseAtGlance, DossierEpisode } from '../../../shared/channels/dossierChannels';
import type { MessageKey } from '../../../shared/i18n';
import { RED_FLAG_LABELS, textIn } from '../../../shared/rules';
import { useT } from '../../i18n/LocaleContext';
import { legalMilestoneLabel } from './legalMilestoneLabel';

/** The latest STarT Back and Örebro levels of the episode, and the pain scores so far. */
function measurements(episode: DossierEpisode) {
  const latest = [...episode.outcomes].reverse();
  const startBack = latest.find((p) => p.startBack !== null) ?? null;
  const orebro = latest.find((p) => p.orebro !== null) ?? null;
  const pain = episode.outcomes.map((p) => p.painNow);
  return { startBack, orebro, pain };
}

/** The red flags of the latest consultation that have not been evaluated, and whether its checklist was gone through. */
function openFlags(episode: DossierEpisode) {
  const latest = episode.consultations[0];
  return {
    codes: latest ? latest.redFlagCodes.filter((code) => !latest.evaluatedRedFlagCodes.includes(code)) : [],
    screened: latest?.redFlagsScreened ?? false,
  };
}

/** The current episode at a glance: work, weeks, legal status, questionnaires, pain and open flags. */
export function CaseHeader({ episode, glance }: { episode: DossierEpisode; glance: CaseAtGlance }) {
  const translator = useT();
  const { t, plural, date, number, locale } = translator;
  const { startBack, orebro, pain } = measurements(episode);
  const flags = openFlags(episode);
  const next = glance.legal.find((m) => m.state === 'overdue' || m.state === 'coming') ?? null;
  const status = t(`intake.workStatus.${glance.work.status}`);
  const trend = pain.length < 2 ? null : pain.at(-1)! < pain[0]! ? 'down' : pain.at(-1)! > pain[0]! ? 'up' : 'same';
  const level = (value: string) => t(`glance.level.${value}` as MessageKey);

  return (
    <dl className="facts facts--glance" aria-label={t('dossier.currentEpisode')}>
      <div>
        <dt>{t('glance.work')}</dt>
        <dd>
          {glance.work.hoursPerWeek === null || glance.work.step === null
            ? status
            : t('glance.workHours', { status, hours: number(glance.work.hoursPerWeek), step: glance.work.step })}
        </dd>
      </div>
      <div>
        <dt>{t('glance.sickLeave')}</dt>
        <dd>
          {glance.sickLeaveWeek === null || episode.sickLeaveStart === null
            ? t('glance.notOffSick')
            : t('glance.sickLeaveWeek', { week: glance.sickLeaveWeek, date: date(episode.sickLeaveStart) })}
        </dd>
      </div>
      <div>
        <dt>{t('glance.complaints')}</dt>
        <dd>
          {t('glance.complaintWeeks', {
            phase: t(`clinicalPanel.phase.${episode.phase}`),
            weeks: plural('dossier.weeks', episode.weeks),
            date: date(episode.onsetDate),
          })}
        </dd>
      </div>
      <div>
        <dt>{t('glance.nextLegal')}</dt>
        <dd className={next?.state === 'overdue' ? 'facts__overdue' : undefined}>
          {next === null ? (
            t('glance.none')
          ) : (
            <>
              {date(next.due)} · {legalMilestoneLabel(next, translator, true)}
              {next.state === 'overdue' && ` · ${t('glance.state.overdue')}`}
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('glance.nextEvaluation')}</dt>
        <dd>{glance.nextEvaluation === null ? t('glance.none') : date(glance.nextEvaluation)}</dd>
      </div>
      {glance.fullReturn !== null && (
        <div>
          <dt>{t('glance.fullReturn')}</dt>
          <dd>{date(glance.fullReturn)}</dd>
        </div>
      )}
      <div>
        <dt>{t('glance.risk')}</dt>
        <dd>
          {startBack?.startBack ? level(startBack.startBack.risk) : t('glance.notMeasured')} ·{' '}
          {orebro?.orebro ? level(orebro.orebro.risk) : t('glance.notMeasured')}
          {(startBack ?? orebro) && <span className="muted"> ({t('glance.measuredOn', { date: date((startBack ?? orebro)!.date) })})</span>}
        </dd>
      </div>
      <div>
        <dt>{t('glance.pain')}</dt>
        <dd>
          {pain.length === 0 ? '—' : pain.slice(-4).join(' → ')}
          {trend !== null && <span className="muted"> ({t(`glance.trend.${trend}`)})</span>}
        </dd>
      </div>
      <div>
        <dt>{t('glance.openFlags')}</dt>
        {/* Never "none" for a checklist nobody went through. */}
        <dd className={flags.codes.length > 0 ? 'facts__overdue' : flags.screened ? undefined : 'muted'}>
          {flags.codes.length > 0
            ? flags.codes.map((code) => textIn(RED_FLAG_LABELS[code], locale.language, locale.jurisdiction)).join('; ')
            : flags.screened
              ? t('glance.none')
              : t('dossier.redFlagsNotScreened')}
        </dd>
      </div>
    </dl>
  );
}
