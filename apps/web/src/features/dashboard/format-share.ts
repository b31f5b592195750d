import { toShare, type Locale } from '@compact-tracker/domain';

// Building an Intl.NumberFormat costs far more than using one, and a dashboard formats dozens of shares.
const percentFormats = new Map<Locale, Intl.NumberFormat>();

const getPercentFormat = (locale: Locale): Intl.NumberFormat => {
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(locale, format);
  }
  return format;
};

/** A share as a whole per cent in the reader's language ("67%", "67 %"), or a dash when there is nothing to count. */
export const formatShare = (share: number | null, locale: Locale): string => (share === null ? '—' : getPercentFormat(locale).format(share));

export const formatPartOf = (part: number, whole: number, locale: Locale): string => formatShare(toShare(part, whole), locale);
