import { render } from 'preact';
import { extensionConnector } from '../shared/ui/connector';
import { extensionHistory } from '../shared/ui/history-connector';
import { localizePage } from '../shared/ui/localize-page';
import '../shared/ui/base.css';
import './history.css';
import { HistoryPage } from './HistoryPage';

localizePage('historyPageTitle');
const app = document.getElementById('app');
if (app !== null) render(<HistoryPage connector={extensionConnector()} history={extensionHistory()} />, app);
