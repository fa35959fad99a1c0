import { render } from 'preact';
import { extensionConnector } from '../shared/ui/connector';
import { localizePage } from '../shared/ui/localize-page';
import '../shared/ui/base.css';
import './options.css';
import { Options } from './Options';
import { extensionHistory } from '../shared/ui/history-connector';

localizePage('optionsTitle');
const app = document.getElementById('app');
if (app !== null) render(<Options connector={extensionConnector()} history={extensionHistory()} />, app);
