import { z } from 'zod';

export const locales = ['en', 'ka'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;
