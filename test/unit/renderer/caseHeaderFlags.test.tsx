// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseAtGlance, DossierEpisode } from '../../../src/shared/channels/dossierChannels';
import type { ConsultationSummary } from '../../../src/shared/model';
import { CaseHeader } from '../../../src/renderer/features/dossier/CaseHeader';
import { LocaleProvider } from '../../../src/renderer/i18n/LocaleContext';

afterEach(cleanup);

const glance: CaseAtGlance = { sickLeaveWeek: null, work: { status: 'working', hoursPerWeek: null, step: null }, nextEvaluation: null, fullReturn: null, legal: [] };

function episodeWith(latest: Partial<ConsultationSummary>): DossierEpisode {
  const consultation = { redFlagCodes: [], evaluatedRedFlagCodes: [], redFlagsScreened: true, urgency: 'none', ...latest } as unknown as ConsultationSummary;
  return {
    id: 1, workerId: 1, onsetDate: '2026-03-02', sickLeaveStart: null, sickLeaveEnd: null, workStatus: 'working', closedOn: null,
    phase: 'acute', weeks: 2, consultations: [consultation], outcomes: [], plan: null,
  } as unknown as DossierEpisode;
}

function openFlagsFact(): string | null {
  const term = screen.getByText('Open rode vlaggen');
  return term.parentElement?.querySelector('dd')?.textContent ?? null;
}

describe('the dossier header’s open red flags', () => {
  it('says "geen" only when the latest consultation went through the red flags', () => {
    render(
      <LocaleProvider locale={{ language: 'nl', jurisdiction: 'NL' }}>
        <CaseHeader episode={episodeWith({})} glance={glance} />
      </LocaleProvider>,
    );
    expect(openFlagsFact()).toBe('geen');
  });

  it('says the red flags were not screened, never "geen", for a consultation stored unscreened', () => {
    render(
      <LocaleProvider locale={{ language: 'nl', jurisdiction: 'NL' }}>
        <CaseHeader episode={episodeWith({ redFlagsScreened: false })} glance={glance} />
      </LocaleProvider>,
    );
    expect(openFlagsFact()).toBe('rode vlaggen niet nagelopen');
  });
});
