import { z } from 'zod';
import { isMessageKey, translate, type Locale, type MessageKey } from '../i18n';
import {
  COMPLAINT_PHASES,
  CHRONICITY_LEVEL_LABELS,
  RISK_FACTOR_LABELS,
  textIn,
  type ChronicityLevel,
  type RiskFactorCode,
  type ComplaintPhase,
} from '../rules';
import { id, isoDate, jurisdiction, language, type Jurisdiction, type Language } from './common';
import { nioshBandSchema } from './liftingTask';

/** What the aggregates describe: a whole employer, one of its departments or one of its jobs. */
export const aggregateUnitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('employer') }),
  z.object({ kind: z.literal('department'), id }),
  z.object({ kind: z.literal('job'), id }),
]);
export type AggregateUnit = z.infer<typeof aggregateUnitSchema>;

/** Longest period one report covers: ten years (40 quarters). */
export const MAX_PERIOD_DAYS = 3660;

/** The last day of the month of an ISO date: '2025-02-14' gives '2025-02-28'. */
export function lastDayOfMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 8)}${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * Aggregates cover whole calendar months, which must be over (main checks the latter against its
 * clock): two answers then never differ by a single day, so subtracting one from the other cannot
 * single out the one worker seen that day. The rule is written down in docs/security.md.
 */
export function isWholeMonths(period: { from: string; to: string }): boolean {
  return period.from.endsWith('-01') && period.to === lastDayOfMonth(period.to);
}

export const aggregatesRequestSchema = z
  .object({
    employerId: id,
    unit: aggregateUnitSchema.default({ kind: 'employer' }),
    from: isoDate,
    to: isoDate,
  })
  .refine((r) => r.from <= r.to, { error: 'periodOrder', path: ['to'], abort: true })
  .refine(isWholeMonths, { error: 'periodWholeMonths', path: ['from'], abort: true })
  .refine((r) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 <= MAX_PERIOD_DAYS, {
    error: 'periodTooLong',
    path: ['to'],
  });
export type AggregatesRequest = z.input<typeof aggregatesRequestSchema>;

/** The CSV and PDF are written in the reader's language; the practice's jurisdiction picks the wording. */
export const aggregatesExportRequestSchema = z.object({
  request: aggregatesRequestSchema,
  language,
});

/**
 * One number after small-cell suppression: `value` is null when hidden; `display` is what every
 * output shows (the number, '< k' for a small group, '≥ n' for (almost) a whole group, '*' for a
 * complementary hidden one).
 */
export const shownCountSchema = z.object({
  value: z.number().nullable(),
  display: z.string(),
  hidden: z.enum(['small', 'wholeGroup', 'complementary']).nullable(),
});
export type ShownCount = z.infer<typeof shownCountSchema>;

/** A department or job: its size (from the roster) and what happened in the period. */
export const groupRowSchema = z.object({
  /** Department or job id; null for the workers without one. */
  id: id.nullable(),
  label: z.string().nullable(),
  workforce: z.number().int(),
  workersSeen: shownCountSchema,
  episodes: shownCountSchema,
  sickLeaveDays: shownCountSchema,
});
export type GroupRow = z.infer<typeof groupRowSchema>;

export const groupTableSchema = z.object({
  rows: z.array(groupRowSchema),
  total: groupRowSchema.omit({ id: true, label: true }),
});
export type GroupTable = z.infer<typeof groupTableSchema>;

/** Workers by a category of their latest consultation in the period (phase, chronicity level). */
export const distributionSchema = z.object({
  rows: z.array(z.object({ key: z.string(), workers: shownCountSchema })),
  total: shownCountSchema,
});
export type Distribution = z.infer<typeof distributionSchema>;

export const riskFactorRowSchema = z.object({
  code: z.string(),
  category: z.string(),
  /** Consultations in which the factor was noted. */
  consultations: shownCountSchema,
  /** Share of all consultations in the period, in percent (one decimal); null when hidden. */
  percentOfConsultations: z.number().nullable(),
});
export type RiskFactorRow = z.infer<typeof riskFactorRowSchema>;

export const quarterRowSchema = z.object({
  quarter: z.string(),
  from: z.string(),
  to: z.string(),
  workersSeen: shownCountSchema,
  episodes: shownCountSchema,
  sickLeaveDays: shownCountSchema,
});
export type QuarterRow = z.infer<typeof quarterRowSchema>;

export const liftingSummarySchema = z.object({
  byBand: z.object({ acceptable: z.number().int(), increased: z.number().int(), high: z.number().int() }),
  total: z.number().int(),
  /** The tasks with the highest lifting index (at most five). */
  highest: z.array(
    z.object({
      id,
      name: z.string(),
      jobTitle: z.string(),
      liftingIndex: z.number().nullable(),
      band: nioshBandSchema,
    }),
  ),
});
export type LiftingSummary = z.infer<typeof liftingSummarySchema>;

export const measureCodes = [
  'liftingAids',
  'taskDesign',
  'jobRotation',
  'training',
  'psychosocial',
  'adaptedWork',
] as const;
export type MeasureCode = (typeof measureCodes)[number];

/** One reason for a measure, as a message key with its parameters (numbers as shown). */
export const findingSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** The risk factor the finding is about (its label goes into the text as {factor}). */
  riskFactor: z.string().nullable(),
});
export type Finding = z.infer<typeof findingSchema>;

