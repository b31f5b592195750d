import {
  activityKinds,
  activityStatuses,
  dateSpanSchema,
  formatDateSpan,
  roles,
  type ActivityKind,
  type ActivityStatus,
  type Role,
} from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/i18n/use-locale';

/** In the order a reader looks for them: what it is, its status and dates, then the rest. */
const labelledFields = [
  'title',
  'kind',
  'status',
  'dateSpan',
  'purpose',
  'leadOrganisationIds',
  'leadOrganisations',
  'participatingOrganisationIds',
  'participatingOrganisations',
  'objectives',
  'expectedDeliverables',
  'displayName',
  'email',
  'role',
  'isActive',
  'organisationId',
  'organisation',
] as const;
type LabelledField = (typeof labelledFields)[number];

/** Bookkeeping every record carries; a reader of the history learns nothing from it. */
const technicalFields: ReadonlySet<string> = new Set(['id', 'version', 'createdAt', 'updatedAt', 'workplanId', 'networkId', 'position']);

export const isShownField = (field: string): boolean => !technicalFields.has(field);

const fieldRank = (field: string) => {
  const rank = (labelledFields as readonly string[]).indexOf(field);
  return rank === -1 ? labelledFields.length : rank;
};

/** Known fields in reading order, any others after them by name. */
export const compareFields = (a: string, b: string): number => fieldRank(a) - fieldRank(b) || a.localeCompare(b);

const isLabelled = (field: string): field is LabelledField => (labelledFields as readonly string[]).includes(field);
const isOneOf = <T extends string>(options: readonly T[], value: unknown): value is T => typeof value === 'string' && (options as readonly string[]).includes(value);

const describeObject = (value: object): string => {
  const record = value as Record<string, unknown>;
  for (const key of ['shortName', 'name', 'title', 'displayName']) {
    if (typeof record[key] === 'string' && record[key] !== '') return record[key];
  }
  return JSON.stringify(value);
};

/**
 * Reads a value as it was stored in the audit trail and says it in the reader's language: statuses, kinds and
 * roles by name, a date span at its precision, organisations by their short name.
 */
export const useAuditValueFormatter = (organisationNames: ReadonlyMap<string, string> = new Map()) => {
  const { t } = useTranslation();
  const { locale } = useLocale();

  const formatScalar = (value: unknown): string => {
    if (typeof value === 'boolean') return value ? t('history.yes') : t('history.no');
    if (typeof value === 'string') return organisationNames.get(value) ?? value;
    if (typeof value === 'number') return String(value);
    if (value && typeof value === 'object') return describeObject(value);
    return String(value);
  };

  const formatValue = (field: string, value: unknown): string | null => {
    if (value === null || value === undefined || value === '') return null;
    if (Array.isArray(value)) return value.length === 0 ? null : value.map(formatScalar).join(', ');
    if (field === 'status' && isOneOf<ActivityStatus>(activityStatuses, value)) return t(`status.${value}`);
    if (field === 'kind' && isOneOf<ActivityKind>(activityKinds, value)) return t(`activityKind.${value}`);
    if (field === 'role' && isOneOf<Role>(roles, value)) return t(`role.${value}`);
    if (field === 'dateSpan') {
      const span = dateSpanSchema.safeParse(value);
      if (span.success) return formatDateSpan(span.data, locale);
    }
    return formatScalar(value);
  };

  const formatField = (field: string): string => (isLabelled(field) ? t(`history.field.${field}`) : field);

  return { formatValue, formatField };
};
