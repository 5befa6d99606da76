// The chart types drawn after the first view: the countries map (map, scatter, geo, visualMap) and the
// interactive path flow (graph); and the tooltip, which every chart gets once this module is here. Registered into the same ECharts as echarts-core.js (the shared
// modules come from one chunk), then announced as `window.echartsExtra` for src/charts/loader.rs.
import { use } from 'echarts/lib/export/core.js';
import { install as MapChart } from 'echarts/lib/chart/map/install.js';
import { install as ScatterChart } from 'echarts/lib/chart/scatter/install.js';
import { install as GraphChart } from 'echarts/lib/chart/graph/install.js';
import { install as GeoComponent } from 'echarts/lib/component/geo/install.js';
import { install as TooltipComponent } from 'echarts/lib/component/tooltip/install.js';
import { install as VisualMapContinuousComponent } from 'echarts/lib/component/visualMap/installVisualMapContinuous.js';

use([MapChart, ScatterChart, GraphChart, GeoComponent, VisualMapContinuousComponent, TooltipComponent]);

globalThis.echartsExtra = true;
