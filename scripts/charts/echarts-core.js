// The charts library as the first view of a page needs it: ECharts' core with line charts and the
// components they use, exposed as `window.echarts` for the wasm bindings in src/charts/echart.rs.
// Charts that only appear later (the world map, the path flow) register from echarts-extra.js, which the
// app loads when such a chart is about to be drawn, or once the page is idle: it also brings the
// tooltip, which the first view can be drawn without (src/charts/echart.rs sets the option again). Both import the ECharts modules they need by path,
// so that esbuild's code splitting puts what they share in one chunk, loaded once.
// Anything an option uses that neither file registers is silently not drawn: a new chart type or
// component must be added here or there (src/charts/loader.rs decides which file a chart needs).
import * as echarts from 'echarts/lib/export/core.js';
import { install as LineChart } from 'echarts/lib/chart/line/install.js';
import { install as GridComponent } from 'echarts/lib/component/grid/install.js';
// The scrolling legend (it brings the plain one): a legend stays one line at any width, so it never
// wraps onto the axis labels of a phone-wide chart (four series of a compare did).
import { install as LegendComponent } from 'echarts/lib/component/legend/installLegendScroll.js';
import { install as MarkPointComponent } from 'echarts/lib/component/marker/installMarkPoint.js';
import { install as CanvasRenderer } from 'echarts/lib/renderer/installCanvasRenderer.js';

echarts.use([LineChart, GridComponent, LegendComponent, MarkPointComponent, CanvasRenderer]);

globalThis.echarts = echarts;
