// The charts library as the app uses it: ECharts' core with only the chart types and components our
// panels draw (see src/panels and src/charts), exposed as `window.echarts` for the wasm bindings in
// src/charts/echart.rs. Anything added to an option that is not registered here is silently not drawn,
// so a new chart type or component must be added to this list.
import * as echarts from 'echarts/core';
import { LineChart, MapChart, ScatterChart, GraphChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  GeoComponent,
  MarkPointComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  MapChart,
  ScatterChart,
  GraphChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  GeoComponent,
  MarkPointComponent,
  CanvasRenderer,
]);

globalThis.echarts = echarts;
