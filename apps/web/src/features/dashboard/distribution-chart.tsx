import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { axisColour, countColour } from './chart-colours';

export type DistributionRow = { key: string; label: string; count: number };

/**
 * Baselines per value of one quality field (confidence, nature of data), as horizontal bars. Like the coverage
 * charts, a picture beside a table with the same figures.
 */
export const DistributionChart = ({ rows }: { rows: DistributionRow[] }) => (
  <div className="dashboard-chart dashboard-chart--small" aria-hidden="true">
    <BarChart
      data={rows}
      layout="vertical"
      responsive
      style={{ width: '100%', height: 40 + rows.length * 30 }}
      margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#e3e9ef" horizontal={false} />
      <XAxis type="number" allowDecimals={false} interval={0} stroke={axisColour} fontSize={12} />
      <YAxis type="category" dataKey="label" width={150} interval={0} tickLine={false} stroke={axisColour} fontSize={12} />
      <Bar dataKey="count" fill={countColour} isAnimationActive={false} />
    </BarChart>
  </div>
);
