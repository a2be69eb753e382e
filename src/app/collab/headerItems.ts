/** The editor header's live-session item: connection state and the Live-session dialog. */
import type { HeaderItem } from '../editorRegistry';
import { LiveSessionButton } from './LiveSessionButton';

export const COLLAB_HEADER_ITEMS: HeaderItem[] = [{ id: 'live-session', Component: LiveSessionButton }];
