// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// civiq live ticket: service worker, only so that phones (Android Chrome) can show the call as a
// system notification (ServiceWorkerRegistration.showNotification). It caches nothing and handles
// no fetches. A tap on the notification brings the ticket page back.
'use strict';
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || '/';
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((list) => {
    for (const client of list) if (client.url === url && 'focus' in client) return client.focus();
    return self.clients.openWindow ? self.clients.openWindow(url) : undefined;
  }));
});
