/**
 * SVG fills of the dashboard's charts. Presentation attributes cannot read CSS custom properties, so the colours
 * live here; they pair with the legend swatches in dashboard.css.
 */
export const standingColours = {
  withBaseline: '#1d7a3f',
  withGap: '#c25e00',
  withNeither: '#aebbc8',
} as const;

export const countColour = '#00689d';
export const axisColour = '#4b5b6b';
export const unlinkedColour = '#b42318';
