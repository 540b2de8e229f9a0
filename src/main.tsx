// Entry point: mounts the app in the planner's language. Everything runs in this tab; nothing is sent anywhere.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserDb } from './db/browser-db.ts';
import { App } from './ui/App.tsx';
import { LanguageProvider } from './i18n/LanguageProvider.tsx';
import './ui/styles.css';
import './ui/plan/plan.css';
import './i18n/i18n.css';

// DuckDB's 34 MB of wasm takes the longest to arrive and compile: start it before React, the
// storage and the map, which do not need it (issue #18: it started ~1 s late). The session's
// first query awaits this same promise; a failure is reported there.
browserDb().catch(() => {});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <App />
    </LanguageProvider>
  </StrictMode>,
);