export const measureSchema = z.object({
  code: z.enum(measureCodes),
  priority: z.enum(['high', 'medium']),
  findings: z.array(findingSchema),
});
export type Measure = z.infer<typeof measureSchema>;

/** The counts of the summary, as suppressed on their own. */
export const summaryCountsSchema = z.object({
  workersSeen: shownCountSchema,
  consultations: shownCountSchema,
  episodes: shownCountSchema,
  sickLeaveDays: shownCountSchema,
});
export type SummaryCounts = z.infer<typeof summaryCountsSchema>;

export const workplaceAggregatesSchema = z.object({
  employerId: id,
  employerName: z.string(),
  unit: aggregateUnitSchema,
  /** The department's name or the job's title; null for the whole employer. */
  unitLabel: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  /** Smallest group shown (practice setting, never below 3). */
  k: z.number().int(),
  jurisdiction,
  summary: z.object({
    workforce: z.number().int(),
    workersSeen: shownCountSchema,
    consultations: shownCountSchema,
    episodes: shownCountSchema,
    sickLeaveDays: shownCountSchema,
  }),
  /**
   * The same counts over the same months one year earlier, suppressed exactly as a request for that
   * period would be (so they tell nothing that request would not); null when not asked for.
   */
  lastYear: z.object({ from: z.string(), to: z.string(), summary: summaryCountsSchema }).nullable(),
  departments: groupTableSchema,
  jobs: groupTableSchema,
  phases: distributionSchema,
  chronicity: distributionSchema,
  riskFactors: z.object({ rows: z.array(riskFactorRowSchema), consultations: shownCountSchema }),
  quarters: z.array(quarterRowSchema),
  lifting: liftingSummarySchema,
  measures: z.array(measureSchema),
  /** Whether any number is hidden, so that outputs add the suppression note. */
  anySuppressed: z.boolean(),
});
export type WorkplaceAggregates = z.infer<typeof workplaceAggregatesSchema>;

/*
 * The aggregates as every output shows them: the screen, the PDF and the CSV all print these
 * tables and charts, so a suppressed cell reads the same everywhere ('< k' or '*').
 */

export interface AggregateTable {
  id: 'summary' | 'departments' | 'jobs' | 'phases' | 'chronicity' | 'riskFactors' | 'quarters' | 'lifting' | 'liftingHighest';
  title: string;
  columns: string[];
  /** Per column: numbers are right-aligned. */
  numeric: boolean[];
  rows: string[][];
  total: string[] | null;
  /** Whether a cell is hidden, so that the suppression note goes with the table. */
  suppressed: boolean;
}

