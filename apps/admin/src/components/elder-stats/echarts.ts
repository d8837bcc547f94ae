import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, type GridComponentOption, TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import { type ComposeOption, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/** Only what the count charts draw: bars on a grid with a tooltip, on canvas. */
use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export type CountChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;
