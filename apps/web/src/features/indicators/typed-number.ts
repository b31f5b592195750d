import type { Locale } from '@compact-tracker/domain';

// The app shows 1250.5 as "1,250.5" in English and "1 250,5" in Georgian (a no-break space groups thousands).
const commaGrouped = /^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
const spaceGrouped = /^-?[1-9]\d{0,2}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/;
const decimalComma = /^-?\d+,\d+$/;
// One comma before exactly three digits: grouping or a decimal mark ("1,250" is 1.25 to a Georgian reader).
const singleCommaBeforeThreeDigits = /^-?[1-9]\d*,\d{3}$/;

/** True when the typed figure could mean two numbers to a reader of this language, so it must not be guessed. */
export const isAmbiguousNumber = (text: string, locale: Locale): boolean => {
  const trimmed = text.trim();
  if (!singleCommaBeforeThreeDigits.test(trimmed)) return false;
  return !(locale === 'en' && commaGrouped.test(trimmed));
};

/**
 * A typed figure as the schema should judge it: blank is "none"; the grouping the app itself displays is read back
 * ("1,250" in English, "12 500" in Georgian); a comma is a decimal mark only where it cannot be grouping ("48,2").
 * Anything unreadable or ambiguous stays text, so the schema refuses it by name.
 */
export const readNumber = (text: string, locale: Locale): number | string | null => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (isAmbiguousNumber(trimmed, locale)) return trimmed;
  const normalised = commaGrouped.test(trimmed)
    ? trimmed.replaceAll(',', '')
    : spaceGrouped.test(trimmed)
      ? trimmed.replace(/[ \u00a0\u202f]/g, '').replace(',', '.')
      : decimalComma.test(trimmed)
        ? trimmed.replace(',', '.')
        : trimmed;
  const number = Number(normalised);
  return Number.isFinite(number) ? number : trimmed;
};
