import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/** Only what the admin's charts draw: bars on a grid with a tooltip (and a legend for comparisons), on canvas. */
use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type CountChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

/** Two or more series side by side (e.g. what was granted vs what a policy would grant). */
export type ComparisonChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption>;
