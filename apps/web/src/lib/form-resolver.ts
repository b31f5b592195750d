import type { FieldValues, Resolver, ResolverOptions, ResolverResult } from 'react-hook-form';

/**
 * Lets a form keep a draft of its own shape (every choice's inputs at once, '' for "not chosen yet") while the
 * domain's schema judges what would be sent. `toCandidate` builds that request body from the draft; the casts only
 * bridge the two types, since the schema checks the values itself. Field names follow the schema's paths, so its
 * issues land on the right inputs.
 */
export const resolveThrough =
  <TDraft extends FieldValues, TInput extends FieldValues, TOutput>(
    validate: Resolver<TInput, unknown, TOutput>,
    toCandidate: (draft: TDraft) => unknown,
  ): Resolver<TDraft, unknown, TOutput> =>
  async (draft, context, options) =>
    (await validate(toCandidate(draft) as TInput, context, options as unknown as ResolverOptions<TInput>)) as unknown as ResolverResult<TDraft, TOutput>;
