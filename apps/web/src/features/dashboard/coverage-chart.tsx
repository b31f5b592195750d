import type { CoverageCounts } from '@compact-tracker/domain';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { axisColour, standingColours, unlinkedColour } from './chart-colours';

export type CoverageChartRow = CoverageCounts & {
  /** The short axis label, e.g. the objective number or the SDG target code. */
  key: string;
  /** The full name the tooltip shows. */
  label: string;
  isFlagged?: boolean;
};

type CoverageChartProps = {
  rows: CoverageChartRow[];
  /** `columns`: one upright bar per row; `bars`: one horizontal bar per row, for long labels. */
  orientation: 'columns' | 'bars';
  height: number;
  onSelect?: (row: CoverageChartRow) => void;
};

type TickProps = { x?: number; y?: number; payload?: { value: string }; rows: CoverageChartRow[]; textAnchor: 'middle' | 'end' };

/** An axis label that turns red and bold for a flagged row (a GCM objective with no link at all). */
const CoverageTick = ({ x = 0, y = 0, payload, rows, textAnchor }: TickProps) => {
  const isFlagged = rows.find((row) => row.key === payload?.value)?.isFlagged === true;
  return (
    <text x={x} y={y} dy={textAnchor === 'middle' ? 12 : 4} textAnchor={textAnchor} fill={isFlagged ? unlinkedColour : axisColour} fontSize={12} fontWeight={isFlagged ? 700 : 400}>
      {payload?.value}
    </text>
  );
};

/**
 * Indicators per framework item, stacked by standing: with a baseline, with a data gap, with neither. A picture for
 * sighted readers only: the page shows the same figures in a table beside it, so the chart is hidden from assistive
 * technology and its bars are reached by the table's links from the keyboard.
 */
export const CoverageChart = ({ rows, orientation, height, onSelect }: CoverageChartProps) => {
  const { t } = useTranslation();
  const isColumns = orientation === 'columns';
  const categoryAxis = { dataKey: 'key', type: 'category' as const, interval: 0, tickLine: false, stroke: axisColour };
  // Every tick shown (interval 0): the chart need not measure label widths to thin them out.
  const valueAxis = { type: 'number' as const, allowDecimals: false, interval: 0, stroke: axisColour, fontSize: 12 };
  const select = onSelect ? (entry: { payload?: CoverageChartRow }) => entry.payload && onSelect(entry.payload) : undefined;
  const bars = [
    { dataKey: 'withBaselineCount', name: t('dashboard.withBaseline'), fill: standingColours.withBaseline },
    { dataKey: 'withGapCount', name: t('dashboard.withGap'), fill: standingColours.withGap },
    { dataKey: 'withNeitherCount', name: t('dashboard.withNeither'), fill: standingColours.withNeither },
  ];
  return (
    <div className="dashboard-chart" aria-hidden="true">
      <BarChart
        data={rows}
        layout={isColumns ? 'horizontal' : 'vertical'}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 8, right: 16, bottom: 4, left: isColumns ? 0 : 8 }}
        accessibilityLayer={false}
        barCategoryGap="18%"
      >
        <CartesianGrid stroke="#e3e9ef" vertical={!isColumns} horizontal={isColumns} />
        {isColumns ? (
          <XAxis {...categoryAxis} tick={<CoverageTick rows={rows} textAnchor="middle" />} />
        ) : (
          <XAxis {...valueAxis} />
        )}
        {isColumns ? (
          <YAxis {...valueAxis} width={36} />
        ) : (
          <YAxis {...categoryAxis} width={72} tick={<CoverageTick rows={rows} textAnchor="end" />} />
        )}
        <Tooltip labelFormatter={(key) => rows.find((row) => row.key === key)?.label ?? String(key)} isAnimationActive={false} />
        <Legend verticalAlign="top" height={32} itemSorter={null} />
        {bars.map((bar) => (
          <Bar
            key={bar.dataKey}
            dataKey={bar.dataKey}
            name={bar.name}
            stackId="standing"
            fill={bar.fill}
            isAnimationActive={false}
            cursor={select ? 'pointer' : undefined}
            {...(select ? { onClick: select } : {})}
          />
        ))}
      </BarChart>
    </div>
  );
};