export interface AggregateChart {
  id: 'phases' | 'chronicity' | 'riskFactors' | 'quarters' | 'lifting';
  title: string;
  /** `value` is null for a hidden cell: no bar, only its mark. */
  bars: Array<{ label: string; value: number | null; display: string }>;
  /** Bars are percentages of consultations rather than counts. */
  percent: boolean;
}

/** A number as the language writes it: one decimal at most, a decimal comma in Dutch and French. */
/**
 * A number in the user's language: with `decimals` digits after the separator when given (rounded,
 * never cut off), otherwise whole numbers as they are and others with one decimal.
 */
export function formatNumber(value: number, language: Language, decimals?: number): string {
  const text = decimals !== undefined ? value.toFixed(decimals) : Number.isInteger(value) ? String(value) : value.toFixed(1);
  return language === 'en' ? text : text.replace('.', ',');
}

/**
 * A count per 100 workers of the workforce (one decimal), or null when the count is hidden or there
 * is no workforce: a rate beside a hidden count would give the count back (rate x workforce / 100).
 */
export function ratePer100(count: ShownCount, workforce: number): number | null {
  if (count.value === null || workforce <= 0) return null;
  return Math.round((count.value / workforce) * 1000) / 10;
}

/** What a rate shows when its count is hidden: no number at all. */
export const HIDDEN_RATE = '–';

export function rateText(count: ShownCount, workforce: number, language: Language): string {
  const rate = ratePer100(count, workforce);
  return rate === null ? HIDDEN_RATE : formatNumber(rate, language, 1);
}

function localeOf(a: WorkplaceAggregates, language: Language): Locale {
  return { language, jurisdiction: a.jurisdiction };
}

/** 'Whole employer', 'Department: Inslag' or 'Job: Orderpicker'. */
export function unitText(a: WorkplaceAggregates, language: Language): string {
  const locale = localeOf(a, language);
  if (a.unit.kind === 'employer') return translate(locale, 'prevention.unit.employer');
  return translate(locale, a.unit.kind === 'department' ? 'prevention.unit.department' : 'prevention.unit.job', {
    name: a.unitLabel ?? '',
  });
}

export function quarterText(quarter: string, language: Language, jurisdiction: Jurisdiction): string {
  const [year, q] = quarter.split('-Q');
  return translate({ language, jurisdiction }, 'prevention.quarter', { year: year ?? '', quarter: q ?? '' });
}

export function liftingIndexText(liftingIndex: number | null, language: Language, jurisdiction: Jurisdiction): string {
  return liftingIndex === null
    ? translate({ language, jurisdiction }, 'prevention.infinite')
    : formatNumber(liftingIndex, language, 2);
}

/** One finding of a measure as a sentence. */
export function findingText(finding: Finding, a: WorkplaceAggregates, language: Language): string {
  const params = Object.fromEntries(
    Object.entries(finding.params).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(value, language) : value]),
  );
  const factor = finding.riskFactor === null ? undefined : RISK_FACTOR_LABELS[finding.riskFactor as RiskFactorCode];
  const key = isMessageKey(finding.key) ? finding.key : 'prevention.measures.basis';
  return translate(localeOf(a, language), key, { ...params, ...(factor ? { factor: textIn(factor, language) } : {}) });
}

function anyHidden(counts: readonly ShownCount[]): boolean {
  return counts.some((count) => count.hidden !== null);
}

function isComplaintPhase(key: string): key is ComplaintPhase {
  return (COMPLAINT_PHASES as readonly string[]).includes(key);
}

