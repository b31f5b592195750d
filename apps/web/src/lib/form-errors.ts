import { minimumPasswordLength } from '@compact-tracker/domain';
import type { TFunction } from 'i18next';
import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError } from './api-client';

/**
 * What a field holds, so a refusal from the domain's schema can be said in the reader's language. The schema's
 * own messages are English; the issue code (the error's `type`) and the field's kind are enough to translate.
 */
export type FieldKind =
  | 'text'
  | 'email'
  | 'newPassword'
  | 'choice'
  | 'date'
  | 'time'
  | 'endTime'
  | 'month'
  | 'toMonth'
  | 'months'
  | 'timeZone'
  | 'organisations';

type ErrorLike = Pick<FieldError, 'type' | 'message'>;

/** Messages the API sent for a field are shown as they came: they name what the server checked. */
const serverType = 'server';

export const translateFieldError = (t: TFunction, error: ErrorLike | undefined, kind: FieldKind = 'text'): string | undefined => {
  if (!error) return undefined;
  if (error.type === serverType) return error.message;
  const type = String(error.type);
  switch (kind) {
    case 'email':
      return type === 'too_big' ? t('validation.tooLong') : t('validation.email');
    case 'newPassword':
      if (type === 'too_small') return t('validation.passwordTooShort', { min: minimumPasswordLength });
      return type === 'too_big' ? t('validation.tooLong') : t('validation.required');
    case 'choice':
      return t('validation.chooseOne');
    case 'date':
      return t('validation.date');
    case 'time':
      return t('validation.time');
    case 'endTime':
      return type === 'custom' ? t('validation.endBeforeStart') : t('validation.time');
    case 'month':
      return t('validation.month');
    case 'toMonth':
      return type === 'custom' ? t('validation.monthRangeBackwards') : t('validation.month');
    case 'months':
      return type === 'custom' ? t('validation.repeatedMonth') : t('validation.twoMonths');
    case 'timeZone':
      return t('validation.timeZone');
    case 'organisations':
      return type === 'custom' ? t('validation.repeatedOrganisation') : t('validation.invalid');
    case 'text':
      if (type === 'too_small') return t('validation.required');
      if (type === 'too_big') return t('validation.tooLong');
      return t('validation.invalid');
  }
};

/**
 * Puts the API's field problems (`{ path, message }`, dot-joined paths) on the form's fields; answers whether any
 * landed on a field the form has, so the caller knows whether to show the error on its own.
 */
export const applyServerFieldErrors = <T extends FieldValues>(error: ApiError, setError: UseFormSetError<T>, knownPaths: readonly string[]): boolean => {
  let isPlaced = false;
  for (const field of error.fields) {
    const path = knownPaths
      .filter((known) => field.path === known || field.path.startsWith(`${known}.`))
      .sort((a, b) => b.length - a.length)[0];
    if (!path) continue;
    setError(path as Path<T>, { type: serverType, message: field.message });
    isPlaced = true;
  }
  return isPlaced;
};
