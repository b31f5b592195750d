// Read by zod when it loads, before any schema exists: without it, zod probes `new Function` while building its
// object schemas, and the app's CSP (no 'unsafe-eval') reports that probe as a violation on every page.
globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };
