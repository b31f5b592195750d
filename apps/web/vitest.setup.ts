import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazily loaded pages (the dashboard pulls in its chart library on first visit) can take over a second to import
// while `npm test` runs every workspace at once on two cores; `findBy…` waits this long before failing.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
