import type { AgendaFinding } from '@compact-tracker/domain';
import type { TFunction } from 'i18next';

/** Says a timing finding in the reader's language, naming the items by title (or by number when untitled). */
export const describeAgendaFinding = (
  finding: Pick<AgendaFinding, 'code' | 'minutes'> & { items: readonly number[] },
  getTitle: (position: number) => string | undefined,
  t: TFunction,
): string => {
  const titleAt = (position: number | undefined) => (position === undefined ? '' : getTitle(position) || `#${position + 1}`);
  const values = { count: finding.minutes, first: titleAt(finding.items[0]), second: titleAt(finding.items[1]), item: titleAt(finding.items[0]) };
  return t(`findings.${finding.code}`, values);
};
