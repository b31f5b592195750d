import type { TextStyle } from './print-layout.js';

/** The printed documents' palette; every colour keeps 4.5:1 on white. */
export const printColors = { text: '#1a1f26', muted: '#56606b', accent: '#1f4e79', warning: '#9a4b00' };

/** The text styles every printed document shares, so the workplan and the readiness report read as one family. */
export const printTextStyles = {
  network: { size: 10, weight: 'bold', color: printColors.accent },
  title: { size: 17, weight: 'bold', color: printColors.text },
  meta: { size: 9, weight: 'regular', color: printColors.muted },
  heading: { size: 12.5, weight: 'bold', color: printColors.accent },
  subheading: { size: 10, weight: 'bold', color: printColors.text },
  tableHeader: { size: 8, weight: 'bold', color: printColors.text },
  body: { size: 8.5, weight: 'regular', color: printColors.text },
  bodyBold: { size: 8.5, weight: 'bold', color: printColors.text },
  small: { size: 7.5, weight: 'regular', color: printColors.muted },
  smallBold: { size: 7.5, weight: 'bold', color: printColors.muted },
  warning: { size: 7.5, weight: 'bold', color: printColors.warning },
  footer: { size: 7.5, weight: 'regular', color: printColors.muted },
} satisfies Record<string, TextStyle>;
