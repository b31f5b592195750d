/**
 * Where to go after signing in: only a path of this app, never another site (`//evil.example`, `https://…`),
 * so a crafted sign-in link cannot send someone elsewhere.
 */
export const getSafeReturnPath = (value: string | null): string => {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === '/sign-in' || value.startsWith('/sign-in?')) return '/';
  return value;
};

export const buildSignInPath = (returnTo: string): string =>
  returnTo === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(returnTo)}`;