export function aggregateTables(a: WorkplaceAggregates, language: Language): AggregateTable[] {
  const locale = localeOf(a, language);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const groupTable = (id: 'departments' | 'jobs', table: GroupTable): AggregateTable => ({
    id,
    title: t(id === 'departments' ? 'prevention.table.departments' : 'prevention.table.jobs'),
    columns: [
      t(id === 'departments' ? 'prevention.col.department' : 'prevention.col.job'),
      t('prevention.col.workforce'),
      t('prevention.col.workersSeen'),
      t('prevention.col.seenPer100'),
      t('prevention.col.episodes'),
      t('prevention.col.sickLeaveDays'),
    ],
    numeric: [false, true, true, true, true, true],
    rows: table.rows.map((row) => [
      row.label ?? t(id === 'departments' ? 'prevention.noDepartment' : 'prevention.noJob'),
      String(row.workforce),
      row.workersSeen.display,
      rateText(row.workersSeen, row.workforce, language),
      row.episodes.display,
      row.sickLeaveDays.display,
    ]),
    total: [
      t('prevention.total'),
      String(table.total.workforce),
      table.total.workersSeen.display,
      rateText(table.total.workersSeen, table.total.workforce, language),
      table.total.episodes.display,
      table.total.sickLeaveDays.display,
    ],
    suppressed: anyHidden([...table.rows, table.total].flatMap((row) => [row.workersSeen, row.episodes, row.sickLeaveDays])),
  });
  const percentText = (value: number | null, display: string) => (value === null ? display : formatNumber(value, language));

  return [
    {
      id: 'summary',
      title: t('prevention.summary.title'),
      columns: [t('prevention.summary.title'), ''],
      numeric: [false, true],
      rows: [
        [t('prevention.summary.workforce'), String(a.summary.workforce)],
        [t('prevention.summary.workersSeen'), a.summary.workersSeen.display],
        [t('prevention.summary.consultations'), a.summary.consultations.display],
        [t('prevention.summary.episodes'), a.summary.episodes.display],
        [t('prevention.summary.sickLeaveDays'), a.summary.sickLeaveDays.display],
      ],
      total: null,
      suppressed: anyHidden([a.summary.workersSeen, a.summary.consultations, a.summary.episodes, a.summary.sickLeaveDays]),
    },
    groupTable('departments', a.departments),
    groupTable('jobs', a.jobs),
    {
      id: 'phases',
      title: t('prevention.table.phases'),
      columns: [t('prevention.col.phase'), t('prevention.col.workers')],
      numeric: [false, true],
      rows: a.phases.rows.map((row) => [
        isComplaintPhase(row.key) ? t(`prevention.phase.${row.key}`) : row.key,
        row.workers.display,
      ]),
      total: [t('prevention.total'), a.phases.total.display],
      suppressed: anyHidden([...a.phases.rows.map((row) => row.workers), a.phases.total]),
    },
    {
      id: 'chronicity',
      title: t('prevention.table.chronicity'),
      columns: [t('prevention.col.level'), t('prevention.col.workers')],
      numeric: [false, true],
      rows: a.chronicity.rows.map((row) => [
        textIn(CHRONICITY_LEVEL_LABELS[row.key as ChronicityLevel] ?? CHRONICITY_LEVEL_LABELS.unknown, language),
        row.workers.display,
      ]),
      total: [t('prevention.total'), a.chronicity.total.display],
      suppressed: anyHidden([...a.chronicity.rows.map((row) => row.workers), a.chronicity.total]),
    },
    {
      id: 'riskFactors',
      title: t('prevention.table.riskFactors'),
      columns: [t('prevention.col.riskFactor'), t('prevention.col.consultations'), t('prevention.col.percent')],
      numeric: [false, true, true],
      rows: a.riskFactors.rows.map((row) => [
        textIn(RISK_FACTOR_LABELS[row.code as RiskFactorCode], language),
        row.consultations.display,
        percentText(row.percentOfConsultations, row.consultations.display),
      ]),
      total: [
        t('prevention.summary.consultations'),
        a.riskFactors.consultations.display,
        a.riskFactors.consultations.value === null ? a.riskFactors.consultations.display : '100',
      ],
      suppressed: anyHidden([...a.riskFactors.rows.map((row) => row.consultations), a.riskFactors.consultations]),
    },
    {
      id: 'quarters',
      title: t('prevention.table.quarters'),
      columns: [t('prevention.col.quarter'), t('prevention.col.workersSeen'), t('prevention.col.episodes'), t('prevention.col.sickLeaveDays')],
      numeric: [false, true, true, true],
      rows: a.quarters.map((q) => [
        quarterText(q.quarter, language, a.jurisdiction),
        q.workersSeen.display,
        q.episodes.display,
        q.sickLeaveDays.display,
      ]),
      total: null,
      suppressed: anyHidden(a.quarters.flatMap((q) => [q.workersSeen, q.episodes, q.sickLeaveDays])),
    },
    {
      id: 'lifting',
      title: t('prevention.table.lifting'),
      columns: [t('prevention.col.band'), t('prevention.col.tasks')],
      numeric: [false, true],
      rows: (['acceptable', 'increased', 'high'] as const).map((band) => [t(`prevention.band.${band}`), String(a.lifting.byBand[band])]),
      total: [t('prevention.total'), String(a.lifting.total)],
      suppressed: false,
    },
    {
      id: 'liftingHighest',
      title: t('prevention.table.liftingHighest'),
      columns: [t('prevention.col.task'), t('prevention.col.job'), t('prevention.col.band')],
      numeric: [false, false, true],
      rows: a.lifting.highest.map((task) => [task.name, task.jobTitle, liftingIndexText(task.liftingIndex, language, a.jurisdiction)]),
      total: null,
      suppressed: false,
    },
  ];
}

