/**
 * What the editor shows besides the map, registered in one place: main-area views (matrices,
 * dashboard), side-panel tabs (inspector, gaps, catalogue) and header items (export, history,
 * live session). Heavy ones are lazy so the initial bundle stays small.
 */
import { ClipboardList, Map as MapIcon, type LucideIcon } from 'lucide-react';
import type { ComponentType } from 'react';
import { Inspector } from '../panels/inspector/Inspector';
import { RELIABILITY_HEADER_ITEMS } from './reliability/headerItems';

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

export const MAIN_VIEWS: MainView[] = [{ id: 'map', label: 'views.map', icon: MapIcon, Component: null }];

export const DOCK_PANELS: DockPanel[] = [{ id: 'inspector', label: 'editor.inspector', icon: ClipboardList, Component: Inspector }];

export const HEADER_ITEMS: HeaderItem[] = [...RELIABILITY_HEADER_ITEMS];
