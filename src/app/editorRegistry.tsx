/**
 * What the editor shows besides the map, registered in one place: main-area views (matrices,
 * dashboard), side-panel tabs (inspector, gaps, catalogue) and header items (export, history,
 * live session). Heavy ones are lazy so the initial bundle stays small.
 */
import { BookOpen, ShieldCheck, TriangleAlert, ChartColumn, ClipboardList, Grid3x3, Map as MapIcon, Route, type LucideIcon } from 'lucide-react';
import { lazy, type ComponentType } from 'react';
import { RELIABILITY_HEADER_ITEMS } from './reliability/headerItems';
import { COLLAB_HEADER_ITEMS } from './collab/headerItems';

// The inspector is the dock's first tab, but it has nothing to show until something is selected:
// it loads on its own, after the map.
const Inspector = lazy(() => import('../panels/inspector/Inspector').then((m) => ({ default: m.Inspector })));
const JourneyPanel = lazy(() => import('../panels/JourneyPanel').then((m) => ({ default: m.JourneyPanel })));
const RiskMatrixView = lazy(() => import('../panels/views/RiskMatrixView').then((m) => ({ default: m.RiskMatrixView })));
const RightsMatrixView = lazy(() => import('../panels/views/RightsMatrixView').then((m) => ({ default: m.RightsMatrixView })));
const GapsPanel = lazy(() => import('../panels/gaps/GapsPanel').then((m) => ({ default: m.GapsPanel })));
const CatalogueBrowser = lazy(() => import('../panels/catalogue/CatalogueBrowser').then((m) => ({ default: m.CatalogueBrowser })));
const DashboardView = lazy(() => import('../panels/views/DashboardView').then((m) => ({ default: m.DashboardView })));
// Export menu: its exporters (exceljs, jsPDF, fonts) load on first use, never with the editor.
const ExportMenu = lazy(() => import('../panels/export/ExportMenu').then((m) => ({ default: m.ExportMenu })));

export interface MainView {
  id: string;
  /** i18n key */
  label: string;
  icon: LucideIcon;
  /** null for the map itself, which stays mounted underneath. */
  Component: ComponentType | null;
}

export interface DockPanel {
  id: string;
  label: string;
  icon: LucideIcon;
  Component: ComponentType;
}

export interface HeaderItem {
  id: string;
  Component: ComponentType;
}

export const MAIN_VIEWS: MainView[] = [
  { id: 'map', label: 'views.map', icon: MapIcon, Component: null },
  { id: 'risk-matrix', label: 'matrix.title', icon: Grid3x3, Component: RiskMatrixView },
  { id: 'rights-matrix', label: 'rightsMatrix.title', icon: ShieldCheck, Component: RightsMatrixView },
  { id: 'dashboard', label: 'dashboard.title', icon: ChartColumn, Component: DashboardView },
];

export const DOCK_PANELS: DockPanel[] = [
  { id: 'inspector', label: 'editor.inspector', icon: ClipboardList, Component: Inspector },
  { id: 'gaps', label: 'gaps.panel', icon: TriangleAlert, Component: GapsPanel },
  { id: 'catalogue', label: 'catalogue.title', icon: BookOpen, Component: CatalogueBrowser },
  { id: 'journey', label: 'journeyPanel.title', icon: Route, Component: JourneyPanel },
];

export const HEADER_ITEMS: HeaderItem[] = [...RELIABILITY_HEADER_ITEMS, ...COLLAB_HEADER_ITEMS, { id: 'export', Component: ExportMenu }];