export function aggregateCharts(a: WorkplaceAggregates, language: Language): AggregateChart[] {
  const locale = localeOf(a, language);
  const t = (key: MessageKey) => translate(locale, key);
  const bar = (label: string, count: ShownCount) => ({ label, value: count.value, display: count.display });
  return [
    {
      id: 'quarters',
      title: `${t('prevention.table.quarters')}: ${t('prevention.summary.workersSeen').toLowerCase()}`,
      bars: a.quarters.map((q) => bar(quarterText(q.quarter, language, a.jurisdiction), q.workersSeen)),
      percent: false,
    },
    {
      id: 'phases',
      title: t('prevention.table.phases'),
      bars: a.phases.rows.map((row) => bar(t(`prevention.phase.${row.key as ComplaintPhase}`), row.workers)),
      percent: false,
    },
    {
      id: 'chronicity',
      title: t('prevention.table.chronicity'),
      bars: a.chronicity.rows.map((row) =>
        bar(textIn(CHRONICITY_LEVEL_LABELS[row.key as ChronicityLevel] ?? CHRONICITY_LEVEL_LABELS.unknown, language), row.workers),
      ),
      percent: false,
    },
    {
      id: 'riskFactors',
      title: t('prevention.table.riskFactors'),
      bars: a.riskFactors.rows.map((row) => ({
        label: textIn(RISK_FACTOR_LABELS[row.code as RiskFactorCode], language),
        value: row.percentOfConsultations,
        display: row.percentOfConsultations === null ? row.consultations.display : `${formatNumber(row.percentOfConsultations, language)}%`,
      })),
      percent: true,
    },
    {
      id: 'lifting',
      title: t('prevention.table.lifting'),
      bars: (['acceptable', 'increased', 'high'] as const).map((band) => ({
        label: t(`prevention.band.${band}`),
        value: a.lifting.byBand[band],
        display: String(a.lifting.byBand[band]),
      })),
      percent: false,
    },
  ];
}

/** How the figures were made: shown under the dashboard, in the PDF and in the CSV. */
export function methodNotes(a: WorkplaceAggregates, language: Language): string[] {
  const locale = localeOf(a, language);
  return [
    translate(locale, 'prevention.method.scope'),
    translate(locale, 'prevention.method.seen'),
    translate(locale, 'prevention.method.sickLeave'),
    translate(locale, 'prevention.method.lifting'),
    translate(locale, 'prevention.method.suppression', { k: a.k }),
  ];
}
