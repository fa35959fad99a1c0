import { render } from 'preact';
import { extensionConnector } from '../shared/ui/connector';
import '../shared/ui/base.css';
import { MicPermissionPage } from './MicPermissionPage';

const app = document.getElementById('app');
const reason = new URLSearchParams(location.search).get('reason') === 'denied' ? 'denied' : 'first-run';
if (app !== null) render(<MicPermissionPage connector={extensionConnector()} reason={reason} />, app);
