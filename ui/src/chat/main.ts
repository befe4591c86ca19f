import './chat.css';
import { mountChatPage } from './ChatPage';

mountChatPage(document.getElementById('chat')!);
